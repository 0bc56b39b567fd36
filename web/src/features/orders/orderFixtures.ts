// Test data: orders as the subgraph answers the `Order` and `Orders` page queries (the generated
// types' shapes), for this feature's tests.
import type { OrderQuery, OrdersQuery } from "../../lib/indexer/generated/graphql";
import { testSeller, usdc } from "../../test/fixtures";
import type { OrderPage } from "./hooks/useOrder";

export const buyer = "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266";
export const seller = testSeller;
export const arbiter = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
export const stranger = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
/** Listing 12 of the seller, its 3rd order. */
export const orderHex = "0x70997970c51812dc3a010c7d01b50e0d17dc79c800000000000c000000000003";
export const orderDecimal = "50930204793815341472647614845042490728161331526673935029629300218184196947971";
export const listingHex = "0x70997970c51812dc3a010c7d01b50e0d17dc79c800000000000c000000000000";
export const listingCid = "bafybeigjr2c7esiaf4bqndrkmhq2dx24bwydlvwn6qoqb73ak3wwgbqji4";
export const trackingCid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

/** 1 Nov 2023 00:00 UTC, and the order's deadlines from it. */
export const PLACED = 1_698_796_800;
export const DAY = 86_400;

const metadata = {
  id: `${listingHex}-1`,
  version: 1,
  cid: listingCid,
  name: "Walnut desk lamp",
  category: "home",
  condition: "new",
  kind: "physical",
  coverImage: "photo-1.jpg",
  images: ["photo-1.jpg"],
  imageAlts: ["Walnut desk lamp, lit"],
};

let eventIndex = 0;
/** An OrderEvent as indexed: logOrder = block * 2^20 + log index. */
export function orderEvent(
  type: OrderPage["events"][number]["type"],
  timestamp: number,
  fields: { actor?: string | null; amount?: string | null; cid?: string | null; block?: number } = {},
): OrderPage["events"][number] {
  eventIndex += 1;
  const block = BigInt(fields.block ?? 100 + eventIndex);
  return {
    id: `0x${eventIndex.toString(16).padStart(72, "a")}`,
    type,
    actor: fields.actor ?? null,
    amount: fields.amount ?? null,
    cid: fields.cid ?? null,
    timestamp: String(timestamp),
    logOrder: String(block * 2n ** 20n + 1n),
  };
}

/** A paid, unshipped order: 2 × 12.5 USDC with a 5 USDC coupon, 20 USDC in escrow, ships within 3 days. */
export function paidOrder(overrides: Partial<OrderPage> = {}): OrderPage {
  return {
    id: orderHex,
    orderId: orderDecimal,
    orderNumber: "3",
    status: "Paid",
    outcome: null,
    quantity: "2",
    unitPrice: "12500000",
    discount: "5000000",
    amount: "20000000",
    escrow: "20000000",
    refunded: "0",
    sellerAmount: "0",
    platformFee: "0",
    feeBps: 250,
    arbiterFeeBps: 100,
    shipDeadline: String(PLACED + 3 * DAY),
    confirmDeadline: null,
    shippingCid: "bafkreishipping",
    trackingCid: null,
    placedAt: String(PLACED),
    shippedAt: null,
    closedAt: null,
    closedBy: null,
    metadataCid: listingCid,
    metadataVersion: 1,
    token: usdc,
    buyer: { id: buyer },
    seller: {
      id: seller,
      profile: [
        {
          id: `${seller}-1`,
          version: 1,
          cid: "bafyprofile",
          name: "Lin's Workshop",
          avatar: null,
          encryptionPublicKey: "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=",
        },
      ],
    },
    arbiter: { id: arbiter, account: { profile: [{ name: "Fair Arbitration", encryptionPublicKey: null }] } },
    listing: { id: listingHex, listingNumber: "12", current: [{ ...metadata, name: "Walnut desk lamp (2024)" }] },
    metadata: { ...metadata, valid: true },
    coupon: { discount: "5000000", timestamp: String(PLACED) },
    events: [
      orderEvent("CouponRedeemed", PLACED, { actor: buyer, amount: "5000000", block: 100 }),
      orderEvent("Placed", PLACED, { actor: buyer, amount: "20000000", cid: "bafkreishipping", block: 100 }),
    ],
    messages: [],
    dispute: null,
    review: null,
    ...overrides,
  };
}

