import { describe, expect, it } from "vitest";
import {
  arbiter,
  buyer,
  completedOrder,
  DAY,
  disputedOrder,
  orderEvent,
  paidOrder,
  PLACED,
  seller,
  shippedOrder,
  stranger,
  trackingCid,
} from "./orderFixtures";
import { buildTimeline, roleOf } from "./timeline";

const view = (order: Parameters<typeof buildTimeline>[0]) =>
  buildTimeline(order).map(({ kind, role, amount, cid, full, remaining, rating, ruling }) => ({
    kind,
    role,
    amount,
    cid,
    ...(full !== undefined ? { full, remaining } : {}),
    ...(rating !== undefined ? { rating } : {}),
    ...(ruling ? { ruling } : {}),
  }));

describe("buildTimeline", () => {
  it("reads placed, coupon and shipped entries in log order, with who acted and the amounts", () => {
    const entries = buildTimeline(shippedOrder());
    // The coupon is logged before the order in the same block: log order, not event type, decides.
    expect(entries.map((entry) => entry.kind)).toEqual(["coupon", "placed", "shipped"]);
    expect(view(shippedOrder())).toEqual([
      { kind: "coupon", role: "buyer", amount: 5_000_000n, cid: null },
      { kind: "placed", role: "buyer", amount: 20_000_000n, cid: "bafkreishipping" },
      { kind: "shipped", role: "seller", amount: null, cid: trackingCid },
    ]);
    expect(entries[2]!.timestamp).toBe(PLACED + DAY);
  });

  it("sorts by logOrder as a big number, whatever order the answer came in", () => {
    const late = orderEvent("Confirmed", PLACED + 2 * DAY, { actor: buyer, amount: "19500000", block: 9_000_000_000 });
    const early = orderEvent("Shipped", PLACED + DAY, { actor: seller, cid: trackingCid, block: 8_999_999_999 });
    const order = paidOrder({ events: [late, early, ...paidOrder().events] });
    expect(buildTimeline(order).map((entry) => entry.kind)).toEqual(["coupon", "placed", "shipped", "confirmed"]);
  });

  it("tells a partial refund from the one that empties the escrow", () => {
    const base = shippedOrder();
    const order = shippedOrder({
      status: "Refunded",
      events: [
        ...base.events,
        orderEvent("Refunded", PLACED + 2 * DAY, { actor: seller, amount: "5000000", block: 300 }),
        orderEvent("Refunded", PLACED + 3 * DAY, { actor: seller, amount: "15000000", block: 400 }),
      ],
    });
    const refunds = view(order).filter((entry) => entry.kind === "refunded");
    expect(refunds).toEqual([
      { kind: "refunded", role: "seller", amount: 5_000_000n, cid: null, full: false, remaining: 15_000_000n },
      { kind: "refunded", role: "seller", amount: 15_000_000n, cid: null, full: true, remaining: 0n },
    ]);
  });

  it("reads a dispute: opened, evidence from each side, the ruling's split", () => {
    const base = disputedOrder();
    const order = disputedOrder({
      status: "Completed",
      outcome: "Ruled",
      events: [
        ...base.events,
        orderEvent("EvidenceSubmitted", PLACED + 5 * DAY, { actor: buyer, cid: "bafymore", block: 500 }),
        orderEvent("DisputeRuled", PLACED + 6 * DAY, {
          actor: arbiter,
          amount: "11880000",
          cid: "bafyruling",
          block: 600,
        }),
      ],
      dispute: {
        ...base.dispute!,
        status: "Ruled",
        ruling: {
          buyerShareBps: 6000,
          buyerAmount: "11880000",
          sellerAmount: "7722000",
          platformFee: "198000",
          arbiterFee: "200000",
          rulingCid: "bafyruling",
          timestamp: String(PLACED + 6 * DAY),
        },
      },
    });
    expect(view(order).slice(3)).toEqual([
      { kind: "disputed", role: "buyer", amount: null, cid: "bafyreason" },
      { kind: "evidence", role: "seller", amount: null, cid: "bafyanswer" },
      { kind: "evidence", role: "buyer", amount: null, cid: "bafymore" },
      {
        kind: "ruled",
        role: "arbiter",
        amount: 11_880_000n,
        cid: "bafyruling",
        ruling: { buyerShareBps: 6000, buyerAmount: 11_880_000n, sellerAmount: 7_722_000n, arbiterFee: 200_000n },
      },
    ]);
  });

  it("reads release by a stranger, cancellation, an expired dispute, the review and the reply; leaves messages to the thread", () => {
    const base = completedOrder();
    const reviewed = completedOrder({
      status: "Replied",
      events: [
        ...base.events,
        orderEvent("MessagePosted", PLACED + 2 * DAY, { actor: buyer, cid: "bafymessage", block: 260 }),
        orderEvent("Reviewed", PLACED + 3 * DAY, { actor: buyer, cid: "bafyreview", block: 300 }),
        orderEvent("ReviewReplied", PLACED + 4 * DAY, { actor: seller, cid: "bafyreply", block: 400 }),
      ],
      review: {
        rating: 4,
        reviewCid: "bafyreview",
        timestamp: String(PLACED + 3 * DAY),
        content: { cid: "bafyreview", valid: true, title: "Lovely", body: "", images: [], imageAlts: [] },
        reply: null,
      },
    });
    expect(view(reviewed).map((entry) => entry.kind)).toEqual([
      "coupon",
      "placed",
      "shipped",
      "confirmed",
      "reviewed",
      "replied",
    ]);
    expect(view(reviewed)[4]).toMatchObject({ kind: "reviewed", rating: 4, cid: "bafyreview" });

    const released = shippedOrder({
      events: [
        ...shippedOrder().events,
        orderEvent("Released", PLACED + 9 * DAY, { actor: stranger, amount: "19500000", block: 900 }),
      ],
    });
    expect(view(released).at(-1)).toEqual({ kind: "released", role: "other", amount: 19_500_000n, cid: null });

    const cancelled = paidOrder({
      events: [...paidOrder().events, orderEvent("Cancelled", PLACED + 4 * DAY, { actor: buyer, amount: "20000000" })],
    });
    expect(view(cancelled).at(-1)).toEqual({ kind: "cancelled", role: "buyer", amount: 20_000_000n, cid: null });

    const expired = disputedOrder({
      events: [
        ...disputedOrder().events,
        orderEvent("DisputeExpired", PLACED + 18 * DAY, { actor: buyer, amount: "20000000", block: 1800 }),
      ],
    });
    expect(view(expired).at(-1)).toEqual({ kind: "expired", role: "buyer", amount: 20_000_000n, cid: null });
  });
});

describe("roleOf", () => {
  it("names the buyer, seller, arbiter or someone else, ignoring case", () => {
    const order = paidOrder();
    expect(roleOf(order, buyer.toUpperCase().replace("0X", "0x"))).toBe("buyer");
    expect(roleOf(order, seller)).toBe("seller");
    expect(roleOf(order, arbiter)).toBe("arbiter");
    expect(roleOf(order, stranger)).toBe("other");
    expect(roleOf(order, null)).toBeNull();
  });
});
