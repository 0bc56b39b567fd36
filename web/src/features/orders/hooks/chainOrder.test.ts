import type { ListingMetadata } from "@agora/content";
import { CID } from "multiformats/cid";
import { bytesToHex, toHex } from "viem";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chainClient } from "../../../lib/chain/chainReads";
import { serveJsonRpc } from "../../../test/fakeChain";
import { fakeMarketChain } from "../../../test/fakeMarketChain";
import { buildTimeline } from "../timeline";
import { readOrderFromChain } from "./chainOrder";

const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const buyer = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
const arbiter = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
const usdc = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
const listingId = (BigInt(seller) << 96n) | (7n << 48n);
const orderId = listingId | 2n;
const bought = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
const edited = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
const tracking = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";
const cidHex = (cid: string) => bytesToHex(CID.parse(cid).bytes);
const time = (block: bigint) => 1_700_000_000n + 2n * block;

const document = (name: string): ListingMetadata => ({
  schema: "agora/listing@1",
  name,
  description: "",
  category: "home",
  condition: "new",
  images: [{ path: "cover.jpg", alt: `${name}, cover` }],
  attributes: [],
  variants: [],
  kind: "physical",
  shipping: { regions: ["GB"], handlingDays: 1 },
});

/** Listing created at 10 for 5 USDC, repriced to 4 at 20, bought twice (2 units, 1 USDC off) at 30, shipped, partly refunded, edited. */
function market(status: number) {
  const chain = fakeMarketChain({
    head: 15_000n,
    timeOf: time,
    views: {
      orderStatus: ([id]) => {
        expect(id).toBe(orderId);
        return [status, status === 2 ? time(40n) : 0n];
      },
      confirmationWindow: () => 604_800,
      rulingWindow: () => 1_209_600,
    },
    tokens: { [usdc]: { symbol: "USDC", decimals: 6 } },
  });
  const common = { seller, buyer };
  chain.emit(
    "ListingCreated",
    {
      listingId,
      seller,
      token: usdc,
      price: 5_000_000n,
      stock: 9,
      arbiter,
      shippingWindow: 86_400,
      metadataCid: cidHex(bought),
    },
    10n,
  );
  chain.emit("ListingUpdated", { listingId, seller, price: 4_000_000n, stock: 9 }, 20n);
  chain.emit(
    "OrderPlaced",
    {
      ...common,
      orderId: orderId - 1n,
      listingId,
      token: usdc,
      quantity: 1,
      amount: 4_000_000n,
      feeBps: 200,
      arbiter,
      arbiterFeeBps: 300,
      shipDeadline: time(25n) + 86_400n,
      shippingCid: "0x",
    },
    25n,
  );
  chain.emit(
    "OrderPlaced",
    {
      ...common,
      orderId,
      listingId,
      token: usdc,
      quantity: 2,
      amount: 7_000_000n,
      feeBps: 200,
      arbiter,
      arbiterFeeBps: 300,
      shipDeadline: time(30n) + 86_400n,
      shippingCid: "0x",
    },
    30n,
  );
  chain.emit(
    "CouponRedeemed",
    { couponHash: `0x${"11".repeat(32)}`, orderId, seller, discount: 1_000_000n, redemptions: 1 },
    30n,
  );
  chain.emit(
    "OrderShipped",
    { ...common, orderId, confirmDeadline: time(40n) + 604_800n, trackingCid: cidHex(tracking) },
    40n,
  );
  chain.emit("OrderRefunded", { ...common, orderId, refund: 2_000_000n, remaining: 5_000_000n }, 12_345n);
  chain.emit("ListingMetadataUpdated", { listingId, seller, metadataCid: cidHex(edited) }, 12_400n);
  return chain;
}

const read = (status: number) => {
  serveJsonRpc(market(status));
  return readOrderFromChain({
    client: chainClient("http://127.0.0.1:8545"),
    chainId: 31337,
    id: toHex(orderId, { size: 32 }),
    readProfile: async () => ({ ok: false as const, issues: ["not in this test"] }),
    readDocument: async (cid) => ({
      ok: true as const,
      document: document(cid === bought ? "Lamp as bought" : "Lamp, edited"),
      files: [],
    }),
  });
};

afterEach(() => vi.unstubAllGlobals());

describe("readOrderFromChain", () => {
  it("rebuilds the order's terms, money and timeline from its logs, and what was bought at purchase from IPFS", async () => {
    const { read: page, chainTime } = await read(2);
    expect(chainTime).toBe(time(15_000n));
    expect(page?.windows).toEqual({ confirmationWindow: 604_800, rulingWindow: 1_209_600 });
    const order = page!.order;
    expect(order).toMatchObject({
      id: toHex(orderId, { size: 32 }),
      orderId: orderId.toString(),
      orderNumber: "2",
      status: "Shipped",
      outcome: null,
      quantity: "2",
      // The price at purchase (after the reprice), not the amount paid divided by the units.
      unitPrice: "4000000",
      discount: "1000000",
      amount: "7000000",
      escrow: "5000000",
      refunded: "2000000",
      feeBps: 200,
      arbiterFeeBps: 300,
      shipDeadline: String(time(30n) + 86_400n),
      confirmDeadline: String(time(40n) + 604_800n),
      trackingCid: tracking,
      shippingCid: null,
      placedAt: String(time(30n)),
      shippedAt: String(time(40n)),
      token: { id: usdc, symbol: "USDC", decimals: 6, native: false },
      buyer: { id: buyer },
      seller: { id: seller },
      arbiter: { id: arbiter },
      coupon: { discount: "1000000", timestamp: String(time(30n)) },
      metadataCid: bought,
      metadataVersion: 1,
      listing: { listingNumber: "7", id: toHex(listingId, { size: 32 }) },
    });
    expect(order.metadata).toMatchObject({ name: "Lamp as bought", cid: bought, coverImage: "cover.jpg", valid: true });
    expect(order.listing.current[0]).toMatchObject({ name: "Lamp, edited", version: 2 });
    // The page's own timeline builder reads the events as the subgraph's.
    const timeline = buildTimeline(order);
    expect(timeline.map((entry) => [entry.kind, entry.role, entry.amount])).toEqual([
      ["placed", "buyer", 7_000_000n],
      ["coupon", "buyer", 1_000_000n],
      ["shipped", "seller", null],
      ["refunded", "seller", 2_000_000n],
    ]);
    expect(timeline[3]).toMatchObject({ full: false, remaining: 5_000_000n });
    expect(timeline[2]!.cid).toBe(tracking);
  });

  it("answers null for an order the contract does not know", async () => {
    await expect(read(0).then((result) => result.read)).resolves.toBeNull();
  });
});
