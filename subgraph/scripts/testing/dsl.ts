// A small language for gnd test cases: named accounts, packed ids, CIDs and events checked
// against the ABI. `npm run generate:tests` turns tests/cases/*.ts into tests/*.json.
import { CID } from "multiformats/cid";
import { sha256 } from "multiformats/hashes/sha2";
import { eventInputs, eventSignature } from "./abi.js";

/** The Marketplace address the test manifest is rendered with. */
export const MARKETPLACE = "0x00000000000000000000000000000000000a6012";
/** The test network's start block; gnd test skips the start block itself, so cases begin after it. */
export const START_BLOCK = 1;
export const testNetworks = { "agora-test": { Marketplace: { address: MARKETPLACE, startBlock: START_BLOCK } } };

export const ETH = "0x0000000000000000000000000000000000000000";
export const USDC = "0x00000000000000000000000000000000000a5dc0";
export const OWNER = "0x0000000000000000000000000000000000000a01";
export const TREASURY = "0x0000000000000000000000000000000000000a02";
export const ARBITER = "0x00000000000000000000000000000000000a4b17";
export const SELLER = "0x5e11e40000000000000000000000000000000001";
export const SELLER2 = "0x5e11e40000000000000000000000000000000002";
export const BUYER = "0xb0e1e40000000000000000000000000000000001";
export const KEEPER = "0x6eef000000000000000000000000000000000001";
/** A token whose symbol(), name() and decimals() all revert. */
export const MUTE_TOKEN = "0x000000000000000000000000000000000000e0e0";

/** What the tokens of the tests answer to symbol(), name() and decimals(); null: the calls revert. */
const TOKEN_METADATA: Record<string, { symbol: string; name: string; decimals: number } | null> = {
  [USDC]: { symbol: "USDC", name: "USD Coin", decimals: 6 },
  [MUTE_TOKEN]: null,
};

/** A day boundary: 2023-11-14T00:00:00Z. */
export const DAY0 = 1_699_920_000;
export const DAY = 86_400;

/** listingId = seller << 96 | listingNumber << 48 (contracts/src/lib/Ids.sol). */
export function listingId(seller: string, listingNumber: number): bigint {
  return (BigInt(seller) << 96n) | (BigInt(listingNumber) << 48n);
}

/** orderId = listingId | orderNumber. */
export function orderId(listing: bigint, orderNumber: number): bigint {
  return listing | BigInt(orderNumber);
}

/** A uint256 as the 32-byte hex entity id. */
export function hexId(value: bigint): string {
  return `0x${value.toString(16).padStart(64, "0")}`;
}

/** Lower-case hex of bytes. */
export function hex(bytes: Uint8Array): string {
  return `0x${Buffer.from(bytes).toString("hex")}`;
}

/** Entity id of a day: the day number as 4 big-endian bytes (graph-ts Bytes.fromI32 is little-endian). */
export function dayIdBytes(timestamp: number): string {
  const day = Math.floor(timestamp / DAY);
  const bytes = Buffer.alloc(4);
  bytes.writeInt32LE(day);
  return hex(bytes);
}

/** `prefix ++ day` id (graph-ts `concatI32`, little-endian). */
export function dayId(prefix: string, timestamp: number): string {
  return `${prefix}${dayIdBytes(timestamp).slice(2)}`;
}

export interface Cid {
  /** Raw CID bytes as emitted by the contract. */
  bytes: string;
  /** Text form (base58btc CIDv0 / base32 CIDv1). */
  text: string;
}

/** A CIDv1 (dag-pb, as a UnixFS directory) or CIDv0 for `seed`. */
export async function cid(seed: string, version: 0 | 1 = 1): Promise<Cid> {
  const digest = await sha256.digest(new TextEncoder().encode(seed));
  const value = version === 0 ? CID.createV0(digest) : CID.createV1(0x70, digest);
  return { bytes: hex(value.bytes), text: value.toString() };
}

/** A CIDv1 with the raw codec (0x55), e.g. a bare file. */
export async function rawCid(seed: string): Promise<Cid> {
  const digest = await sha256.digest(new TextEncoder().encode(seed));
  const value = CID.createV1(0x55, digest);
  return { bytes: hex(value.bytes), text: value.toString() };
}

type Param = string | number | boolean | bigint;

export interface TestEvent {
  address: string;
  event: string;
  params: Record<string, string | number | boolean>;
  txHash?: string;
}

