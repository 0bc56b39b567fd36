// The subgraph on a real stack: a private anvil with the contracts, the local IPFS node, the demo
// catalogue's transactions (listings, cart, coupon, ship, confirm, dispute, refund, review) and a
// few more (messages, failed payouts and a withdrawal, a revoked coupon), a real graph-node on its
// own Postgres. Every expectation is derived from the catalogue data, the chain's events and state
// or the documents on IPFS, then compared with graph-node's GraphQL answers: first each web page's
// query (queries/*.graphql) as the page sends it, then a listing edit whose file reaches IPFS late,
// then graph-node restarts.
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BaseError,
  createPublicClient,
  createTestClient,
  createWalletClient,
  decodeErrorResult,
  encodeFunctionData,
  hexToBytes,
  http,
  keccak256,
  maxUint256,
  numberToHex,
  parseEventLogs,
  parseUnits,
  toHex,
  zeroAddress,
  type Address,
  type Hash,
  type Hex,
  type PublicClient,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { anvil } from "viem/chains";
import {
  buildClientSchema,
  getIntrospectionQuery,
  lexicographicSortSchema,
  printSchema,
  type IntrospectionQuery,
} from "graphql";
import { CID } from "multiformats/cid";
import {
  buildDirectoryCar,
  buildDocumentCar,
  buildFileCar,
  fromUtf8,
  kuboRpcTarget,
  uploadBuiltCar,
  utf8,
  type BuiltCar,
  type DocumentInputOf,
} from "@agora/content";
import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import {
  anvilService,
  demoBuyers,
  demoListings,
  demoSellers,
  deployService,
  DEV_MNEMONIC,
  graphNodeService,
  ipfsService,
  postgresService,
  privateStackContext,
  removeStackState,
  seedService,
  startStack,
  type RunningStack,
  type SeedSummary,
  type StackContext,
} from "@agora/devnet";
import { pageNames, pageQuery, type PageName } from "../queries/index.js";
import { indexingGuideTests } from "./indexingDoc.js";

/** The contract's OrderStatus enum, in declaration order; the subgraph uses the same names. */
const ORDER_STATUS = ["None", "Paid", "Shipped", "Disputed", "Completed", "Reviewed", "Replied", "Refunded"] as const;
type OrderStatus = (typeof ORDER_STATUS)[number];
const OPEN: readonly OrderStatus[] = ["Paid", "Shipped", "Disputed"];
/** The subgraph's OrderEventType of each order event of the contract. */
const ORDER_EVENT_TYPE: Record<string, string> = {
  OrderPlaced: "Placed",
  CouponRedeemed: "CouponRedeemed",
  OrderShipped: "Shipped",
  OrderConfirmed: "Confirmed",
  OrderReleased: "Released",
  OrderRefunded: "Refunded",
  OrderCancelled: "Cancelled",
  MessagePosted: "MessagePosted",
  DisputeOpened: "DisputeOpened",
  EvidenceSubmitted: "EvidenceSubmitted",
  DisputeRuled: "DisputeRuled",
  DisputeExpired: "DisputeExpired",
  ReviewSubmitted: "Reviewed",
  ReviewReplied: "ReviewReplied",
};
const DAY = 86_400;
const POLL_MS = 250;

let ctx: StackContext;
let chainStack: RunningStack;
let indexerStack: RunningStack | undefined;
let client: PublicClient;
let deployment: DeploymentFile;
let seed: SeedSummary;
let marketplace: Address;

const addressOf = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }).address.toLowerCase();
const allListings = Object.entries(demoListings).flatMap(([seller, items]) =>
  items.map((item) => ({ ...item, sellerIndex: Number(seller), seller: addressOf(Number(seller)) })),
);
type DemoListing = (typeof allListings)[number];
/** A listing or order id as the subgraph's 32-byte id. */
const idHex = (id: bigint | string) => `0x${BigInt(id).toString(16).padStart(64, "0")}`;
/** Raw CID bytes (as the contract emits them) as the subgraph's CID text. */
const cidText = (bytes: Hex) => CID.decode(hexToBytes(bytes)).toString();
const byId = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);
const pick = <T, K extends keyof T>(object: T, ...keys: K[]) =>
  Object.fromEntries(keys.map((key) => [key, object[key]])) as Pick<T, K>;
/** block number * 2^20 + log index, as the subgraph sorts timelines. */
const logOrderOf = (log: { blockNumber: bigint; logIndex: number }) =>
  String(log.blockNumber * 2n ** 20n + BigInt(log.logIndex));
/** The id of an entity made from one event: transaction hash ++ log index (4 bytes, little-endian, as graph-ts's concatI32). */
const eventIdOf = (log: { transactionHash: Hash; logIndex: number }) =>
  `${log.transactionHash}${numberToHex(log.logIndex, { size: 4 }).slice(2).match(/../g)!.reverse().join("")}`;
/** Whether `values` are in ascending order (`-1`: descending), ties allowed. */
const sorted = (values: (bigint | number | string)[], direction: 1 | -1 = 1) =>
  values.every((value, i) => i === 0 || (BigInt(value) - BigInt(values[i - 1]!)) * BigInt(direction) >= 0n);

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(ctx.urls.graphql!, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join("; "));
  return body.data!;
}

/** A page's query exactly as the web app sends it. */
const page = <T>(name: PageName, variables: Record<string, unknown>) => gql<T>(pageQuery(name), variables);

/** Polls `probe` until it returns a value, or fails after `timeoutMs`. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until graph-node has processed `block`. */
const indexedTo = (block: bigint) =>
  eventually(`graph-node to index block ${block}`, async () => {
    const { _meta } = await gql<{ _meta: { block: { number: number } } }>("{ _meta { block { number } } }");
    return _meta.block.number >= Number(block) || undefined;
  });

/** Waits until graph-node has indexed the chain head and every listing's metadata file. */
async function waitForIndex(): Promise<number> {
  const head = Number(await client.getBlockNumber());
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    const data = await gql<{ _meta: { block: { number: number } }; listingMetadata_collection: { id: string }[] }>(
      "{ _meta { block { number } } listingMetadata_collection(first: 1000) { id } }",
    ).catch(() => undefined);
    if (data && data._meta.block.number >= head && data.listingMetadata_collection.length >= allListings.length) {
      return data._meta.block.number;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`graph-node did not index block ${head} and ${allListings.length} metadata files in time`);
}

/** Sends a transaction as anvil dev account `index` and waits for its successful receipt. */
async function sendAs(index: number, call: (wallet: ReturnType<typeof walletOf>) => Promise<Hash>) {
  const receipt = await client.waitForTransactionReceipt({ hash: await call(walletOf(index)) });
  expect(receipt.status).toBe("success");
  return receipt;
}
const walletOf = (index: number) =>
  createWalletClient({
    account: mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }),
    chain: { ...anvil, rpcUrls: { default: { http: [ctx.urls.rpc!] } } },
    transport: http(ctx.urls.rpc),
  });

