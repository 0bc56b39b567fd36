// The stack's chain, read and written directly (not through the site) to compare a page with.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import { DEV_MNEMONIC } from "@agora/devnet";
import {
  createPublicClient,
  createTestClient,
  createWalletClient,
  http,
  parseEther,
  parseEventLogs,
  toHex,
  zeroAddress,
  type Address,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { anvil } from "viem/chains";

/** The stack's anvil, from the global setup. */
export function rpcUrl(): string {
  const url = process.env.AGORA_E2E_RPC_URL;
  if (!url) throw new Error("AGORA_E2E_RPC_URL is not set: run through the e2e global setup");
  return url;
}

/** anvil's chain with the stack's RPC URL. */
export const chain = () => ({ ...anvil, rpcUrls: { default: { http: [rpcUrl()] } } });

/** anvil mines a block every second on the test stack: poll receipts faster than viem's default. */
export const publicClient = () =>
  createPublicClient({ chain: chain(), transport: http(rpcUrl()), pollingInterval: 200 });

export async function readDeployment(): Promise<DeploymentFile> {
  const stateDir = process.env.AGORA_E2E_STATE_DIR;
  if (!stateDir) throw new Error("AGORA_E2E_STATE_DIR is not set: run through the e2e global setup");
  return JSON.parse(await readFile(path.join(stateDir, "deployments", "31337.json"), "utf8")) as DeploymentFile;
}

async function marketplace() {
  const address = (await readDeployment()).contracts.Marketplace?.address;
  if (!address) throw new Error("no Marketplace in the stack's deployment");
  return { address, abi: abis.Marketplace } as const;
}

/** A listing as the contract holds it, with its payment token's symbol and decimals. */
export async function readListingOnChain(id: string) {
  const client = publicClient();
  const info = await client.readContract({ ...(await marketplace()), functionName: "getListing", args: [BigInt(id)] });
  if (info.token === zeroAddress) return { ...info, symbol: "ETH", decimals: 18 };
  const token = { address: info.token, abi: abis.MockUSDC } as const;
  const [symbol, decimals] = await Promise.all([
    client.readContract({ ...token, functionName: "symbol" }),
    client.readContract({ ...token, functionName: "decimals" }),
  ]);
  return { ...info, symbol, decimals };
}

export interface NewListing {
  /** Dev mnemonic account index of the seller: funded here, so any index works. */
  accountIndex: number;
  /** The metadata directory's root CID as bytes, as the contract takes it. */
  metadataCid: Uint8Array;
  arbiter: Address;
  price: bigint;
  stock: number;
  /** Native ETH by default. */
  token?: Address;
  shippingWindowSeconds?: number;
}

/** Creates a listing on chain and answers its id as the subgraph writes it (32 bytes, hex). */
export async function createListing(listing: NewListing): Promise<`0x${string}`> {
  const account = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: listing.accountIndex });
  // Not one of anvil's ten funded accounts: it gets gas money here, and no other test shares its nonce.
  await createTestClient({ chain: chain(), mode: "anvil", transport: http(rpcUrl()) }).setBalance({
    address: account.address,
    value: parseEther("10"),
  });
  const wallet = createWalletClient({ account, chain: chain(), transport: http(rpcUrl()) });
  const hash = await wallet.writeContract({
    ...(await marketplace()),
    functionName: "createListing",
    args: [
      listing.token ?? zeroAddress,
      listing.price,
      listing.stock,
      listing.arbiter,
      listing.shippingWindowSeconds ?? 3 * 24 * 60 * 60,
      toHex(listing.metadataCid),
    ],
  });
  const receipt = await publicClient().waitForTransactionReceipt({ hash });
  if (receipt.status !== "success") throw new Error(`createListing ${hash} reverted`);
  const [created] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
  if (!created) throw new Error(`createListing ${hash} emitted no ListingCreated`);
  return toHex(created.args.listingId, { size: 32 });
}