/** An event of the Marketplace; every ABI input must be given, and no other. */
export function ev(name: string, params: Record<string, Param>, txHash?: string): TestEvent {
  const inputs = eventInputs(name).map((input) => input.name);
  const missing = inputs.filter((input) => !(input in params));
  const extra = Object.keys(params).filter((key) => !inputs.includes(key));
  if (missing.length || extra.length) {
    throw new Error(`${name}: missing ${missing.join(", ") || "-"}; unknown ${extra.join(", ") || "-"}`);
  }
  const encoded: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params))
    encoded[key] = typeof value === "bigint" ? value.toString() : value;
  return { address: MARKETPLACE, event: eventSignature(name), params: encoded, ...(txHash ? { txHash } : {}) };
}

export interface EthCall {
  address: string;
  function: string;
  params: string[];
  returns: string[];
  reverts?: boolean;
}

export interface TestBlock {
  number: number;
  timestamp: number;
  events: TestEvent[];
  ethCalls?: EthCall[];
}

/** The mocked symbol(), name() and decimals() calls the TokenAllowed handler makes in a block. */
function tokenCalls(events: TestEvent[]): EthCall[] {
  const calls: EthCall[] = [];
  for (const event of events) {
    if (!event.event.startsWith("TokenAllowed(")) continue;
    const token = String(event.params.token).toLowerCase();
    if (!(token in TOKEN_METADATA)) throw new Error(`TokenAllowed of ${token}: add it to TOKEN_METADATA`);
    const metadata = TOKEN_METADATA[token];
    const call = (fn: string, value: string | number): EthCall => ({
      address: token,
      function: fn,
      params: [],
      returns: metadata ? [String(value)] : [],
      ...(metadata ? {} : { reverts: true }),
    });
    calls.push(
      call("symbol()(string)", metadata?.symbol ?? ""),
      call("name()(string)", metadata?.name ?? ""),
      call("decimals()(uint8)", metadata?.decimals ?? 0),
    );
  }
  return calls;
}

export interface TestCase {
  name: string;
  files?: { cid: string; content: string }[];
  blocks: TestBlock[];
  assertions: { query: string; expected: unknown }[];
}

/**
 * Blocks numbered from START_BLOCK + 1, between two empty blocks: one at the start block (gnd test
 * does not process the start block's events) and one after the last (graph-node writes the
 * entities of a fetched file only when it processes the next block).
 */
export function blocks(...list: { timestamp: number; events: TestEvent[] }[]): TestBlock[] {
  const last = list.at(-1)?.timestamp ?? DAY0;
  return [
    { number: START_BLOCK, timestamp: DAY0 - 60, events: [] },
    ...list.map((block, i) => {
      const ethCalls = tokenCalls(block.events);
      return {
        number: START_BLOCK + 1 + i,
        timestamp: block.timestamp,
        events: block.events,
        ...(ethCalls.length ? { ethCalls } : {}),
      };
    }),
    { number: START_BLOCK + 1 + list.length, timestamp: last + 12, events: [] },
  ];
}

/** An assertion; the query is written without line breaks. */
export function expect(query: string, expected: unknown): { query: string; expected: unknown } {
  return { query: query.replace(/\s+/g, " ").trim(), expected };
}

/** A transaction hash from a short label (lets several events share one transaction). */
export function tx(label: string): string {
  return `0x${Buffer.from(label).toString("hex").padEnd(64, "0").slice(0, 64)}`;
}

// ------------------------------------------------------------ common events

export interface ListingArgs {
  seller?: string;
  number: number;
  token?: string;
  price: bigint | number;
  stock: number;
  shippingWindow?: number;
  metadata: Cid | string;
}

export function listingCreated(args: ListingArgs): TestEvent {
  const seller = args.seller ?? SELLER;
  return ev("ListingCreated", {
    listingId: listingId(seller, args.number),
    seller,
    token: args.token ?? ETH,
    price: BigInt(args.price),
    stock: args.stock,
    arbiter: ARBITER,
    shippingWindow: args.shippingWindow ?? 3 * DAY,
    metadataCid: typeof args.metadata === "string" ? args.metadata : args.metadata.bytes,
  });
}

export interface OrderArgs {
  seller?: string;
  buyer?: string;
  listingNumber: number;
  orderNumber: number;
  token?: string;
  quantity: number;
  amount: bigint | number;
  feeBps?: number;
  arbiterFeeBps?: number;
  shipDeadline: number;
  shippingCid?: string;
}

