// A fake chain that answers what the chain readers (lib/chain/chainReads) ask, ABI-encoded with the
// generated Marketplace ABI: view calls from a test's answers, event logs filtered by address,
// topics and block range as a node would (recording each range asked), blocks with their times.
// Served over fetch with `serveJsonRpc`.
import { abis } from "@agora/contracts";
import type { ListingMetadata } from "@agora/content";
import { CID } from "multiformats/cid";
import { bytesToHex } from "viem";
import {
  decodeFunctionData,
  encodeAbiParameters,
  encodeEventTopics,
  encodeFunctionResult,
  erc20Abi,
  parseEther,
  zeroAddress,
  type Address,
  type ContractEventName,
  type ContractFunctionName,
  type Hex,
} from "viem";

export const MARKETPLACE: Address = "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e";

/** One listing the chain-read tests share: anvil's account 1 sells a lantern, account 3 arbitrates. */
export const lantern = {
  seller: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
  buyer: "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc",
  arbiter: "0x90f79bf6eb2c4f870365e785982e1f101e93b906",
  listingId: (BigInt("0x70997970c51812dc3a010c7d01b50e0d17dc79c8") << 96n) | (7n << 48n),
  cid: "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
  metadata: {
    schema: "agora/listing@1",
    name: "Brass lantern",
    description: "Read from the chain.",
    category: "home",
    condition: "new",
    images: [{ path: "photo-1.jpg", alt: "The lantern" }],
    attributes: [],
    variants: [],
    kind: "physical",
    shipping: { regions: ["worldwide"], handlingDays: 2 },
  } satisfies ListingMetadata as ListingMetadata,
} as const;
const abi = abis.Marketplace;
type EventName = ContractEventName<typeof abi>;
type ViewName = ContractFunctionName<typeof abi, "view" | "pure">;

const hex = (value: bigint | number) => `0x${BigInt(value).toString(16)}` as Hex;

interface FakeLog {
  address: Address;
  topics: Hex[];
  data: Hex;
  blockNumber: bigint;
  logIndex: number;
}

export interface MarketChainOptions {
  head: bigint;
  /** Block time: `timeOf(block)` seconds (default 1,700,000,000 + 2 × block). */
  timeOf?: (block: bigint) => bigint;
  /** Answers of the Marketplace's views by name: the decoded arguments in, the result out. */
  views: Partial<Record<ViewName, (args: readonly unknown[]) => unknown>>;
  /** ERC-20 symbol/decimals by token address (lowercase). */
  tokens?: Record<string, { symbol: string; decimals: number }>;
}

export function fakeMarketChain({
  head,
  timeOf = (block) => 1_700_000_000n + 2n * block,
  views,
  tokens = {},
}: MarketChainOptions) {
  const logs: FakeLog[] = [];
  const ranges: [bigint, bigint][] = [];
  const block = (number: bigint) => ({
    number: hex(number),
    hash: `0x${number.toString(16).padStart(64, "0")}`,
    parentHash: `0x${"0".repeat(64)}`,
    timestamp: hex(timeOf(number)),
    nonce: "0x0000000000000000",
    difficulty: "0x0",
    gasLimit: "0x1c9c380",
    gasUsed: "0x0",
    miner: `0x${"0".repeat(40)}`,
    extraData: "0x",
    logsBloom: `0x${"0".repeat(512)}`,
    transactionsRoot: `0x${"0".repeat(64)}`,
    stateRoot: `0x${"0".repeat(64)}`,
    receiptsRoot: `0x${"0".repeat(64)}`,
    sha3Uncles: `0x${"0".repeat(64)}`,
    size: "0x0",
    totalDifficulty: "0x0",
    baseFeePerGas: "0x1",
    transactions: [],
    uncles: [],
  });
  const matches = (log: FakeLog, topics: (Hex | Hex[] | null)[]) =>
    topics.every((wanted, index) => {
      if (wanted === null) return true;
      const topic = log.topics[index]?.toLowerCase();
      return (Array.isArray(wanted) ? wanted : [wanted]).some((one) => one.toLowerCase() === topic);
    });
  const chain = {
    /** Every eth_getLogs range asked, in order. */
    ranges,
    /** Adds a Marketplace event at `blockNumber` (log index in the order added). */
    emit<Name extends EventName>(eventName: Name, args: Record<string, unknown>, blockNumber: bigint) {
      const event = abi.find((item) => item.type === "event" && item.name === eventName) as {
        inputs: readonly { name: string; type: string; indexed?: boolean }[];
      };
      const topics = encodeEventTopics({ abi, eventName, args } as never) as Hex[];
      const unindexed = event.inputs.filter((input) => !input.indexed);
      const data = encodeAbiParameters(unindexed, unindexed.map((input) => args[input.name]) as never);
      logs.push({ address: MARKETPLACE, topics, data, blockNumber, logIndex: logs.length });
    },
    async request({ method, params }: { method: string; params?: unknown }): Promise<unknown> {
      switch (method) {
        case "eth_chainId":
          return "0x7a69";
        case "eth_blockNumber":
          return hex(head);
        case "eth_getBlockByNumber": {
          const [tag] = params as [string];
          return block(tag === "latest" ? head : BigInt(tag));
        }
        case "eth_call": {
          const [{ to, data }] = params as [{ to: Address; data: Hex }];
          if (to.toLowerCase() !== MARKETPLACE) {
            const token = tokens[to.toLowerCase()];
            const { functionName } = decodeFunctionData({ abi: erc20Abi, data });
            if (!token || (functionName !== "symbol" && functionName !== "decimals"))
              throw new Error(`no ${functionName} at ${to}`);
            return encodeFunctionResult({ abi: erc20Abi, functionName, result: token[functionName] } as never);
          }
          const { functionName, args = [] } = decodeFunctionData({ abi, data });
          const answer = views[functionName as ViewName];
          if (!answer) throw new Error(`fake chain: no answer for ${functionName}`);
          return encodeFunctionResult({ abi, functionName, result: answer(args) } as never);
        }
        case "eth_getLogs": {
          const [filter] = params as [
            { address: Address; topics: (Hex | Hex[] | null)[]; fromBlock: Hex; toBlock: Hex },
          ];
          const from = BigInt(filter.fromBlock);
          const to = BigInt(filter.toBlock);
          ranges.push([from, to]);
          return logs
            .filter(
              (log) =>
                log.address.toLowerCase() === filter.address.toLowerCase() &&
                log.blockNumber >= from &&
                log.blockNumber <= to &&
                matches(log, filter.topics),
            )
            .map((log) => ({
              address: log.address,
              topics: log.topics,
              data: log.data,
              blockNumber: hex(log.blockNumber),
              blockHash: `0x${log.blockNumber.toString(16).padStart(64, "0")}`,
              transactionHash: `0x${(log.logIndex + 1).toString(16).padStart(64, "0")}`,
              transactionIndex: "0x0",
              logIndex: hex(log.logIndex),
              removed: false,
            }));
        }
        default:
          throw new Error(`fake chain: ${method}`);
      }
    },
  };
  return chain;
}

/** The lantern's `ListingCreated` (0.02 ETH, stock 3, a 3-day shipping window) at block 10. */
export function emitLanternCreated(chain: ReturnType<typeof fakeMarketChain>) {
  chain.emit(
    "ListingCreated",
    {
      listingId: lantern.listingId,
      seller: lantern.seller,
      token: zeroAddress,
      price: parseEther("0.02"),
      stock: 3,
      arbiter: lantern.arbiter,
      shippingWindow: 259_200,
      metadataCid: bytesToHex(CID.parse(lantern.cid).bytes),
    },
    10n,
  );
}
