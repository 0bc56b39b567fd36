// The listing page's data read from the chain, for when the index is down or far behind: the
// contract's views (getListing, arbiterInfo, reputationOf), its metadata CID from the listing's
// events, and the metadata itself from IPFS (verified), mapped into the page query's shape so the
// page renders with the same components. Loaded with `import()` by useListing.
import { deployedContract } from "@agora/contracts";
import type { ListingMetadata } from "@agora/content";
import { encodeEventTopics, toHex } from "viem";
import { readProfileFromChain } from "../../../lib/chain/chainProfile";
import {
  blockTimes,
  type ChainReadOptions,
  cidText,
  decodeLogs,
  logsInRanges,
  metadataVersionFields,
  paymentToken,
} from "../../../lib/chain/chainReads";
import type { DocumentRead } from "../../../lib/content/reader";
import type { ListingPage } from "./useListing";

/** The listing statuses of the contract's enum, by index, as the subgraph names them. */
const listingStatuses = ["None", "Active", "Closed"] as const;

export type ChainListingOptions = ChainReadOptions;

/** The metadata version shown, from a verified document (null when unreadable). */
function metadataVersion(listingId: string, version: number, cid: string, read: DocumentRead<ListingMetadata> | null) {
  if (!read?.ok) return null;
  return { ...metadataVersionFields(listingId, version, cid, read.document), description: read.document.description };
}

/** The listing as its page shows it, from the chain and IPFS; null when the contract has no such listing. */
export async function readListingFromChain({
  client,
  chainId,
  id,
  readDocument,
  readProfile,
}: ChainListingOptions): Promise<ListingPage | null> {
  const market = deployedContract(chainId, "Marketplace");
  if (!market) throw new Error(`The marketplace is not deployed on chain ${chainId}`);
  const listingId = BigInt(id);
  const contract = { address: market.address, abi: market.abi } as const;
  const [info, head] = await Promise.all([
    client.readContract({ ...contract, functionName: "getListing", args: [listingId] }),
    client.getBlockNumber(),
  ]);
  const status = listingStatuses[info.status];
  if (status === undefined || status === "None") return null;

  const hexId = toHex(listingId, { size: 32 });
  const [created] = encodeEventTopics({ abi: market.abi, eventName: "ListingCreated" });
  const [updated] = encodeEventTopics({ abi: market.abi, eventName: "ListingMetadataUpdated" });
  const [logs, [, arbiterFeeBps, arbiterApproved], [ratingCount, ratingSum], token, profile] = await Promise.all([
    logsInRanges(client, {
      address: market.address,
      topics: [[created!, updated!], hexId],
      fromBlock: BigInt(market.deployedOnBlock),
      toBlock: head,
    }),
    client.readContract({ ...contract, functionName: "arbiterInfo", args: [info.arbiter] }),
    client.readContract({ ...contract, functionName: "reputationOf", args: [info.seller] }),
    paymentToken(client, info.token),
    // The seller's key is what a buyer seals the shipping address to: buying needs it.
    readProfileFromChain(client, chainId, info.seller, head, readProfile),
  ]);
  const events = decodeLogs(market.abi, logs);
  const cids = events.flatMap((event) =>
    event.eventName === "ListingCreated" || event.eventName === "ListingMetadataUpdated"
      ? [cidText(event.args.metadataCid)]
      : [],
  );
  const version = cids.length;
  const cid = cids.at(-1) ?? null;
  const creation = events.find((event) => event.eventName === "ListingCreated");
  const [read, times] = await Promise.all([
    cid ? readDocument(cid).catch(() => null) : null,
    creation ? blockTimes(client, [creation.blockNumber]) : new Map<bigint, bigint>(),
  ]);
  const current = cid ? metadataVersion(hexId, version, cid, read) : null;
  const average = ratingCount > 0n ? (Number(ratingSum) / Number(ratingCount)).toString() : "0";
  return {
    id: hexId,
    price: info.price.toString(),
    stock: info.stock.toString(),
    status,
    ratingAverage: "0",
    ratingCount: 0,
    createdAt: (creation ? (times.get(creation.blockNumber) ?? 0n) : 0n).toString(),
    metadataVersion: version,
    metadataCid: cid,
    shippingWindow: info.shippingWindow.toString(),
    // Units sold and the listing's own reviews are the index's: not read here.
    unitsSold: "0",
    latestMetadata: cid
      ? {
          id: `${hexId}-${version}`,
          version,
          valid: current !== null,
          error: read?.ok === false ? read.issues.join("; ") : null,
        }
      : null,
    current: current ? [current] : [],
    token,
    arbiter: { id: info.arbiter.toLowerCase(), feeBps: arbiterFeeBps, approved: arbiterApproved },
    seller: {
      id: info.seller.toLowerCase(),
      ratingAverage: average,
      ratingCount: Number(ratingCount),
      completedSalesCount: 0,
      firstListing: [],
      profile: profile ? [profile] : [],
    },
    reviews: [],
  };
}