export function orderPlaced(args: OrderArgs, txHash?: string): TestEvent {
  const seller = args.seller ?? SELLER;
  const listing = listingId(seller, args.listingNumber);
  return ev(
    "OrderPlaced",
    {
      orderId: orderId(listing, args.orderNumber),
      seller,
      buyer: args.buyer ?? BUYER,
      listingId: listing,
      token: args.token ?? ETH,
      quantity: args.quantity,
      amount: BigInt(args.amount),
      feeBps: args.feeBps ?? 250,
      arbiter: ARBITER,
      arbiterFeeBps: args.arbiterFeeBps ?? 100,
      shipDeadline: args.shipDeadline,
      shippingCid: args.shippingCid ?? "0x",
    },
    txHash,
  );
}

/** The admin events a deployment emits (constructor + owner setup): windows, fee, ETH/USDC, arbiter. */
export function deployment(): TestEvent[] {
  return [
    ev("OwnershipTransferred", { previousOwner: ETH, newOwner: OWNER }),
    ev("WindowsSet", { confirmationWindow: 7 * DAY, rulingWindow: 14 * DAY }),
    ev("TreasuryUpdated", { treasury: TREASURY }),
    ev("PlatformFeeUpdated", { feeBps: 250 }),
    ev("TokenAllowed", { token: USDC, tokenId: 1 }),
    ev("ArbiterApproved", { arbiter: ARBITER, arbiterId: 1, feeBps: 100 }),
  ];
}

/** The order id of SELLER's listing `listingNumber`, order `orderNumber`, as the entity id. */
export function orderHex(listingNumber: number, orderNumber: number, seller = SELLER): string {
  return hexId(orderId(listingId(seller, listingNumber), orderNumber));
}

export function listingHex(listingNumber: number, seller = SELLER): string {
  return hexId(listingId(seller, listingNumber));
}

/** A valid `metadata.json` (schema agora/listing@1). */
export function listingDocument(name: string, description: string, category = "home"): Record<string, unknown> {
  return {
    schema: "agora/listing@1",
    name,
    description,
    category,
    condition: "new",
    kind: "physical",
    images: [
      { path: "photo-1.jpg", alt: `${name}, front` },
      { path: "img/photo-2.webp", alt: `${name}, back` },
    ],
    attributes: [],
    variants: [],
    shipping: { regions: ["EU"], handlingDays: 2 },
  };
}

/** A mock IPFS file at `<cid>/<path>` (`path` "" for the CID itself); a document object is JSON-encoded. */
export function ipfsFile(
  at: Cid,
  path: string,
  document: Record<string, unknown> | string,
): { cid: string; content: string } {
  return {
    cid: path ? `${at.text}/${path}` : at.text,
    content: typeof document === "string" ? document : JSON.stringify(document),
  };
}

/** A valid `profile.json` (schema agora/profile@1); the key is 32 bytes of `seed` in base64. */
export function profileDocument(name: string, seed = 1, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schema: "agora/profile@1",
    name,
    encryptionPublicKey: Buffer.alloc(32, seed).toString("base64"),
    ...extra,
  };
}

/** A valid `review.json` (schema agora/review@1). */
export function reviewDocument(orderIdValue: bigint, listing: Cid, rating: number, title: string, body: string) {
  return {
    schema: "agora/review@1",
    orderId: orderIdValue.toString(),
    listing: listing.text,
    rating,
    title,
    body,
    images: [],
  };
}

/** A mock IPFS file at `<cid>/metadata.json` (a document object is JSON-encoded; a string is used as is). */
export function metadataFile(at: Cid, document: Record<string, unknown> | string): { cid: string; content: string } {
  return {
    cid: `${at.text}/metadata.json`,
    content: typeof document === "string" ? document : JSON.stringify(document),
  };
}

/** A deployed marketplace with SELLER's listing 1: `price` wei each, `stock` units, ETH, 3-day shipping. */
export async function shop(
  price = 1000,
  stock = 5,
): Promise<{ files: { cid: string; content: string }[]; events: TestEvent[] }> {
  const lamp = await cid("lamp");
  return {
    files: [metadataFile(lamp, listingDocument("Lamp", "A brass lamp"))],
    events: [...deployment(), listingCreated({ number: 1, price, stock, metadata: lamp })],
  };
}

/** The Order terms' event parameters shared by every order event of SELLER's listing `n`, order `k`. */
export function orderRef(listingNumber: number, orderNumber: number, seller = SELLER, buyer = BUYER) {
  return { orderId: orderId(listingId(seller, listingNumber), orderNumber), seller, buyer };
}

/** Platform fee at 250 bps, as the contract computes it (rounded down). */
export function fee(amount: number, bps = 250): number {
  return Math.floor((amount * bps) / 10_000);
}