/** Shipped a day after purchase; the buyer has 7 days to confirm or dispute. */
export function shippedOrder(overrides: Partial<OrderPage> = {}): OrderPage {
  const base = paidOrder();
  return paidOrder({
    status: "Shipped",
    shippedAt: String(PLACED + DAY),
    confirmDeadline: String(PLACED + 8 * DAY),
    trackingCid,
    events: [...base.events, orderEvent("Shipped", PLACED + DAY, { actor: seller, cid: trackingCid, block: 200 })],
    ...overrides,
  });
}

/** Disputed two days after shipping; the arbiter has 14 days to rule. */
export function disputedOrder(overrides: Partial<OrderPage> = {}): OrderPage {
  const base = shippedOrder();
  return shippedOrder({
    status: "Disputed",
    events: [
      ...base.events,
      orderEvent("DisputeOpened", PLACED + 3 * DAY, { actor: buyer, cid: "bafyreason", block: 300 }),
      orderEvent("EvidenceSubmitted", PLACED + 4 * DAY, { actor: seller, cid: "bafyanswer", block: 400 }),
    ],
    dispute: {
      status: "Open",
      reasonCid: "bafyreason",
      openedAt: String(PLACED + 3 * DAY),
      rulingDeadline: String(PLACED + 17 * DAY),
      closedAt: null,
      expiredRefund: null,
      evidence: [
        {
          id: "0xe1",
          submitter: seller,
          submitterRole: "Seller",
          evidenceCid: "bafyanswer",
          timestamp: String(PLACED + 4 * DAY),
          logOrder: String(400n * 2n ** 20n + 1n),
        },
      ],
      ruling: null,
    },
    ...overrides,
  });
}

/** Confirmed by the buyer: the seller got 19.5 USDC after the 2.5% fee. */
export function completedOrder(overrides: Partial<OrderPage> = {}): OrderPage {
  const base = shippedOrder();
  return shippedOrder({
    status: "Completed",
    outcome: "Confirmed",
    escrow: "0",
    sellerAmount: "19500000",
    platformFee: "500000",
    closedAt: String(PLACED + 2 * DAY),
    closedBy: buyer,
    events: [
      ...base.events,
      orderEvent("Confirmed", PLACED + 2 * DAY, { actor: buyer, amount: "19500000", block: 250 }),
    ],
    ...overrides,
  });
}

export const windows = { confirmationWindow: "604800", rulingWindow: "1209600" };

/** The `Order` query's answer for `order` (null: not found). */
export function orderAnswer(order: OrderPage | null, blockTimestamp: number | null = null): OrderQuery {
  return {
    _meta: { block: { timestamp: blockTimestamp } },
    marketplaces: [windows],
    order,
  };
}

/** A row of the `Orders` query (the buyer's list) from an order page's fields. */
export function orderRow(order: OrderPage): OrdersQuery["orders"][number] {
  return {
    id: order.id,
    orderId: order.orderId,
    orderNumber: order.orderNumber,
    status: order.status,
    outcome: order.outcome,
    quantity: order.quantity,
    amount: order.amount,
    escrow: order.escrow,
    placedAt: order.placedAt,
    shipDeadline: order.shipDeadline,
    confirmDeadline: order.confirmDeadline,
    messageCount: order.messages.length,
    metadataVersion: order.metadataVersion,
    dispute: order.dispute ? { rulingDeadline: order.dispute.rulingDeadline } : null,
    token: order.token,
    seller: { id: order.seller.id },
    buyer: order.buyer,
    listing: order.listing,
    metadata: order.metadata,
  };
}