/** A file from the local IPFS node's gateway: what graph-node read, fetched independently. */
async function ipfsFile(ipfsPath: string): Promise<Uint8Array> {
  const response = await fetch(`${ctx.urls.ipfs}/ipfs/${ipfsPath}`);
  if (!response.ok) throw new Error(`IPFS ${ipfsPath}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
const ipfsJson = async <T>(ipfsPath: string) => JSON.parse(fromUtf8(await ipfsFile(ipfsPath))) as T;

function postgresProcesses(): string[] {
  try {
    // As root the data lives outside the state folder, behind the <state>/postgres symlink.
    const dataDir = path.join(realpathSync(path.join(ctx.stateDir, "postgres")), "data");
    return execFileSync("pgrep", ["-f", `postgres -D ${dataDir}`], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean);
  } catch {
    return [];
  }
}

// ------------------------------------------------------------------------------- chain truth

interface TokenFields {
  id: string;
  symbol: string | null;
  decimals: number | null;
  native: boolean;
}

/** An order's terms as OrderPlaced emitted them: what every later call on the order takes. */
interface OrderTerms {
  buyer: Address;
  token: Address;
  amount: bigint;
  feeBps: number;
  arbiter: Address;
  arbiterFeeBps: number;
  shipDeadline: number;
}

interface ChainOrder {
  id: string;
  listing: string;
  seller: string;
  buyer: string;
  token: string;
  quantity: bigint;
  amount: bigint;
  refunded: bigint;
  status: OrderStatus;
  day: number;
  terms: OrderTerms;
  shipDeadline: bigint;
  /** Set by OrderShipped. */
  confirmDeadline: bigint | null;
  shippedAt: number | null;
  /** Set by DisputeOpened. */
  rulingDeadline: bigint | null;
}

/** What the chain and IPFS say, gathered once the catalogue (and the page tests' messages) is indexed. */
async function readTruth() {
  const logs = parseEventLogs({
    abi: abis.Marketplace,
    logs: await client.getLogs({ address: marketplace, fromBlock: 0n }),
  });
  const blockTimes = new Map<bigint, number>();
  const timeOf = async (blockNumber: bigint) => {
    if (!blockTimes.has(blockNumber))
      blockTimes.set(blockNumber, Number((await client.getBlock({ blockNumber })).timestamp));
    return blockTimes.get(blockNumber)!;
  };
  const dayOf = async (blockNumber: bigint) => Math.floor((await timeOf(blockNumber)) / DAY) * DAY;

  // The seed creates the catalogue's listings in catalogue order.
  const created = logs.filter((log) => log.eventName === "ListingCreated");
  expect(created.map((log) => log.args.seller.toLowerCase())).toEqual(allListings.map((demo) => demo.seller));
  const listings = new Map(
    created.map((log, i) => [idHex(log.args.listingId), { ...allListings[i]!, cid: cidText(log.args.metadataCid) }]),
  );

  const usdcAddress = deployment.contracts.MockUSDC!.address;
  const usdc = { address: usdcAddress, abi: abis.MockUSDC } as const;
  // Native ETH is the subgraph's own entry; MockUSDC answers for itself.
  const tokens: Record<"ETH" | "USDC", TokenFields> = {
    ETH: { id: zeroAddress, symbol: "ETH", decimals: 18, native: true },
    USDC: {
      id: usdcAddress.toLowerCase(),
      symbol: await client.readContract({ ...usdc, functionName: "symbol" }),
      decimals: await client.readContract({ ...usdc, functionName: "decimals" }),
      native: false,
    },
  };
  const tokenNames: Record<string, string> = {
    [zeroAddress]: "Ether",
    [tokens.USDC.id]: await client.readContract({ ...usdc, functionName: "name" }),
  };

  const orders = new Map<string, ChainOrder>();
  for (const log of logs) {
    if (log.eventName !== "OrderPlaced") continue;
    const [status] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "orderStatus",
      args: [log.args.orderId],
    });
    orders.set(idHex(log.args.orderId), {
      id: idHex(log.args.orderId),
      listing: idHex(log.args.listingId),
      seller: log.args.seller.toLowerCase(),
      buyer: log.args.buyer.toLowerCase(),
      token: log.args.token.toLowerCase(),
      quantity: BigInt(log.args.quantity),
      amount: log.args.amount,
      refunded: 0n,
      status: ORDER_STATUS[status]!,
      day: await dayOf(log.blockNumber),
      terms: pick(log.args, "buyer", "token", "amount", "feeBps", "arbiter", "arbiterFeeBps", "shipDeadline"),
      shipDeadline: BigInt(log.args.shipDeadline),
      confirmDeadline: null,
      shippedAt: null,
      rulingDeadline: null,
    });
  }
  for (const log of logs) {
    if (log.eventName === "OrderShipped") {
      const order = orders.get(idHex(log.args.orderId))!;
      order.confirmDeadline = BigInt(log.args.confirmDeadline);
      order.shippedAt = await timeOf(log.blockNumber);
    } else if (log.eventName === "DisputeOpened") {
      orders.get(idHex(log.args.orderId))!.rulingDeadline = BigInt(log.args.rulingDeadline);
    }
  }

  // Refunds to buyers, by order and day; `full` when the order ended refunded.
  const refunds: { order: ChainOrder; amount: bigint; full: boolean; day: number }[] = [];
  for (const log of logs) {
    const refund =
      log.eventName === "OrderRefunded"
        ? { amount: log.args.refund, full: log.args.remaining === 0n }
        : log.eventName === "OrderCancelled" || log.eventName === "DisputeExpired"
          ? { amount: log.args.refund, full: true }
          : undefined;
    if (!refund || !("orderId" in log.args)) continue;
    const order = orders.get(idHex(log.args.orderId))!;
    order.refunded += refund.amount;
    refunds.push({ order, ...refund, day: await dayOf(log.blockNumber) });
  }

  type Profile = { name: string; bio?: string; avatar?: string; encryptionPublicKey: string };
  const profiles = new Map<string, Profile & { cid: string; version: number }>();
  for (const log of logs) {
    if (log.eventName !== "ProfileUpdated") continue;
    const account = log.args.account.toLowerCase();
    const cid = cidText(log.args.profileCid);
    const version = (profiles.get(account)?.version ?? 0) + 1;
    profiles.set(account, { cid, version, ...(await ipfsJson<Profile>(`${cid}/profile.json`)) });
  }

  const replies = new Map<string, string>();
  for (const log of logs) {
    if (log.eventName === "ReviewReplied")
      replies.set(idHex(log.args.orderId), fromUtf8(await ipfsFile(cidText(log.args.replyCid))));
  }
  const reviews = [];
  for (const log of logs) {
    if (log.eventName !== "ReviewSubmitted") continue;
    const id = idHex(log.args.orderId);
    const cid = cidText(log.args.reviewCid);
    const { title, body } = await ipfsJson<{ title?: string; body?: string }>(`${cid}/review.json`);
    reviews.push({ id, order: orders.get(id)!, rating: log.args.rating, title, body, reply: replies.get(id) ?? null });
  }

  /** An order's timeline as the subgraph should keep it: type and log order. */
  const timeline = (orderId: string) =>
    logs
      .filter((log) => "orderId" in log.args && idHex(log.args.orderId) === orderId)
      .map((log) => ({
        type: ORDER_EVENT_TYPE[log.eventName]!,
        logOrder: logOrderOf(log),
      }));
  const messages = [];
  for (const log of logs) {
    if (log.eventName !== "MessagePosted") continue;
    messages.push({
      id: eventIdOf(log),
      order: idHex(log.args.orderId),
      sender: log.args.sender.toLowerCase(),
      messageCid: cidText(log.args.messageCid),
      timestamp: String(await timeOf(log.blockNumber)),
      logOrder: logOrderOf(log),
    });
  }
  const disputes = logs.flatMap((log) =>
    log.eventName === "DisputeOpened"
      ? [{ order: idHex(log.args.orderId), reasonCid: cidText(log.args.reasonCid) }]
      : [],
  );
  const evidence = logs.flatMap((log) =>
    log.eventName === "EvidenceSubmitted"
      ? [
          {
            order: idHex(log.args.orderId),
            submitter: log.args.submitter.toLowerCase(),
            evidenceCid: cidText(log.args.evidenceCid),
          },
        ]
      : [],
  );

  // Failed payouts credited, and credits withdrawn, in log order.
  const credits = [];
  const withdrawals = [];
  for (const log of logs) {
    if (log.eventName !== "PaymentCredited" && log.eventName !== "CreditWithdrawn") continue;
    const entry = {
      id: eventIdOf(log),
      account: log.args.account.toLowerCase(),
      token: log.args.token.toLowerCase(),
      amount: String(log.args.amount),
      timestamp: String(await timeOf(log.blockNumber)),
    };
    if (log.eventName === "PaymentCredited") credits.push(entry);
    else withdrawals.push({ ...entry, to: log.args.to.toLowerCase() });
  }

  // Coupons by digest: each redemption's count as the contract reported it, and revocations; and
  // the discount each redemption took off its order.
  const coupons = new Map<string, { redemptions: number[]; revoked: boolean }>();
  const discounts = new Map<string, { discount: string; timestamp: string }>();
  const couponOf = (hash: Hex) => {
    if (!coupons.has(hash)) coupons.set(hash, { redemptions: [], revoked: false });
    return coupons.get(hash)!;
  };
  for (const log of logs) {
    if (log.eventName === "CouponRedeemed") {
      couponOf(log.args.couponHash).redemptions.push(log.args.redemptions);
      discounts.set(idHex(log.args.orderId), {
        discount: String(log.args.discount),
        timestamp: String(await timeOf(log.blockNumber)),
      });
    }
    if (log.eventName === "CouponRevoked") couponOf(log.args.couponHash).revoked = true;
  }

  return {
    listings,
    tokens,
    tokenNames,
    orders: [...orders.values()],
    order: (id: string) => orders.get(id)!,
    refunds,
    profiles,
    reviews,
    messages,
    disputes,
    evidence,
    credits,
    withdrawals,
    coupons,
    discounts,
    timeline,
    tokenOf: (demo: Pick<DemoListing, "token">) => tokens[demo.token],
    priceOf: (demo: Pick<DemoListing, "token" | "price">) =>
      parseUnits(demo.price, tokens[demo.token].decimals!).toString(),
    listingOf: (key: string) => [...listings].find(([, demo]) => demo.key === key)!,
    roleOn: (order: ChainOrder, account: string) => (account === order.buyer ? "Buyer" : "Seller"),
  };
}
let truth: Awaited<ReturnType<typeof readTruth>>;

beforeAll(async () => {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-subgraph-stack-"));
  ctx = await privateStackContext(stateDir);
  chainStack = await startStack(
    [anvilService({ persist: false, blockTime: 1 }), deployService(), ipfsService, seedService()],
    ctx,
  );
  indexerStack = await startStack([postgresService(), graphNodeService()], ctx);
  client = createPublicClient({ transport: http(ctx.urls.rpc) });
  deployment = ctx.deployment!;
  seed = JSON.parse(await readFile(path.join(stateDir, "seed.json"), "utf8")) as SeedSummary;
  marketplace = deployment.contracts.Marketplace!.address;
  await waitForIndex();
}, 240_000);

afterAll(async () => {
  await indexerStack?.stop();
  await chainStack?.stop();
  if (ctx) await removeStackState(ctx.stateDir);
}, 60_000);

// ------------------------------------------------------------------------------- page queries

/** What the checks read of `ListingCard` (fragments.graphql). */
interface ListingCard {
  id: string;
  price: string;
  stock: string;
  status: string;
  ratingAverage: string;
  ratingCount: number;
  createdAt: string;
  metadataVersion: number;
  token: TokenFields;
  current: { version: number; cid: string; name: string; category: string; images: string[]; coverImage: string }[];
  seller: { id: string; profile: { name: string | null }[] };
}

/** A listing card as the catalogue and the chain say it should read. */
async function expectedCard(id: string) {
  const demo = truth.listings.get(id)!;
  const info = await client.readContract({
    address: marketplace,
    abi: abis.Marketplace,
    functionName: "getListing",
    args: [BigInt(id)],
  });
  return {
    id,
    status: "Active",
    price: truth.priceOf(demo),
    stock: String(info.stock),
    token: truth.tokenOf(demo),
    cid: demo.cid,
    name: demo.metadata.name,
    category: demo.metadata.category,
    images: ["photo-1.png", "photo-2.png"],
    coverImage: "photo-1.png",
    seller: demo.seller,
    sellerName: demoSellers.find((seller) => seller.index === demo.sellerIndex)!.name,
  };
}
const cardView = (card: ListingCard) => ({
  id: card.id,
  status: card.status,
  price: card.price,
  stock: card.stock,
  token: card.token,
  cid: card.current[0]?.cid,
  name: card.current[0]?.name,
  category: card.current[0]?.category,
  images: card.current[0]?.images,
  coverImage: card.current[0]?.coverImage,
  seller: card.seller.id,
  sellerName: card.seller.profile[0]?.name,
});

interface SearchHit {
  id: string;
  version: number;
  listing: ListingCard;
}
const SEARCH_WHERE = { valid: true, listing_: { status: "Active", stock_gt: 0 } };
/** The search page: raw matches, and what the reader shows (matches of the current version only). */
async function search(text: string) {
  const { listingSearch } = await page<{ listingSearch: SearchHit[] }>("search", {
    text,
    first: 100,
    skip: 0,
    where: SEARCH_WHERE,
  });
  return { raw: listingSearch, shown: listingSearch.filter((hit) => hit.version === hit.listing.current[0]?.version) };
}

interface ListingPage {
  listing: ListingCard & {
    metadataCid: string;
    unitsSold: string;
    latestMetadata: { version: number; valid: boolean; error: string | null } | null;
    current: (ListingCard["current"][number] & { description: string })[];
    seller: { profile: { name: string; bio: string; encryptionPublicKey: string }[] };
    reviews: {
      id: string;
      rating: number;
      buyer: { id: string };
      content: { valid: boolean; title: string | null; body: string | null } | null;
      reply: { content: { valid: boolean; text: string } | null } | null;
    }[];
  };
}
const listingPage = async (id: string) => (await page<ListingPage>("listing", { id })).listing;

/** What an inbox entry shows of an order (`InboxOrder` in fragments.graphql). */
interface InboxOrder {
  id: string;
  status: string;
  shipDeadline: string;
  confirmDeadline: string | null;
  metadata: { name: string } | null;
  listing: { id: string };
}
interface InboxPage {
  toConfirm: InboxOrder[];
  toCancel: InboxOrder[];
  toReclaim: { rulingDeadline: string; order: InboxOrder }[];
  toShip: InboxOrder[];
  toAnswer: { rulingDeadline: string; order: InboxOrder }[];
  messages: { order: InboxOrder; sender: string; timestamp: string; logOrder: string }[];
}
/** An inbox entry's order as the chain and the catalogue say it should read (named by the version bought). */
const inboxOrderOf = (order: ChainOrder): InboxOrder => ({
  id: order.id,
  status: order.status,
  shipDeadline: String(order.shipDeadline),
  confirmDeadline: order.confirmDeadline === null ? null : String(order.confirmDeadline),
  metadata: { name: truth.listings.get(order.listing)!.metadata.name },
  listing: { id: order.listing },
});

/**
 * The custom error the marketplace reverts with when `caller` sends `data` at `time`, or null when
 * the call goes through: an eth_call on the latest state with the block's time overridden.
 */
async function revertAt(time: bigint, caller: string, data: Hex): Promise<string | null> {
  try {
    await client.call({ account: caller as Address, to: marketplace, data, blockOverrides: { time } });
    return null;
  } catch (error) {
    const cause = error instanceof BaseError ? (error.walk() as { data?: unknown }) : undefined;
    const revert = typeof cause?.data === "object" ? (cause.data as { data?: unknown } | null)?.data : cause?.data;
    // Anything but one of the contract's own errors fails the test rather than meaning "no".
    if (typeof revert !== "string" || revert === "0x") throw error;
    return decodeErrorResult({ abi: abis.Marketplace, data: revert as Hex }).errorName;
  }
}

/**
 * What each open order lets its parties do at `time`, by simulating the call behind each inbox
 * list: the buyer may confirm or dispute (opening a dispute is what the window bounds), cancel an
 * unshipped order, reclaim an expired dispute; the seller may ship, and answer a dispute with
 * evidence while the arbiter may still rule.
 */
async function actionsAt(time: bigint) {
  const call = (caller: string, data: Hex) => revertAt(time, caller, data).then((error) => error === null);
  const abi = abis.Marketplace;
  const cid = "0x00";
  return Promise.all(
    truth.orders
      .filter((order) => OPEN.includes(order.status))
      .map(async (order) => {
        const id = BigInt(order.id);
        const { terms } = order;
        const [confirm, cancel, reclaim, ship, evidence, rule] = await Promise.all([
          call(order.buyer, encodeFunctionData({ abi, functionName: "openDispute", args: [id, terms, cid] })),
          call(order.buyer, encodeFunctionData({ abi, functionName: "cancelOrder", args: [id, terms] })),
          call(order.buyer, encodeFunctionData({ abi, functionName: "reclaimExpiredDispute", args: [id, terms] })),
          call(order.seller, encodeFunctionData({ abi, functionName: "shipOrder", args: [id, terms, cid] })),
          call(order.seller, encodeFunctionData({ abi, functionName: "submitEvidence", args: [id, terms, cid] })),
          call(
            terms.arbiter,
            encodeFunctionData({ abi, functionName: "resolveDispute", args: [id, terms, 5_000, cid] }),
          ),
        ]);
        return { order, confirm, cancel, reclaim, ship, answer: evidence && rule };
      }),
  );
}

const pageChecks: Record<PageName, () => Promise<void>> = {
  async sellerListings() {
    interface HubPage {
      account: {
        id: string;
        listingCount: number;
        activeListingCount: number;
        profile: {
          id: string;
          version: number;
          cid: string;
          name: string | null;
          avatar: string | null;
          encryptionPublicKey: string | null;
        }[];
        listings: {
          id: string;
          price: string;
          stock: string;
          status: string;
          unitsSold: string;
          orderCount: number;
          closedAt: string | null;
          token: TokenFields;
          current: { version: number; cid: string; name: string }[];
        }[];
      } | null;
    }
    // A demo seller: every listing they created, newest first, with units sold and their keyed profile.
    const [, demo] = truth.listingOf("headphones-studio");
    const { account } = await page<HubPage>("sellerListings", { id: demo.seller, first: 100, skip: 0 });
    const own = [...truth.listings].filter(([, listing]) => listing.seller === demo.seller);
    const profile = truth.profiles.get(demo.seller)!;
    expect(account!.profile).toEqual([
      {
        id: `${demo.seller}-${profile.version}`,
        version: profile.version,
        cid: profile.cid,
        name: profile.name,
        avatar: profile.avatar ?? null,
        encryptionPublicKey: profile.encryptionPublicKey,
      },
    ]);
    expect([account!.listingCount, account!.activeListingCount]).toEqual([own.length, own.length]);
    const listingNumber = (id: string) => (BigInt(id) >> 48n) % 2n ** 48n;
    const newestFirst = own.map(([id]) => id).sort((a, b) => Number(listingNumber(b) - listingNumber(a)));
    expect(account!.listings.map((listing) => listing.id)).toEqual(newestFirst);
    for (const listing of account!.listings) {
      const listed = truth.listings.get(listing.id)!;
      const orders = truth.orders.filter((order) => order.listing === listing.id);
      expect(listing).toMatchObject({
        status: "Active",
        price: truth.priceOf(listed),
        token: truth.tokenOf(listed),
        unitsSold: String(sum(orders.map((order) => order.quantity))),
        orderCount: orders.length,
        closedAt: null,
      });
      expect(listing.current.map(({ cid, name }) => ({ cid, name }))).toEqual([
        { cid: listed.cid, name: listed.metadata.name },
      ]);
    }

    // A new seller (no profile) lists twice and closes the first: both are listed, the closed one as Closed.
    const seller = addressOf(70) as Address;
    await createTestClient({ mode: "anvil", transport: http(ctx.urls.rpc) }).setBalance({
      address: seller,
      value: 10n ** 19n,
    });
    const market = { address: marketplace, abi: abis.Marketplace } as const;
    const created: string[] = [];
    for (const stock of [2, 5]) {
      const receipt = await sendAs(70, (wallet) =>
        wallet.writeContract({
          ...market,
          functionName: "createListing",
          args: [zeroAddress, 10n ** 16n, stock, addressOf(9) as Address, 3 * DAY, toHex(CID.parse(demo.cid).bytes)],
        }),
      );
      const [event] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
      created.push(idHex(event!.args.listingId));
    }
    const closing = await sendAs(70, (wallet) =>
      wallet.writeContract({ ...market, functionName: "closeListing", args: [BigInt(created[0]!)] }),
    );
    await indexedTo(closing.blockNumber);
    const closedAt = String((await client.getBlock({ blockNumber: closing.blockNumber })).timestamp);
    const fresh = (await page<HubPage>("sellerListings", { id: seller.toLowerCase() })).account!;
    expect([fresh.listingCount, fresh.activeListingCount, fresh.profile]).toEqual([2, 1, []]);
    expect(fresh.listings.map(({ id, status, stock, closedAt }) => ({ id, status, stock, closedAt }))).toEqual([
      { id: created[1], status: "Active", stock: "5", closedAt: null },
      { id: created[0], status: "Closed", stock: "0", closedAt },
    ]);
    // Paged: one at a time, newest first.
    const second = (await page<HubPage>("sellerListings", { id: seller.toLowerCase(), first: 1, skip: 1 })).account!;
    expect(second.listings.map((listing) => listing.id)).toEqual([created[0]]);
  },

  async browse() {
    const where = { status: "Active", stock_gt: 0 };
    const { listings } = await page<{ listings: ListingCard[] }>("browse", { first: 100, skip: 0, where });
    const expected = await Promise.all([...truth.listings.keys()].map(expectedCard));
    expect(byId(listings.map(cardView))).toEqual(byId(expected));
    const created = listings.map((listing) => Number(listing.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));

    // A category page in one token, cheapest first, two cards a page.
    const home = {
      ...where,
      token: truth.tokens.USDC.id,
      metadataVersions_: { valid: true, category: "home" },
    };
    const homeNames = allListings
      .filter((demo) => demo.metadata.category === "home" && demo.token === "USDC")
      .sort((a, b) => Number(a.price) - Number(b.price))
      .map((demo) => demo.metadata.name);
    const pages = [];
    for (let skip = 0; skip < homeNames.length; skip += 2) {
      const variables = { first: 2, skip, orderBy: "price", orderDirection: "asc", where: home };
      pages.push(...(await page<{ listings: ListingCard[] }>("browse", variables)).listings);
    }
    expect(pages.map((listing) => listing.current[0]?.name)).toEqual(homeNames);
  },

  async search() {
    // The reader keeps each listing once: the match whose version is the listing's current one.
    const lamps = await search("lamp");
    const ids = lamps.shown.map((hit) => hit.listing.id);
    expect(new Set(ids).size).toBe(ids.length);
    const expected = allListings
      .filter((demo) => /\blamps?\b/i.test(`${demo.metadata.name} ${demo.metadata.description}`))
      .map((demo) => demo.metadata.name);
    expect(expected.length).toBeGreaterThan(1);
    expect(new Set(lamps.shown.map((hit) => hit.listing.current[0]?.name))).toEqual(new Set(expected));

    const [teapotId] = truth.listingOf("teapot");
    const { shown } = await search("celadon");
    expect(shown.map((hit) => cardView(hit.listing))).toEqual([await expectedCard(teapotId)]);
  },

  async listing() {
    const [id, demo] = truth.listingOf("lamp-ember");
    const listing = await listingPage(id);
    expect(cardView(listing)).toEqual(await expectedCard(id));
    expect(listing.current[0]!.description).toBe(demo.metadata.description);
    expect(listing.metadataVersion).toBe(1);
    expect(listing.latestMetadata).toEqual({ id: `${id}-1`, version: 1, valid: true, error: null });
    expect(listing.metadataCid).toBe(listing.current[0]!.cid);
    const profile = truth.profiles.get(demo.seller)!;
    expect(listing.seller.profile[0]).toMatchObject({
      name: profile.name,
      bio: profile.bio,
      encryptionPublicKey: profile.encryptionPublicKey,
    });

    const orders = truth.orders.filter((order) => order.listing === id);
    expect(listing.unitsSold).toBe(String(sum(orders.map((order) => order.quantity))));
    const reviews = truth.reviews.filter((review) => review.order.listing === id);
    expect(reviews.some((review) => review.reply)).toBe(true);
    const reviewView = (review: ListingPage["listing"]["reviews"][number]) => ({
      ...pick(review, "id", "rating", "buyer"),
      content: review.content && pick(review.content, "valid", "title", "body"),
      reply: review.reply && { text: review.reply.content?.text, valid: review.reply.content?.valid },
    });
    expect(byId(listing.reviews).map(reviewView)).toEqual(
      byId(reviews).map((review) => ({
        id: review.id,
        rating: review.rating,
        buyer: { id: review.order.buyer },
        content: { valid: true, title: review.title, body: review.body },
        reply: review.reply === null ? null : { text: review.reply, valid: true },
      })),
    );
    const ratings = reviews.map((review) => review.rating);
    expect([listing.ratingCount, Number(listing.ratingAverage)]).toEqual([
      ratings.length,
      ratings.reduce((a, b) => a + b, 0) / ratings.length,
    ]);
  },

  async seller() {
    const [, demo] = truth.listingOf("headphones-studio");
    const { account } = await page<{
      account: {
        ratingAverage: string;
        ratingCount: number;
        activeListingCount: number;
        profile: { name: string; bio: string; avatar: string }[];
        listings: ListingCard[];
        reviewsReceived: { id: string; rating: number; content: { title: string; body: string } }[];
      };
    }>("seller", { id: demo.seller });
    const profile = truth.profiles.get(demo.seller)!;
    expect(account.profile[0]).toMatchObject({ name: profile.name, bio: profile.bio, avatar: profile.avatar });
    expect(profile.name).toBe(demoSellers.find((seller) => seller.index === demo.sellerIndex)!.name);

    const own = [...truth.listings].filter(([, listing]) => listing.seller === demo.seller).map(([id]) => id);
    expect(account.activeListingCount).toBe(own.length);
    expect(byId(account.listings.map(cardView))).toEqual(byId(await Promise.all(own.map(expectedCard))));

    const reviews = truth.reviews.filter((review) => review.order.seller === demo.seller);
    expect(reviews.length).toBeGreaterThan(1);
    expect(
      byId(account.reviewsReceived).map(({ id, rating, content }) => ({ id, rating, title: content.title })),
    ).toEqual(byId(reviews).map(({ id, rating, title }) => ({ id, rating, title })));
    const [count, ratingSum] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "reputationOf",
      args: [demo.seller as Address],
    });
    expect([account.ratingCount, Number(account.ratingAverage)]).toEqual([
      Number(count),
      Number(ratingSum) / Number(count),
    ]);
  },

  async cart() {
    // The seeded cart: three lines across two sellers.
    const ids = seed.orders.cart!.split(",").map((id) => truth.order(idHex(id)).listing);
    const { listings } = await page<{
      listings: (ListingCard & {
        arbiter: { approved: boolean };
        seller: { profile: { encryptionPublicKey: string }[] };
      })[];
    }>("cart", { ids });
    expect(byId(listings.map(cardView))).toEqual(byId(await Promise.all(ids.map(expectedCard))));
    for (const listing of listings) {
      expect(listing.arbiter.approved).toBe(true);
      expect(listing.seller.profile[0]!.encryptionPublicKey).toBe(
        truth.profiles.get(listing.seller.id)!.encryptionPublicKey,
      );
    }
  },

  async orders() {
    type OrderRow = {
      id: string;
      orderId: string;
      orderNumber: string;
      status: string;
      amount: string;
      escrow: string;
      placedAt: string;
      shipDeadline: string;
      confirmDeadline: string | null;
      messageCount: number;
      dispute: { rulingDeadline: string } | null;
      token: TokenFields;
      metadataVersion: number;
      metadata: { version: number; name: string; valid: boolean } | null;
      listing: { id: string; listingNumber: string; current: { name: string }[] };
    };
    const view = (order: OrderRow) => ({
      ...pick(order, "id", "orderId", "orderNumber", "status", "amount", "escrow", "token", "metadataVersion"),
      ...pick(order, "shipDeadline", "confirmDeadline", "messageCount", "dispute"),
      metadata: order.metadata && pick(order.metadata, "version", "name", "valid"),
      listing: {
        id: order.listing.id,
        listingNumber: order.listing.listingNumber,
        name: order.listing.current[0]?.name,
      },
    });
    // Ids pack the listing number in bits 48..95 and the order number in bits 0..47.
    const low48 = (value: bigint) => value & (2n ** 48n - 1n);
    const expectedRow = (order: ChainOrder) => {
      const demo = truth.listings.get(order.listing)!;
      return {
        id: order.id,
        orderId: String(BigInt(order.id)),
        orderNumber: String(low48(BigInt(order.id))),
        status: order.status,
        amount: String(order.amount),
        escrow: String(OPEN.includes(order.status) ? order.amount - order.refunded : 0n),
        token: truth.tokenOf(demo),
        metadataVersion: 1,
        shipDeadline: String(order.shipDeadline),
        confirmDeadline: order.confirmDeadline === null ? null : String(order.confirmDeadline),
        messageCount: truth.messages.filter((message) => message.order === order.id).length,
        dispute: order.rulingDeadline === null ? null : { rulingDeadline: String(order.rulingDeadline) },
        metadata: { version: 1, name: demo.metadata.name, valid: true },
        listing: {
          id: order.listing,
          listingNumber: String(low48(BigInt(order.listing) >> 48n)),
          name: demo.metadata.name,
        },
      };
    };
    // A buyer's purchases and a seller's sales (the disputed order's: messages and a dispute).
    const disputed = truth.order(idHex(seed.orders.disputed!));
    for (const where of [
      { buyer: addressOf(demoBuyers[0]!.index) },
      { buyer: disputed.buyer },
      { seller: disputed.seller },
    ]) {
      const { _meta, orders } = await page<{ _meta: { block: { timestamp: number } }; orders: OrderRow[] }>("orders", {
        where,
        first: 50,
      });
      const expected = truth.orders.filter((order) =>
        "buyer" in where ? order.buyer === where.buyer : order.seller === where.seller,
      );
      expect(expected.length).toBeGreaterThan(1);
      expect(byId(orders.map(view))).toEqual(byId(expected.map(expectedRow)));
      expect(
        sorted(
          orders.map((order) => order.placedAt),
          -1,
        ),
      ).toBe(true);
      // The indexed block's time: a lower bound of the chain's.
      expect(_meta.block.timestamp).toBeGreaterThan(0);
      expect(BigInt(_meta.block.timestamp)).toBeLessThanOrEqual((await client.getBlock()).timestamp);
    }
  },

  async sales() {
    type SaleRow = {
      id: string;
      status: OrderStatus;
      amount: string;
      escrow: string;
      refunded: string;
      feeBps: number;
      arbiterFeeBps: number;
      shipDeadline: string;
      placedAt: string;
      token: { id: string };
      buyer: { id: string; profile: { encryptionPublicKey: string | null }[] };
      arbiter: { id: string };
      review: {
        rating: number;
        content: { title: string | null; body: string | null } | null;
        reply: { content: { valid: boolean; text: string | null } | null } | null;
      } | null;
    };
    type Sales = {
      account: {
        salesCount: number;
        completedSalesCount: number;
        toShip: { id: string }[];
        shipped: { id: string }[];
        disputed: { id: string }[];
        orders: SaleRow[];
      } | null;
    };
    const view = (row: SaleRow) => ({
      ...pick(row, "id", "status", "amount", "escrow", "refunded", "feeBps", "arbiterFeeBps", "shipDeadline"),
      token: row.token.id,
      buyer: row.buyer.id,
      buyerKey: row.buyer.profile[0]?.encryptionPublicKey ?? null,
      arbiter: row.arbiter.id,
      review: row.review && {
        rating: row.review.rating,
        title: row.review.content?.title ?? undefined,
        reply: row.review.reply?.content?.text ?? null,
      },
    });
    const expectedRow = (order: ChainOrder) => {
      const review = truth.reviews.find((entry) => entry.id === order.id);
      return {
        id: order.id,
        status: order.status,
        amount: String(order.amount),
        escrow: String(OPEN.includes(order.status) ? order.amount - order.refunded : 0n),
        refunded: String(order.refunded),
        feeBps: order.terms.feeBps,
        arbiterFeeBps: order.terms.arbiterFeeBps,
        shipDeadline: String(order.shipDeadline),
        token: order.token,
        buyer: order.buyer,
        buyerKey: truth.profiles.get(order.buyer)?.encryptionPublicKey ?? null,
        arbiter: order.terms.arbiter.toLowerCase(),
        review: review ? { rating: review.rating, title: review.title, reply: review.reply } : null,
      };
    };
    const completed: readonly OrderStatus[] = ["Completed", "Reviewed", "Replied"];
    const ids = (orders: ChainOrder[]) => orders.map((order) => order.id).sort();
    // Every seller's queue: all sales, the counts of each tab, and each tab's orders.
    const sellers = [...new Set(truth.orders.map((order) => order.seller))];
    expect(sellers.length).toBeGreaterThan(1);
    for (const seller of sellers) {
      const own = truth.orders.filter((order) => order.seller === seller);
      const { account } = await page<Sales>("sales", { seller, where: {}, first: 100 });
      expect(account).not.toBeNull();
      expect(account!.salesCount).toBe(own.length);
      expect(account!.completedSalesCount).toBe(own.filter((order) => completed.includes(order.status)).length);
      expect(account!.toShip.map((order) => order.id).sort()).toEqual(ids(own.filter((o) => o.status === "Paid")));
      expect(account!.shipped.map((order) => order.id).sort()).toEqual(ids(own.filter((o) => o.status === "Shipped")));
      expect(account!.disputed.map((order) => order.id).sort()).toEqual(
        ids(own.filter((o) => o.status === "Disputed")),
      );
      expect(byId(account!.orders.map(view))).toEqual(byId(own.map(expectedRow)));
      expect(
        sorted(
          account!.orders.map((order) => order.placedAt),
          -1,
        ),
      ).toBe(true);
      for (const [where, statuses] of [
        [{ status: "Paid" }, ["Paid"]],
        [{ status_in: completed }, completed],
      ] as const) {
        const tab = await page<Sales>("sales", { seller, where, first: 100 });
        expect(tab.account!.orders.map((order) => order.id).sort()).toEqual(
          ids(own.filter((order) => (statuses as readonly string[]).includes(order.status))),
        );
      }
    }
    // The demo has a partial refund still open and a review with a reply, both in some queue.
    const rows = truth.orders.map(expectedRow);
    expect(rows.some((row) => row.refunded !== "0" && row.escrow !== "0")).toBe(true);
    expect(rows.some((row) => row.review?.reply)).toBe(true);
  },

  async order() {
    const id = idHex(seed.orders.disputed!);
    const chainOrder = truth.order(id);
    const demo = truth.listings.get(chainOrder.listing)!;
    type OrderPage = {
      marketplaces: { confirmationWindow: string; rulingWindow: string }[];
      order: {
        orderNumber: string;
        status: string;
        amount: string;
        discount: string;
        token: TokenFields;
        seller: { id: string; profile: { name: string }[] };
        metadataVersion: number;
        metadataCid: string;
        metadata: { name: string; cid: string; valid: boolean };
        shipDeadline: string;
        confirmDeadline: string | null;
        shippedAt: string | null;
        closedAt: string | null;
        coupon: { discount: string; timestamp: string } | null;
        events: { type: string; logOrder: string }[];
        messages: { sender: string; senderRole: string; messageCid: string; timestamp: string; logOrder: string }[];
        dispute: {
          status: string;
          reasonCid: string;
          rulingDeadline: string;
          closedAt: string | null;
          evidence: { submitter: string; submitterRole: string; evidenceCid: string; logOrder: string }[];
        };
      };
    };
    const { marketplaces, order } = await page<OrderPage>("order", { id });
    // The windows the page counts down with: the contract's.
    const market = { address: marketplace, abi: abis.Marketplace } as const;
    expect(marketplaces).toEqual([
      {
        confirmationWindow: String(await client.readContract({ ...market, functionName: "confirmationWindow" })),
        rulingWindow: String(await client.readContract({ ...market, functionName: "rulingWindow" })),
      },
    ]);
    expect(order.orderNumber).toBe(String(BigInt(id) & (2n ** 48n - 1n)));
    expect(order.status).toBe(chainOrder.status);
    expect(order.amount).toBe(String(chainOrder.amount));
    expect(order.token).toEqual(truth.tokenOf(demo));
    expect(order.seller.profile[0]!.name).toBe(truth.profiles.get(chainOrder.seller)!.name);
    // What was bought: the version (and its document) published at purchase.
    expect(pick(order, "metadataVersion", "metadataCid")).toEqual({ metadataVersion: 1, metadataCid: demo.cid });
    expect(pick(order.metadata, "name", "cid", "valid")).toEqual({
      name: demo.metadata.name,
      cid: demo.cid,
      valid: true,
    });

    // Timeline, messages and dispute file in the chain's log order, each sender with its role.
    expect(order.events.map((event) => pick(event, "type", "logOrder"))).toEqual(truth.timeline(id));
    const messages = truth.messages.filter((message) => message.order === id);
    expect(messages.map((message) => truth.roleOn(chainOrder, message.sender))).toEqual(["Buyer", "Seller"]);
    expect(order.messages).toEqual(
      messages.map(({ sender, messageCid, timestamp, logOrder }) => ({
        sender,
        senderRole: truth.roleOn(chainOrder, sender),
        messageCid,
        timestamp,
        logOrder,
      })),
    );
    // Shipped, then disputed: each deadline as the contract emitted it; nothing closed, no coupon.
    expect(pick(order, "shipDeadline", "confirmDeadline", "shippedAt", "closedAt", "coupon")).toEqual({
      shipDeadline: String(chainOrder.shipDeadline),
      confirmDeadline: String(chainOrder.confirmDeadline),
      shippedAt: String(chainOrder.shippedAt),
      closedAt: null,
      coupon: null,
    });
    expect(order.dispute).toMatchObject({
      status: "Open",
      rulingDeadline: String(chainOrder.rulingDeadline),
      closedAt: null,
      reasonCid: truth.disputes.find((dispute) => dispute.order === id)!.reasonCid,
      evidence: truth.evidence
        .filter((item) => item.order === id)
        .map(({ submitter, evidenceCid }) => ({
          submitter,
          submitterRole: truth.roleOn(chainOrder, submitter),
          evidenceCid,
        })),
    });

    // A discounted cart line: its coupon's discount, taken off the amount paid.
    const [lineId, redemption] = [...truth.discounts].find(([line]) =>
      seed.orders.cart!.split(",").map(idHex).includes(line),
    )!;
    const line = (await page<OrderPage>("order", { id: lineId })).order;
    expect(pick(line, "discount", "coupon", "amount")).toEqual({
      discount: redemption.discount,
      coupon: redemption,
      amount: String(truth.order(lineId).amount),
    });
  },

  async messages() {
    const id = idHex(seed.orders.disputed!);
    const chainOrder = truth.order(id);
    type Party = { id: string; profile: { id: string; encryptionPublicKey: string }[] };
    type Thread = {
      order: {
        id: string;
        status: string;
        buyer: Party;
        seller: Party;
        messages: {
          id: string;
          sender: string;
          senderRole: string;
          messageCid: string;
          timestamp: string;
          logOrder: string;
        }[];
      } | null;
    };
    // Each party's newest profile: the key new messages are sealed to.
    const party = (account: string): Party => {
      const profile = truth.profiles.get(account)!;
      return {
        id: account,
        profile: [{ id: `${account}-${profile.version}`, encryptionPublicKey: profile.encryptionPublicKey }],
      };
    };
    const messages = truth.messages.filter((message) => message.order === id);
    expect(messages.map((message) => truth.roleOn(chainOrder, message.sender))).toEqual(["Buyer", "Seller"]);
    expect((await page<Thread>("messages", { order: id })).order).toEqual({
      id,
      status: chainOrder.status,
      buyer: party(chainOrder.buyer),
      seller: party(chainOrder.seller),
      messages: messages.map(({ order, ...message }) => ({
        ...message,
        senderRole: truth.roleOn(truth.order(order), message.sender),
      })),
    });

    // An order nobody wrote on has an empty thread; an id no order has, none.
    const quiet = idHex(seed.orders.paid!);
    expect(truth.messages.some((message) => message.order === quiet)).toBe(false);
    expect((await page<Thread>("messages", { order: quiet })).order?.messages).toEqual([]);
    expect((await page<Thread>("messages", { order: idHex(1n) })).order).toBeNull();
  },

  async inbox() {
    const disputed = truth.order(idHex(seed.orders.disputed!));
    const open = truth.orders.filter((order) => OPEN.includes(order.status));
    // The chain's time, and each open order's running deadline and the second after it: where the
    // lists change.
    const chainNow = (await client.getBlock()).timestamp;
    const running = open.map((order) =>
      order.status === "Paid"
        ? order.shipDeadline
        : order.status === "Shipped"
          ? order.confirmDeadline!
          : order.rulingDeadline!,
    );
    const times = [...new Set([chainNow, ...running.flatMap((deadline) => [deadline, deadline + 1n])])].sort((a, b) =>
      Number(a - b),
    );
    // Everyone with an order, including those whose orders are all closed (nothing waits on them).
    const accounts = [...new Set(truth.orders.flatMap((order) => [order.buyer, order.seller]))];
    expect(accounts).toEqual(expect.arrayContaining([disputed.buyer, disputed.seller]));

    type Row = { order: InboxOrder; deadline: string };
    const byOrder = (rows: Row[]) => [...rows].sort((a, b) => a.order.id.localeCompare(b.order.id));
    const lists = {
      toConfirm: { action: "confirm", role: "buyer", deadline: (order) => order.confirmDeadline },
      toCancel: { action: "cancel", role: "buyer", deadline: (order) => order.shipDeadline },
      toReclaim: { action: "reclaim", role: "buyer", deadline: (order) => order.rulingDeadline },
      toShip: { action: "ship", role: "seller", deadline: (order) => order.shipDeadline },
      toAnswer: { action: "answer", role: "seller", deadline: (order) => order.rulingDeadline },
    } satisfies Record<
      Exclude<keyof InboxPage, "messages">,
      {
        action: Exclude<keyof Awaited<ReturnType<typeof actionsAt>>[number], "order">;
        role: "buyer" | "seller";
        deadline: (order: ChainOrder) => bigint | null;
      }
    >;
    const rowsOf = (inbox: InboxPage): Record<keyof typeof lists, Row[]> => ({
      toConfirm: inbox.toConfirm.map((order) => ({ order, deadline: order.confirmDeadline! })),
      toCancel: inbox.toCancel.map((order) => ({ order, deadline: order.shipDeadline })),
      toReclaim: inbox.toReclaim.map(({ order, rulingDeadline }) => ({ order, deadline: rulingDeadline })),
      toShip: inbox.toShip.map((order) => ({ order, deadline: order.shipDeadline })),
      toAnswer: inbox.toAnswer.map(({ order, rulingDeadline }) => ({ order, deadline: rulingDeadline })),
    });
    const held = Object.fromEntries(Object.keys(lists).map((name) => [name, 0])) as Record<keyof typeof lists, number>;
    const disputedAt = new Map<bigint, { answer: boolean; reclaim: boolean }>();

    for (const now of times) {
      // What the contract lets each party do at `now`: each list must hold exactly those orders.
      const allowed = await actionsAt(now);
      const { answer, reclaim } = allowed.find((entry) => entry.order.id === disputed.id)!;
      disputedAt.set(now, { answer, reclaim });
      for (const account of accounts) {
        const inbox = await page<InboxPage>("inbox", { account, now: String(now) });
        const rows = rowsOf(inbox);
        for (const name of Object.keys(lists) as (keyof typeof lists)[]) {
          const list = lists[name];
          const where = `${name} of ${account} at ${now}`;
          const expected = allowed
            .filter((entry) => entry[list.action] && entry.order[list.role] === account)
            .map((entry) => ({ order: inboxOrderOf(entry.order), deadline: String(list.deadline(entry.order)) }));
          expect(byOrder(rows[name]), where).toEqual(byOrder(expected));
          expect(sorted(rows[name].map((row) => row.deadline)), `${where}: soonest first`).toBe(true);
          if (rows[name].length) held[name] += 1;
        }
        // The messages on the account's orders, either side's, newest first.
        expect(inbox.messages, `messages of ${account}`).toEqual(
          truth.messages
            .filter(({ order }) => [truth.order(order).buyer, truth.order(order).seller].includes(account))
            .reverse()
            .slice(0, 100)
            .map(({ order, sender, timestamp, logOrder }) => ({
              order: inboxOrderOf(truth.order(order)),
              sender,
              timestamp,
              logOrder,
            })),
        );
      }
    }

    // Not vacuous: every list held orders at some time, the disputed order's parties have messages,
    // and the dispute passes from the seller's answers to the buyer's reclaims the second after its
    // deadline (the demo's windows are minutes long, so the chain's own time may be on either side).
    for (const [name, count] of Object.entries(held)) expect(count, `${name} never held an order`).toBeGreaterThan(0);
    expect(truth.messages.filter((message) => message.order === disputed.id)).toHaveLength(2);
    const ruling = disputed.rulingDeadline!;
    expect([ruling, ruling + 1n].map((time) => disputedAt.get(time))).toEqual([
      { answer: true, reclaim: false },
      { answer: false, reclaim: true },
    ]);
  },

  async credits() {
    type Token = TokenFields;
    type Credits = {
      balances: { id: string; creditBalance: string; token: Token }[];
      credits: { id: string; amount: string; timestamp: string; token: Token }[];
      withdrawals: { id: string; amount: string; to: string; timestamp: string; token: Token }[];
    };
    const tokens = Object.values(truth.tokens);
    const tokenOf = (id: string) => tokens.find((token) => token.id === id)!;
    const refusing = truth.order(idHex(seed.orders.shipped!)).buyer;
    const never = truth.order(idHex(seed.orders.disputed!)).buyer;

    const answers = new Map<string, Credits>();
    for (const account of [refusing, never]) {
      const answer = await page<Credits>("credits", { account });
      answers.set(account, answer);
      // Balances above zero, per token: the contract's own count.
      const balances = [];
      for (const token of tokens) {
        const credit = await client.readContract({
          address: marketplace,
          abi: abis.Marketplace,
          functionName: "creditOf",
          args: [token.id as Address, account as Address],
        });
        if (credit > 0n) balances.push({ id: `${account}${token.id.slice(2)}`, creditBalance: String(credit), token });
      }
      expect(answer.balances).toEqual(balances);
      // Credits and withdrawals, newest first.
      expect(byId(answer.credits)).toEqual(
        byId(
          truth.credits
            .filter((credit) => credit.account === account)
            .map((credit) => ({ ...pick(credit, "id", "amount", "timestamp"), token: tokenOf(credit.token) })),
        ),
      );
      expect(byId(answer.withdrawals)).toEqual(
        byId(
          truth.withdrawals
            .filter((withdrawal) => withdrawal.account === account)
            .map((withdrawal) => ({
              ...pick(withdrawal, "id", "amount", "to", "timestamp"),
              token: tokenOf(withdrawal.token),
            })),
        ),
      );
      expect(
        sorted(
          answer.credits.map((credit) => credit.timestamp),
          -1,
        ),
      ).toBe(true);
      expect(
        sorted(
          answer.withdrawals.map((withdrawal) => withdrawal.timestamp),
          -1,
        ),
      ).toBe(true);
    }

    // The buyer who refused ETH: two refunds credited, the first withdrawn elsewhere, the second
    // still to withdraw. The other buyer never had a payout fail.
    const refused = answers.get(refusing)!;
    const [older, newer] = truth.credits.filter((credit) => credit.account === refusing);
    expect(truth.credits.filter((credit) => credit.account === refusing)).toHaveLength(2);
    expect(refused.withdrawals.map((withdrawal) => pick(withdrawal, "to", "amount"))).toEqual([
      { to: CREDIT_RECEIVER, amount: older!.amount },
    ]);
    expect(refused.balances.map((balance) => [balance.token.id, balance.creditBalance])).toEqual([
      [zeroAddress, newer!.amount],
    ]);
    expect(answers.get(never)).toEqual({ balances: [], credits: [], withdrawals: [] });
  },

  async coupon() {
    type CouponAnswer = { coupon: { id: string; revoked: boolean; contractRedemptions: string } | null };
    expect(truth.coupons.get(revokedCoupon)).toEqual({ redemptions: [], revoked: true });
    expect([...truth.coupons.values()].some((coupon) => coupon.redemptions.length > 0 && !coupon.revoked)).toBe(true);
    for (const [digest, coupon] of truth.coupons) {
      const counted = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "couponRedemptions",
        args: [digest as Hex],
      });
      // The contract marks a revoked coupon with the largest count; the index keeps the last count
      // the contract reported (0 if none) beside `revoked`.
      expect(counted === maxUint256, digest).toBe(coupon.revoked);
      if (!coupon.revoked) {
        // The seeded coupons have a maximum, so the contract counted every redemption.
        expect(counted, digest).toBe(BigInt(coupon.redemptions.length));
      }
      const { coupon: answer } = await page<CouponAnswer>("coupon", { id: digest });
      expect(answer).toEqual({
        id: digest,
        revoked: coupon.revoked,
        contractRedemptions: String(coupon.revoked ? (coupon.redemptions.at(-1) ?? 0) : counted),
      });
    }
    // A coupon never redeemed nor revoked is not indexed.
    expect((await page<CouponAnswer>("coupon", { id: keccak256(toHex("a coupon nobody signed")) })).coupon).toBeNull();
  },

  async sellerCoupons() {
    type CouponRow = {
      id: string;
      redemptionCount: number;
      contractRedemptions: string;
      totalDiscount: string;
      revoked: boolean;
      revokedAt: string | null;
    };
    type Answer = {
      _meta: { block: { number: number; timestamp: number } };
      stored: CouponRow[];
      indexed: CouponRow[];
      account: {
        id: string;
        listings: {
          id: string;
          status: string;
          price: string;
          stock: string;
          token: { id: string };
          current: { name: string | null }[];
        }[];
      } | null;
      tokens: (TokenFields & { allowed: boolean })[];
    };
    // Every coupon the chain has seen, by digest: its seller, each redemption and its revocation.
    const logs = parseEventLogs({
      abi: abis.Marketplace,
      logs: await client.getLogs({ address: marketplace, fromBlock: 0n }),
    });
    const onChain = new Map<
      string,
      { seller: string; discounts: bigint[]; counts: number[]; revokedAt: string | null }
    >();
    const couponOf = (hash: Hex, seller: string) => {
      if (!onChain.has(hash))
        onChain.set(hash, { seller: seller.toLowerCase(), discounts: [], counts: [], revokedAt: null });
      return onChain.get(hash)!;
    };
    for (const log of logs) {
      if (log.eventName === "CouponRedeemed") {
        const coupon = couponOf(log.args.couponHash, log.args.seller);
        coupon.discounts.push(log.args.discount);
        coupon.counts.push(log.args.redemptions);
      } else if (log.eventName === "CouponRevoked") {
        couponOf(log.args.couponHash, log.args.seller).revokedAt = String(
          (await client.getBlock({ blockNumber: log.blockNumber })).timestamp,
        );
      }
    }
    const expected = (digest: string): CouponRow => {
      const coupon = onChain.get(digest)!;
      return {
        id: digest,
        redemptionCount: coupon.discounts.length,
        contractRedemptions: String(coupon.counts.at(-1) ?? 0),
        totalDiscount: String(sum(coupon.discounts)),
        revoked: coupon.revokedAt !== null,
        revokedAt: coupon.revokedAt,
      };
    };
    const seller = onChain.get(revokedCoupon)!.seller;
    const mine = [...onChain.keys()].filter((digest) => onChain.get(digest)!.seller === seller);
    const redeemed = mine.find((digest) => onChain.get(digest)!.discounts.length > 0)!;
    expect(redeemed).toBeDefined();
    // A coupon only its seller's browser knows (never redeemed nor revoked): not indexed.
    const unseen = keccak256(toHex("a coupon only its seller's browser knows"));

    // By the browser's digests: those the index knows; and every coupon of the seller it has seen.
    const byIds = await page<Answer>("sellerCoupons", { seller, sellerRef: seller, ids: [redeemed, unseen] });
    expect(byIds.stored).toEqual([expected(redeemed)]);
    expect(byId(byIds.indexed)).toEqual(byId(mine.map(expected)));
    expect(byIds.indexed.map((coupon) => coupon.id)).toContain(revokedCoupon);
    // A browser that keeps none still sees the seller's indexed coupons.
    const noIds = await page<Answer>("sellerCoupons", { seller, sellerRef: seller, ids: [] });
    expect(noIds.stored).toEqual([]);
    expect(byId(noIds.indexed)).toEqual(byId(mine.map(expected)));
    // Another seller asking about these digests gets none of them.
    const other = addressOf(1);
    expect(other).not.toBe(seller);
    const theirs = await page<Answer>("sellerCoupons", { seller: other, sellerRef: other, ids: mine });
    expect(theirs.stored).toEqual([]);
    expect(theirs.indexed.filter((coupon) => mine.includes(coupon.id))).toEqual([]);

    // The seller's listings in any state, as the chain has them; catalogue names.
    const created = logs.filter(
      (log) => log.eventName === "ListingCreated" && log.args.seller.toLowerCase() === seller,
    ) as Extract<(typeof logs)[number], { eventName: "ListingCreated" }>[];
    expect(created.length).toBeGreaterThan(0);
    const listings = byIds.account!.listings;
    expect(byId(listings.map((listing) => pick(listing, "id", "status", "price", "stock", "token")))).toEqual(
      byId(
        await Promise.all(
          created.map(async (log) => {
            const info = await client.readContract({
              address: marketplace,
              abi: abis.Marketplace,
              functionName: "getListing",
              args: [log.args.listingId],
            });
            return {
              id: idHex(log.args.listingId),
              status: ["None", "Active", "Closed"][info.status]!,
              price: String(info.price),
              stock: String(info.stock),
              token: { id: info.token.toLowerCase() },
            };
          }),
        ),
      ),
    );
    for (const listing of listings) {
      const demo = truth.listings.get(listing.id);
      if (demo) expect(listing.current[0]?.name).toBe(demo.metadata.name);
    }

    // Payment tokens with what the contract allows now (native ETH always), decimals for fixed amounts.
    expect(byIds.tokens.map((token) => token.id)).toEqual(
      expect.arrayContaining([truth.tokens.ETH.id, truth.tokens.USDC.id]),
    );
    for (const token of byIds.tokens) {
      const [, allowed] = token.native
        ? [0, true]
        : await client.readContract({
            address: marketplace,
            abi: abis.Marketplace,
            functionName: "tokenInfo",
            args: [token.id as Address],
          });
      expect(token.allowed, token.id).toBe(allowed);
    }
    expect(byIds.tokens.find((token) => token.id === truth.tokens.USDC.id)).toMatchObject(truth.tokens.USDC);
    expect(byIds._meta.block.number).toBeGreaterThan(0);
  },

  async dashboard() {
    // Northwind Audio: sales in both tokens and a partial refund.
    const [, demo] = truth.listingOf("vinyl-night");
    const seller = demo.seller;
    const sales = truth.orders.filter((order) => order.seller === seller);
    const refunds = truth.refunds.filter((refund) => refund.order.seller === seller);
    expect(refunds.length).toBeGreaterThan(0);
    const { account, sellerDayDatas, openOrders, bestSellers, _meta } = await page<{
      account: { salesCount: number };
      sellerDayDatas: {
        date: number;
        ordersPlaced: number;
        ordersRefunded: number;
        netOrders: number;
        tokens: { token: TokenFields; volume: string; refunded: string; netVolume: string }[];
      }[];
      openOrders: { escrow: string; token: { id: string } }[];
      bestSellers: {
        id: string;
        unitsSold: string;
        orderCount: number;
        token: TokenFields;
        current: { name: string }[];
      }[];
      _meta: { block: { timestamp: number } };
    }>("dashboard", { seller, sellerRef: seller, since: 0 });
    expect(account.salesCount).toBe(sales.length);
    expect(_meta.block.timestamp).toBeGreaterThan(0);

    // Per day and token: volume, refunds and their difference; orders net of full refunds.
    const days = [...new Set([...sales.map((order) => order.day), ...refunds.map((refund) => refund.day)])].sort(
      (a, b) => a - b,
    );
    const tokenIds = [...new Set(sales.map((order) => order.token))];
    const expected = days.map((date) => {
      const placed = sales.filter((order) => order.day === date);
      const refunded = refunds.filter((refund) => refund.day === date);
      const ordersRefunded = refunded.filter((refund) => refund.full).length;
      return {
        date,
        ordersPlaced: placed.length,
        ordersRefunded,
        netOrders: placed.length - ordersRefunded,
        tokens: tokenIds
          .map((token) => {
            const volume = sum(placed.filter((order) => order.token === token).map((order) => order.amount));
            const back = sum(refunded.filter((refund) => refund.order.token === token).map((refund) => refund.amount));
            return { token, volume: String(volume), refunded: String(back), netVolume: String(volume - back) };
          })
          .filter((entry) => entry.volume !== "0" || entry.refunded !== "0")
          .sort((a, b) => a.token.localeCompare(b.token)),
      };
    });
    const dayRow = (day: (typeof sellerDayDatas)[number]) => ({
      ...pick(day, "date", "ordersPlaced", "ordersRefunded", "netOrders"),
      tokens: day.tokens
        .map((entry) => ({ token: entry.token.id, ...pick(entry, "volume", "refunded", "netVolume") }))
        .sort((a, b) => a.token.localeCompare(b.token)),
    });
    expect(sellerDayDatas.map(dayRow)).toEqual(expected);
    expect(expected.some((day) => day.tokens.some((entry) => entry.netVolume !== entry.volume))).toBe(true);

    const open = sales.filter((order) => OPEN.includes(order.status));
    expect(sum(openOrders.map((order) => BigInt(order.escrow)))).toBe(
      sum(open.map((order) => order.amount - order.refunded)),
    );
    expect(openOrders).toHaveLength(open.length);

    const unitsSold = (listing: string) =>
      sum(sales.filter((order) => order.listing === listing).map((o) => o.quantity));
    expect(bestSellers.map((listing) => listing.unitsSold)).toEqual(
      [...truth.listings.entries()]
        .filter(([, listing]) => listing.seller === seller)
        .map(([id]) => unitsSold(id))
        .filter((units) => units > 0n)
        .sort((a, b) => Number(b - a))
        .slice(0, 5)
        .map(String),
    );
    for (const listing of bestSellers) {
      const listed = truth.listings.get(listing.id)!;
      expect(listing.current[0]!.name).toBe(listed.metadata.name);
      expect(listing.unitsSold).toBe(String(unitsSold(listing.id)));
      expect(listing.orderCount).toBe(sales.filter((order) => order.listing === listing.id).length);
      expect(listing.token).toEqual(truth.tokenOf(listed));
    }
  },

  async salesExport() {
    // Northwind Audio's orders, two a page: each page starts after the last order id.
    const [, demo] = truth.listingOf("vinyl-night");
    const seller = demo.seller;
    const sales = truth.orders.filter((order) => order.seller === seller);
    expect(sales.length).toBeGreaterThan(2);
    type Row = {
      id: string;
      orderId: string;
      placedAt: string;
      quantity: string;
      amount: string;
      platformFee: string;
      status: string;
      shippedAt: string | null;
      closedAt: string | null;
      token: TokenFields;
      buyer: { id: string };
      metadata: { name: string } | null;
      listing: { id: string; current: { name: string }[] };
    };
    const rows: Row[] = [];
    for (let after = "0"; ;) {
      const { orders } = await page<{ orders: Row[] }>("salesExport", { seller, after, first: 2 });
      rows.push(...orders);
      if (orders.length < 2) break;
      after = orders.at(-1)!.orderId;
    }

    // Fees and closing blocks from the chain's events.
    const logs = parseEventLogs({
      abi: abis.Marketplace,
      logs: await client.getLogs({ address: marketplace, fromBlock: 0n }),
    });
    const fees = new Map<string, bigint>();
    const closedIn = new Map<string, bigint>();
    for (const log of logs) {
      if (log.eventName === "OrderConfirmed" || log.eventName === "OrderReleased" || log.eventName === "DisputeRuled") {
        fees.set(idHex(log.args.orderId), log.args.platformFee);
        closedIn.set(idHex(log.args.orderId), log.blockNumber);
      } else if (
        log.eventName === "OrderCancelled" ||
        log.eventName === "DisputeExpired" ||
        (log.eventName === "OrderRefunded" && log.args.remaining === 0n)
      ) {
        closedIn.set(idHex(log.args.orderId), log.blockNumber);
      }
    }
    const timeOf = async (block: bigint | undefined) =>
      block === undefined ? null : String((await client.getBlock({ blockNumber: block })).timestamp);

    expect(rows.map((row) => row.id)).toEqual(byId(sales).map((order) => order.id));
    for (const row of rows) {
      const order = truth.order(row.id);
      const listed = truth.listings.get(order.listing)!;
      expect(row).toEqual({
        id: order.id,
        orderId: String(BigInt(order.id)),
        placedAt: row.placedAt,
        quantity: String(order.quantity),
        amount: String(order.amount),
        platformFee: String(fees.get(order.id) ?? 0n),
        status: order.status,
        shippedAt: order.shippedAt === null ? null : String(order.shippedAt),
        closedAt: await timeOf(closedIn.get(order.id)),
        token: truth.tokenOf(listed),
        buyer: { id: order.buyer },
        metadata: { name: listed.metadata.name },
        listing: { id: order.listing, current: [{ name: listed.metadata.name }] },
      });
      expect(Math.floor(Number(row.placedAt) / DAY) * DAY).toBe(order.day);
    }
    expect(rows.some((row) => row.closedAt !== null && row.platformFee !== "0")).toBe(true);
  },

  async admin() {
    const admin = await page<{
      marketplace: Record<string, unknown>;
      paymentTokens: (TokenFields & { name: string | null; tokenId: number; allowed: boolean; volume: string })[];
      arbiters: { id: string; arbiterId: number; feeBps: number; approved: boolean; disputeCount: number }[];
    }>("admin", { marketplace: marketplace.toLowerCase() });
    const market = { address: marketplace, abi: abis.Marketplace } as const;
    expect(admin.marketplace).toMatchObject({
      owner: (await client.readContract({ ...market, functionName: "owner" })).toLowerCase(),
      treasury: (await client.readContract({ ...market, functionName: "treasury" })).toLowerCase(),
      platformFeeBps: await client.readContract({ ...market, functionName: "platformFeeBps" }),
      confirmationWindow: String(await client.readContract({ ...market, functionName: "confirmationWindow" })),
      rulingWindow: String(await client.readContract({ ...market, functionName: "rulingWindow" })),
      paused: false,
      listingCount: allListings.length,
      orderCount: truth.orders.length,
      disputeCount: truth.disputes.length,
    });

    // Native ETH first (token id 0), then the deploy script's allowlisted MockUSDC.
    const tokenRow = (token: (typeof admin.paymentTokens)[number]) =>
      pick(token, "id", "symbol", "name", "decimals", "native", "tokenId", "allowed", "volume");
    expect(admin.paymentTokens.map(tokenRow)).toEqual(
      await Promise.all(
        [truth.tokens.ETH, truth.tokens.USDC].map(async (token) => {
          // The contract always accepts native ETH (id 0), though tokenInfo(0x0) says not allowed.
          const [tokenId, allowed] = token.native
            ? [0, true]
            : await client.readContract({
                address: marketplace,
                abi: abis.Marketplace,
                functionName: "tokenInfo",
                args: [token.id as Address],
              });
          const volume = sum(truth.orders.filter((order) => order.token === token.id).map((order) => order.amount));
          return { ...token, name: truth.tokenNames[token.id], tokenId, allowed, volume: String(volume) };
        }),
      ),
    );

    const arbiter = addressOf(9);
    const [arbiterId, feeBps, approved] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "arbiterInfo",
      args: [arbiter as Address],
    });
    // The seed opens one dispute and leaves it open.
    expect(admin.arbiters).toEqual([
      {
        id: arbiter,
        // Its name comes from the profile its account published.
        account: { profile: [{ name: truth.profiles.get(arbiter)!.name }] },
        arbiterId,
        feeBps,
        approved,
        disputeCount: truth.disputes.length,
        rulingCount: 0,
        expiredCount: 0,
      },
    ]);
  },

  async arbitration() {
    // The demo catalogue's arbiter (dev account 9) hears the dispute the seed leaves open.
    const arbiter = addressOf(9);
    type ArbiterCase = {
      id: string;
      status: string;
      reasonCid: string | null;
      rulingDeadline: string;
      closedAt: string | null;
      evidenceCount: number;
      evidence: { submitter: string; submitterRole: string; evidenceCid: string | null; logOrder: string }[];
      ruling: unknown;
      order: {
        id: string;
        orderId: string;
        status: string;
        amount: string;
        escrow: string;
        feeBps: number;
        arbiterFeeBps: number;
        shipDeadline: string;
        token: TokenFields & { id: string };
        buyer: { id: string };
        seller: { id: string; profile: { name: string }[] };
        arbiter: { id: string };
        metadata: { name: string } | null;
        events: { type: string; logOrder: string }[];
      };
    };
    type Arbitration = {
      arbiter: {
        id: string;
        approved: boolean;
        feeBps: number;
        disputeCount: number;
        rulingCount: number;
        expiredCount: number;
        account: { profile: { name: string; encryptionPublicKey: string | null }[] };
      } | null;
      disputes: ArbiterCase[];
    };
    const openView = { where: { arbiter, status: "Open" }, orderBy: "rulingDeadline", orderDirection: "asc" };
    const { arbiter: record, disputes } = await page<Arbitration>("arbitration", { arbiter, ...openView, first: 21 });

    const [, feeBps, approved] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "arbiterInfo",
      args: [arbiter as Address],
    });
    const profile = truth.profiles.get(arbiter)!;
    expect(record).toEqual({
      id: arbiter,
      approved,
      feeBps,
      disputeCount: truth.disputes.length,
      rulingCount: 0,
      expiredCount: 0,
      account: { profile: [{ name: profile.name, encryptionPublicKey: profile.encryptionPublicKey ?? null }] },
    });

    // Every dispute on the arbiter's orders, soonest ruling deadline first, with its file and the
    // order's terms as OrderPlaced emitted them.
    const expected = truth.disputes
      .map((dispute) => ({ dispute, order: truth.order(dispute.order) }))
      .filter(({ order }) => order.terms.arbiter.toLowerCase() === arbiter)
      .sort((a, b) => Number(a.order.rulingDeadline! - b.order.rulingDeadline!));
    expect(expected.length).toBeGreaterThan(0);
    expect(disputes.map((item) => item.id)).toEqual(expected.map(({ order }) => order.id));
    for (const [index, { dispute, order }] of expected.entries()) {
      const item = disputes[index]!;
      const demo = truth.listings.get(order.listing)!;
      const evidence = truth.evidence.filter((entry) => entry.order === order.id);
      expect(pick(item, "status", "reasonCid", "rulingDeadline", "closedAt", "evidenceCount", "ruling")).toEqual({
        status: "Open",
        reasonCid: dispute.reasonCid,
        rulingDeadline: String(order.rulingDeadline),
        closedAt: null,
        evidenceCount: evidence.length,
        ruling: null,
      });
      expect(item.evidence.map((entry) => pick(entry, "submitter", "submitterRole", "evidenceCid"))).toEqual(
        evidence.map(({ submitter, evidenceCid }) => ({
          submitter,
          submitterRole: truth.roleOn(order, submitter),
          evidenceCid,
        })),
      );
      expect(item.order).toMatchObject({
        orderId: String(BigInt(order.id)),
        status: order.status,
        amount: String(order.amount),
        escrow: String(order.amount - order.refunded),
        feeBps: order.terms.feeBps,
        arbiterFeeBps: order.terms.arbiterFeeBps,
        shipDeadline: String(order.terms.shipDeadline),
        token: truth.tokenOf(demo),
        buyer: { id: order.buyer },
        seller: { id: order.seller, profile: [{ name: truth.profiles.get(order.seller)!.name }] },
        arbiter: { id: arbiter },
        metadata: { name: demo.metadata.name },
      });
      expect(item.order.events.map((event) => pick(event, "type", "logOrder"))).toEqual(truth.timeline(order.id));

      // The terms the page builds from this answer are the ones the contract takes: a ruling
      // simulated with them goes through up to the deadline the page counts down to, not after.
      const terms = {
        buyer: item.order.buyer.id as Address,
        token: item.order.token.id as Address,
        amount: BigInt(item.order.amount),
        feeBps: item.order.feeBps,
        arbiter: item.order.arbiter.id as Address,
        arbiterFeeBps: item.order.arbiterFeeBps,
        shipDeadline: Number(item.order.shipDeadline),
      };
      const rule = encodeFunctionData({
        abi: abis.Marketplace,
        functionName: "resolveDispute",
        args: [BigInt(order.id), terms, 7_000, "0x00"],
      });
      expect(await revertAt(BigInt(item.rulingDeadline), arbiter, rule)).toBeNull();
      expect(await revertAt(BigInt(item.rulingDeadline) + 1n, arbiter, rule)).toBe("RulingWindowClosed");
    }

    // One case by its order id; the closed tab (the seed rules none); an account that is no arbiter.
    const one = await page<Arbitration>("arbitration", {
      arbiter,
      where: { arbiter, id: expected[0]!.order.id },
      first: 1,
    });
    expect(one.disputes).toEqual([disputes[0]]);
    const closed = await page<Arbitration>("arbitration", {
      arbiter,
      where: { arbiter, status_in: ["Ruled", "Expired"] },
      orderBy: "closedAt",
      orderDirection: "desc",
    });
    expect(closed.disputes).toEqual([]);
    const seller = expected[0]!.order.seller;
    const stranger = await page<Arbitration>("arbitration", {
      arbiter: seller,
      where: { arbiter: seller, status: "Open" },
    });
    expect(stranger).toMatchObject({ arbiter: null, disputes: [] });
  },

  async sell() {
    interface SellPage {
      tokens: TokenFields[];
      arbiters: { id: string; feeBps: number; account: { profile: { name: string | null }[] } }[];
      account: { id: string; profile: { id: string; encryptionPublicKey: string | null }[] } | null;
      listing?: Record<string, unknown> | null;
    }
    // Editing a seeded listing: its chain terms, seller and current metadata, as the contract has them.
    const [id, demo] = truth.listingOf("lamp-ember");
    const edit = await page<SellPage>("sell", { seller: demo.seller, listing: id, edit: true });
    expect(edit.tokens).toEqual([truth.tokens.ETH, truth.tokens.USDC]);
    const arbiter = addressOf(9);
    const [, feeBps, approved] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "arbiterInfo",
      args: [arbiter as Address],
    });
    const arbiterName = { profile: [{ name: truth.profiles.get(arbiter)!.name }] };
    expect(edit.arbiters).toEqual([{ id: arbiter, feeBps, account: arbiterName }]);
    const profile = truth.profiles.get(demo.seller)!;
    expect(edit.account).toEqual({
      id: demo.seller,
      profile: [{ id: `${demo.seller}-${profile.version}`, encryptionPublicKey: profile.encryptionPublicKey }],
    });
    const info = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "getListing",
      args: [BigInt(id)],
    });
    expect(edit.listing).toEqual({
      id,
      status: "Active",
      price: String(info.price),
      stock: String(info.stock),
      shippingWindow: String(info.shippingWindow),
      metadataVersion: 1,
      seller: { id: info.seller.toLowerCase() },
      token: truth.tokenOf(demo),
      arbiter: { id: info.arbiter.toLowerCase(), feeBps, approved, account: arbiterName },
      latestMetadata: { version: 1, valid: true },
      current: [{ id: `${id}-1`, version: 1, cid: demo.cid, name: demo.metadata.name }],
    });

    // Creating: the listing is not read at all, and a new seller is unknown to the index (no key yet).
    const create = await page<SellPage>("sell", { seller: addressOf(62) });
    expect(create).not.toHaveProperty("listing");
    expect(create.account).toBeNull();
    expect(create.arbiters).toEqual(edit.arbiters);
  },
};

/** The seed's demo account (its mnemonic index) at `address`. */
const devIndexOf = (address: string) =>
  [...demoSellers, ...demoBuyers].find((person) => addressOf(person.index) === address.toLowerCase())!.index;

/** An order's seller and terms, from its OrderPlaced event. */
async function placedOrder(orderId: bigint) {
  const [placed] = await client.getContractEvents({
    address: marketplace,
    abi: abis.Marketplace,
    eventName: "OrderPlaced",
    args: { orderId },
    fromBlock: 0n,
    strict: true,
  });
  const { buyer, token, amount, feeBps, arbiter, arbiterFeeBps, shipDeadline, seller } = placed!.args;
  return { seller, terms: { buyer, token, amount, feeBps, arbiter, arbiterFeeBps, shipDeadline } };
}

/** The seed posts no messages: the buyer and the seller of the disputed order write one each. */
async function postMessages() {
  const orderId = BigInt(seed.orders.disputed!);
  const { seller, terms } = await placedOrder(orderId);
  let last = 0n;
  for (const [sender, text] of [
    [terms.buyer, "Could you send the replacement leg?"],
    [seller, "Posted today, tracking follows."],
  ] as const) {
    // Messages are sealed envelopes in the app; the subgraph keeps only their CID.
    const { root } = await buildFileCar(utf8(text));
    const receipt = await sendAs(devIndexOf(sender), (wallet) =>
      wallet.writeContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "postMessage",
        args: [orderId, terms, toHex(root.bytes)],
      }),
    );
    last = receipt.blockNumber;
  }
  return last;
}

/** Where the credits page's buyer withdraws its first credit: a fresh dev account. */
const CREDIT_RECEIVER = addressOf(19);

/**
 * The seed has no failed payout: the buyer of the shipped ETH order refuses ETH (anvil gives its
 * address code that reverts) while the seller refunds a quarter of the order, twice; in between,
 * the buyer withdraws the first credit to another address. The order stays shipped.
 */
async function failPayouts() {
  const orderId = BigInt(seed.orders.shipped!);
  const { seller, terms } = await placedOrder(orderId);
  expect(terms.token).toBe(zeroAddress);
  const testClient = createTestClient({ mode: "anvil", transport: http(ctx.urls.rpc) });
  const refundRefused = async () => {
    // PUSH0 PUSH0 REVERT: every call to the buyer fails, as a contract wallet without a receive function.
    await testClient.setCode({ address: terms.buyer, bytecode: "0x5f5ffd" });
    try {
      return await sendAs(devIndexOf(seller), (wallet) =>
        wallet.writeContract({
          address: marketplace,
          abi: abis.Marketplace,
          functionName: "refundOrder",
          args: [orderId, terms, terms.amount / 4n],
        }),
      );
    } finally {
      await testClient.setCode({ address: terms.buyer, bytecode: "0x" });
    }
  };
  await refundRefused();
  await sendAs(devIndexOf(terms.buyer), (wallet) =>
    wallet.writeContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "withdraw",
      args: [zeroAddress, CREDIT_RECEIVER as Address],
    }),
  );
  return (await refundRefused()).blockNumber;
}

/** The digest of a coupon its seller revoked before anyone redeemed it. */
let revokedCoupon: Hex;

/** The seed revokes no coupon: the cart's coupon seller revokes a new one (a fixed discount, any listing). */
async function revokeCoupon() {
  const [redeemed] = await client.getContractEvents({
    address: marketplace,
    abi: abis.Marketplace,
    eventName: "CouponRedeemed",
    fromBlock: 0n,
    strict: true,
  });
  const seller = redeemed!.args.seller;
  const coupon = {
    seller,
    listingId: 0n,
    token: deployment.contracts.MockUSDC!.address,
    kind: 1,
    value: 1_000_000n,
    buyer: zeroAddress,
    expiry: 0n,
    maxRedemptions: 0,
    salt: 7n,
    chainId: BigInt(await client.getChainId()),
    marketplace,
  };
  revokedCoupon = await client.readContract({
    address: marketplace,
    abi: abis.Marketplace,
    functionName: "couponHash",
    args: [coupon],
  });
  const receipt = await sendAs(devIndexOf(seller), (wallet) =>
    wallet.writeContract({ address: marketplace, abi: abis.Marketplace, functionName: "revokeCoupon", args: [coupon] }),
  );
  return receipt.blockNumber;
}

describe("page queries on the demo catalogue", () => {
  beforeAll(async () => {
    await postMessages();
    await failPayouts();
    await indexedTo(await revokeCoupon());
    truth = await readTruth();
  }, 60_000);

  for (const name of pageNames) it(`answers the ${name} page`, () => pageChecks[name]());
});

// ------------------------------------------------------------------------------- late files

describe("a listing edit whose file reaches IPFS late", () => {
  it("shows the last valid version until the new file arrives, and keeps it after a rejected edit", async () => {
    const [id, demo] = truth.listingOf("lamp-moss");
    const ipfs = kuboRpcTarget({ url: ctx.urls.ipfs! });
    const publish = async (built: BuiltCar) => {
      const receipt = await sendAs(demo.sellerIndex, (wallet) =>
        wallet.writeContract({
          address: marketplace,
          abi: abis.Marketplace,
          functionName: "updateListingMetadata",
          args: [BigInt(id), toHex(built.root.bytes)],
        }),
      );
      await indexedTo(receipt.blockNumber);
    };
    const newestDocument = (version: number) =>
      eventually(
        `metadata version ${version}`,
        async () => {
          const listing = await listingPage(id);
          return listing.latestMetadata?.version === version ? listing : undefined;
        },
        90_000,
      );

    // The seller edits the text and keeps the photos, as the Sell form does.
    const before = await listingPage(id);
    const original = before.current[0]!;
    expect([before.metadataVersion, original.name]).toEqual([1, demo.metadata.name]);
    const document = await ipfsJson<DocumentInputOf<"listing">>(`${original.cid}/metadata.json`);
    const photos = await Promise.all(
      original.images.map(async (photo) => ({ path: photo, content: await ipfsFile(`${original.cid}/${photo}`) })),
    );
    const editedName = "Moss reading lamp in verdigris";
    const edited = await buildDocumentCar("listing", { ...document, name: editedName }, photos);

    // On chain before it is on IPFS: pending, and the page still shows version 1.
    await publish(edited);
    const pending = await listingPage(id);
    expect(pending.metadataVersion).toBe(2);
    expect(pending.metadataCid).toBe(edited.root.toString());
    expect(pending.latestMetadata).toBeNull();
    expect(pending.current.map((version) => pick(version, "version", "name"))).toEqual([
      { version: 1, name: demo.metadata.name },
    ]);

    // Uploaded: graph-node's retry finds it and version 2 becomes current.
    await uploadBuiltCar(ipfs, edited);
    const shown = await newestDocument(2);
    expect(shown.latestMetadata).toEqual({ id: `${id}-2`, version: 2, valid: true, error: null });
    expect(shown.current[0]).toMatchObject({ version: 2, cid: edited.root.toString(), name: editedName });
    expect(shown.current[0]!.description).toBe(demo.metadata.description);

    // Search: both versions match "moss"; the reader shows the listing once, as version 2.
    const moss = await search("moss");
    expect(
      moss.raw
        .filter((hit) => hit.listing.id === id)
        .map((hit) => hit.version)
        .sort(),
    ).toEqual([1, 2]);
    expect(moss.shown.map((hit) => [hit.listing.id, hit.version])).toEqual([[id, 2]]);
    const verdigris = await search("verdigris");
    expect(verdigris.shown.map((hit) => [hit.listing.id, hit.listing.current[0]!.name])).toEqual([[id, editedName]]);

    // A directory whose metadata.json fails validation: rejected, version 2 stays current.
    const rejected = await buildDirectoryCar([
      {
        path: "metadata.json",
        content: utf8(JSON.stringify({ ...document, schema: "agora/listing@9", name: "Zzyzx" })),
      },
      ...photos,
    ]);
    await uploadBuiltCar(ipfs, rejected);
    await publish(rejected);
    const after = await newestDocument(3);
    expect(after.metadataVersion).toBe(3);
    expect(after.latestMetadata).toEqual({
      id: `${id}-3`,
      version: 3,
      valid: false,
      error: expect.stringContaining("schema"),
    });
    expect(after.current[0]).toMatchObject({ version: 2, name: editedName });
    // Nothing of a rejected document is searchable, valid or not.
    expect((await gql<{ listingSearch: unknown[] }>('{ listingSearch(text: "zzyzx") { id } }')).listingSearch).toEqual(
      [],
    );
  }, 180_000);
});

// ------------------------------------------------------------------------------- other entities

describe("orders", () => {
  it("matches the chain's status for every seeded order", async () => {
    const ids = Object.values(seed.orders).flatMap((ids) => ids.split(","));
    for (const id of ids) {
      const [status] = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "orderStatus",
        args: [BigInt(id)],
      });
      const { order } = await gql<{ order: { status: string } | null }>(`{ order(id: "${idHex(id)}") { status } }`);
      expect(order?.status, `order ${id}`).toBe(ORDER_STATUS[status]);
    }
  });

  it("keeps each order's timeline of events", async () => {
    const { order } = await gql<{
      order: { events: { type: string }[]; review: { rating: number; reply: { id: string } | null } };
    }>(
      `{ order(id: "${idHex(seed.orders.reviewed!)}") { events(orderBy: logOrder) { type } review { rating reply { id } } } }`,
    );
    expect(order.events.map((event) => event.type)).toEqual([
      "Placed",
      "Shipped",
      "Confirmed",
      "Reviewed",
      "ReviewReplied",
    ]);
    expect(order.review.rating).toBe(5);
    expect(order.review.reply).not.toBeNull();
  });

  it("records the dispute with evidence from both sides", async () => {
    const { order } = await gql<{
      order: { status: string; dispute: { status: string; evidenceCount: number; evidence: { submitter: string }[] } };
    }>(
      `{ order(id: "${idHex(seed.orders.disputed!)}") { status dispute { status evidenceCount evidence { submitter } } } }`,
    );
    expect(order.status).toBe("Disputed");
    expect(order.dispute.status).toBe("Open");
    expect(order.dispute.evidenceCount).toBe(1);
    expect(order.dispute.evidence.map((item) => item.submitter)).toEqual([addressOf(demoSellers[0]!.index)]);
  });

  it("accounts for a partial refund", async () => {
    const { order } = await gql<{ order: { amount: string; escrow: string; refunded: string } }>(
      `{ order(id: "${idHex(seed.orders.partlyRefunded!)}") { amount escrow refunded } }`,
    );
    expect(BigInt(order.refunded)).toBeGreaterThan(0n);
    expect(BigInt(order.refunded) + BigInt(order.escrow)).toBe(BigInt(order.amount));
  });

  it("links the cart's coupon redemptions to the discounted lines", async () => {
    const cartIds = seed.orders.cart!.split(",");
    const { orders } = await gql<{ orders: { id: string; discount: string; coupon: { discount: string } | null }[] }>(
      `{ orders(where: { id_in: [${cartIds.map((id) => `"${idHex(id)}"`).join(",")}] }) { id discount coupon { discount } } }`,
    );
    expect(orders).toHaveLength(cartIds.length);
    const discounted = orders.filter((order) => order.coupon !== null);
    expect(discounted).toHaveLength(2);
    for (const order of discounted) expect(order.coupon!.discount).toBe(order.discount);
  });
});

describe("accounts", () => {
  it("agrees with the contract's on-chain reputation for every seller", async () => {
    for (const seller of demoSellers) {
      const address = addressOf(seller.index) as Address;
      const [count, sum] = await client.readContract({
        address: marketplace,
        abi: abis.Marketplace,
        functionName: "reputationOf",
        args: [address],
      });
      const { account } = await gql<{ account: { ratingCount: number; ratingSum: number; profileCid: string | null } }>(
        `{ account(id: "${address}") { ratingCount ratingSum profileCid } }`,
      );
      expect([account.ratingCount, account.ratingSum]).toEqual([Number(count), Number(sum)]);
      expect(account.profileCid).toMatch(/^b/);
    }
    const buyer = addressOf(demoBuyers[0]!.index);
    const { account } = await gql<{ account: { purchaseCount: number } }>(
      `{ account(id: "${buyer}") { purchaseCount } }`,
    );
    expect(account.purchaseCount).toBeGreaterThan(0);
  });
});

/** graph-node's query schema (entities, filters, orderBy enums), which the web app is typed against. */
const API_SCHEMA = path.join(import.meta.dirname, "..", "api", "schema.graphql");
const API_SCHEMA_HEADER = `# graph-node's GraphQL API of the subgraph, printed from its introspection by the stack test.
# Do not edit: after a schema change, run \`AGORA_WRITE_API_SCHEMA=1 npm run test:stack -w @agora/subgraph\`.
`;

describe("the API schema", () => {
  it("is what graph-node serves for schema.graphql, as committed for the web app's typed queries", async () => {
    const introspection = await gql<IntrospectionQuery>(getIntrospectionQuery());
    const printed = `${API_SCHEMA_HEADER}\n${printSchema(lexicographicSortSchema(buildClientSchema(introspection)))}\n`;
    if (process.env.AGORA_WRITE_API_SCHEMA) await writeFile(API_SCHEMA, printed);
    expect(await readFile(API_SCHEMA, "utf8").catch(() => "(missing)")).toBe(printed);
  });
});

describe("INDEXING.md", () => indexingGuideTests(() => ({ ctx, deployment })));

describe("graph-node restarts", () => {
  it("answers the same after a restart, and leaves no Postgres behind when stopped", async () => {
    const snapshot = `{ _meta { block { number } } listings(first: 100, orderBy: id) { id price stock status metadataVersion
        latestMetadata { name valid } }
      orders(first: 100, orderBy: id) { id status escrow refunded } accounts(first: 100, orderBy: id) { id ratingCount salesCount } }`;
    type Snapshot = { _meta: { block: { number: number } } } & Record<string, unknown>;
    const before = await gql<Snapshot>(snapshot);
    await indexerStack!.stop();
    indexerStack = undefined;
    expect(postgresProcesses()).toEqual([]);
    indexerStack = await startStack([postgresService(), graphNodeService()], ctx);
    // graph-node may answer from its last persisted block before it has caught up again.
    await waitForIndex();
    const after = await gql<Snapshot>(snapshot);
    const { _meta: metaBefore, ...restBefore } = before;
    const { _meta: metaAfter, ...restAfter } = after;
    expect(metaAfter.block.number).toBeGreaterThanOrEqual(metaBefore.block.number);
    expect(restAfter).toEqual(restBefore);
  }, 120_000);
});
