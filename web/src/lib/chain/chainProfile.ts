// An account's newest profile read from the chain (its ProfileUpdated events) and IPFS (verified),
// in the page queries' shape, for pages read from the chain while the index is unusable. Like the
// index, it shows the newest *valid* version: an unreadable newer one falls back to the one before.
import { deployedContract } from "@agora/contracts";
import type { Profile } from "@agora/content";
import { encodeEventTopics, type Address, type PublicClient } from "viem";
import type { DocumentRead } from "../content/reader";
import { cidText, decodeLogs, logsInRanges } from "./chainReads";

export interface ChainProfile {
  id: string;
  version: number;
  cid: string;
  name: string;
  avatar: string | null;
  bio: string | null;
  encryptionPublicKey: string;
}

/** `account`'s newest valid profile up to block `head`; null when it never published a readable one. */
export async function readProfileFromChain(
  client: PublicClient,
  chainId: number,
  account: Address,
  head: bigint,
  readProfile: (cid: string) => Promise<DocumentRead<Profile>>,
): Promise<ChainProfile | null> {
  const market = deployedContract(chainId, "Marketplace");
  if (!market) throw new Error(`The marketplace is not deployed on chain ${chainId}`);
  const topics = encodeEventTopics({ abi: market.abi, eventName: "ProfileUpdated", args: { account } });
  const logs = await logsInRanges(client, {
    address: market.address,
    topics,
    fromBlock: BigInt(market.deployedOnBlock),
    toBlock: head,
  });
  const cids = decodeLogs(market.abi, logs).flatMap((event) =>
    event.eventName === "ProfileUpdated" ? [cidText(event.args.profileCid)] : [],
  );
  for (let version = cids.length; version >= 1; version--) {
    const cid = cids[version - 1];
    if (!cid) continue;
    const read = await readProfile(cid).catch(() => null);
    if (!read?.ok) continue;
    const { document } = read;
    return {
      id: `${account.toLowerCase()}-${version}`,
      version,
      cid,
      name: document.name,
      avatar: document.avatar ?? null,
      bio: document.bio ?? null,
      encryptionPublicKey: document.encryptionPublicKey,
    };
  }
  return null;
}
