// Reading the marketplace straight from the chain, for the pages that must work while the index is
// down or far behind: a public client over config.rpcUrl (no wallet), event logs fetched in block
// ranges public RPCs accept, block times, CIDs and payment tokens. Loaded with `import()` only when
// a page needs it, so viem's client stays out of the first load.
import type { ListingMetadata, Profile } from "@agora/content";
import { CID } from "multiformats/cid";
import type { DocumentRead } from "../content/reader";
import {
  createPublicClient,
  erc20Abi,
  formatLog,
  hexToBytes,
  http,
  parseEventLogs,
  zeroAddress,
  type Abi,
  type Address,
  type Hex,
  type Log,
  type PublicClient,
} from "viem";

/**
 * Blocks per eth_getLogs request. Public RPCs cap the range of one request (commonly 10,000 blocks,
 * some 50,000; a few free tiers less): 10,000 is the widest range the common public endpoints all
 * accept, so a read never depends on which one the site is configured with.
 */
export const LOG_BLOCK_RANGE = 10_000n;

/** Ranges requested at once: enough to finish a long history in a few round trips, few enough not to be rate-limited. */
const PARALLEL_RANGES = 4;

const clients = new Map<string, PublicClient>();

/** One read-only client per RPC URL. */
export function chainClient(rpcUrl: string): PublicClient {
  let client = clients.get(rpcUrl);
  if (!client) {
    client = createPublicClient({ transport: http(rpcUrl) });
    clients.set(rpcUrl, client);
  }
  return client;
}

/** The chain head: its number and time (unix seconds). */
export async function chainHead(client: PublicClient): Promise<{ number: bigint; timestamp: bigint }> {
  const block = await client.getBlock({ blockTag: "latest" });
  return { number: block.number, timestamp: block.timestamp };
}

export interface LogQuery {
  address: Address;
  /** eth_getLogs topics: a position may list alternatives, null matches anything. */
  topics: (Hex | Hex[] | null)[];
  fromBlock: bigint;
  toBlock: bigint;
}

/** Every log matching `query`, oldest first, fetched in LOG_BLOCK_RANGE ranges. */
export async function logsInRanges(client: PublicClient, query: LogQuery): Promise<Log[]> {
  const ranges: [bigint, bigint][] = [];
  for (let from = query.fromBlock; from <= query.toBlock; from += LOG_BLOCK_RANGE) {
    const to = from + LOG_BLOCK_RANGE - 1n;
    ranges.push([from, to < query.toBlock ? to : query.toBlock]);
  }
  const results: Log[][] = new Array(ranges.length);
  let next = 0;
  const worker = async () => {
    while (next < ranges.length) {
      const index = next++;
      const [from, to] = ranges[index]!;
      results[index] = (await client.request({
        method: "eth_getLogs",
        params: [
          {
            address: query.address,
            topics: query.topics,
            fromBlock: `0x${from.toString(16)}`,
            toBlock: `0x${to.toString(16)}`,
          },
        ],
      })) as unknown as Log[];
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_RANGES, ranges.length) }, worker));
  return results.flat();
}

/** Logs decoded with `abi` (unknown ones dropped), in chain order. */
export function decodeLogs<const TAbi extends Abi>(abi: TAbi, logs: readonly Log[]) {
  const decoded = parseEventLogs({ abi, logs: logs.map((log) => formatLog(log as never)) });
  return decoded.sort((a, b) =>
    a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
  );
}

/** The time (unix seconds) of each block in `numbers`. */
export async function blockTimes(client: PublicClient, numbers: Iterable<bigint>): Promise<Map<bigint, bigint>> {
  const unique = [...new Set(numbers)];
  const blocks = await Promise.all(unique.map((blockNumber) => client.getBlock({ blockNumber })));
  return new Map(blocks.map((block) => [block.number, block.timestamp]));
}

/** The text form of raw CID bytes from an event (as the subgraph writes it); null when empty or not a CID. */
export function cidText(bytes: Hex): string | null {
  if (bytes === "0x") return null;
  try {
    return CID.decode(hexToBytes(bytes)).toString();
  } catch {
    return null;
  }
}

/** Where a log sits in the chain, as the subgraph orders timelines: block × 2^20 + log index. */
export const logOrder = (blockNumber: bigint, logIndex: number) => (blockNumber << 20n) + BigInt(logIndex);

/** A payment token as the page queries give it: native ETH for address 0, else the ERC-20's own symbol and decimals. */
export async function paymentToken(client: PublicClient, token: Address) {
  const id = token.toLowerCase();
  if (token === zeroAddress) return { id, symbol: "ETH", decimals: 18, native: true };
  const [symbol, decimals] = await Promise.all([
    client.readContract({ address: token, abi: erc20Abi, functionName: "symbol" }).catch(() => null),
    client.readContract({ address: token, abi: erc20Abi, functionName: "decimals" }).catch(() => null),
  ]);
  return { id, symbol, decimals, native: false };
}

/** What a page read from the chain needs: the client, where, what, and the verified IPFS reads. */
export interface ChainReadOptions {
  client: PublicClient;
  chainId: number;
  /** The listing's or order's id as the page has it. */
  id: string;
  /** A listing's metadata.json, verified (the content cache's reader). */
  readDocument: (cid: string) => Promise<DocumentRead<ListingMetadata>>;
  /** A profile's profile.json, verified (the seller's name, avatar and key). */
  readProfile: (cid: string) => Promise<DocumentRead<Profile>>;
}

/** What the listing and order pages show of a listing's metadata version, from its verified document. */
export function metadataVersionFields(listingId: string, version: number, cid: string, document: ListingMetadata) {
  return {
    id: `${listingId}-${version}`,
    version,
    cid,
    name: document.name,
    category: document.category,
    condition: document.condition,
    kind: document.kind,
    coverImage: document.images[0]?.path ?? null,
    images: document.images.map((image) => image.path),
    imageAlts: document.images.map((image) => image.alt),
  };
}
