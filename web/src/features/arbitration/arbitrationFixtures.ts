// Test data: the `Arbitration` page query's answers (the generated types' shapes), built from the
// orders feature's disputed order, for this feature's tests.
import type { ArbitrationQuery } from "../../lib/indexer/generated/graphql";
import { arbiter, DAY, disputedOrder, PLACED } from "../orders/orderFixtures";
import type { Arbiter, ArbiterCase } from "./hooks/useArbitration";

export { arbiter };
export const RULING_DEADLINE = PLACED + 17 * DAY;

/** The arbiter record: approved at 1%, one open dispute, with a published key. */
export function arbiterRecord(overrides: Partial<Arbiter> = {}): Arbiter {
  return {
    id: arbiter,
    approved: true,
    feeBps: 100,
    disputeCount: 3,
    rulingCount: 1,
    expiredCount: 1,
    account: {
      profile: [{ name: "Fair Arbitration", encryptionPublicKey: "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=" }],
    },
    ...overrides,
  };
}

/**
 * The disputed order of the orders' fixtures as the arbiter's query has it: 20 USDC in escrow, the
 * buyer's statement and the seller's answer, the ruling due 17 days after purchase.
 */
export function openCase(
  overrides: Partial<ArbiterCase> = {},
  orderOverrides: Partial<ArbiterCase["order"]> = {},
): ArbiterCase {
  const order = disputedOrder();
  const dispute = order.dispute!;
  return {
    id: order.id,
    status: "Open",
    reasonCid: dispute.reasonCid,
    openedAt: dispute.openedAt,
    rulingDeadline: String(RULING_DEADLINE),
    closedAt: null,
    expiredRefund: null,
    evidenceCount: dispute.evidence.length,
    evidence: dispute.evidence,
    ruling: null,
    order: {
      id: order.id,
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      status: order.status,
      outcome: null,
      quantity: order.quantity,
      amount: order.amount,
      escrow: order.escrow,
      refunded: order.refunded,
      feeBps: order.feeBps,
      arbiterFeeBps: order.arbiterFeeBps,
      shipDeadline: order.shipDeadline,
      placedAt: order.placedAt,
      shippedAt: order.shippedAt,
      metadataVersion: order.metadataVersion,
      token: order.token,
      buyer: { id: order.buyer.id, profile: [] },
      seller: order.seller,
      arbiter: { id: arbiter, account: { profile: [{ name: "Fair Arbitration", encryptionPublicKey: null }] } },
      events: order.events,
      metadata: order.metadata,
      listing: { id: order.listing.id, current: order.listing.current },
      ...orderOverrides,
    },
    ...overrides,
  };
}

/** Ruled 70% to the buyer (1% arbiter fee, 2.5% platform fee on the seller's share). */
export function ruledCase(): ArbiterCase {
  const open = openCase();
  return openCase(
    {
      status: "Ruled",
      closedAt: String(PLACED + 6 * DAY),
      ruling: {
        buyerShareBps: 7_000,
        buyerAmount: "13860000",
        sellerAmount: "5791500",
        platformFee: "148500",
        arbiterFee: "200000",
        rulingCid: "bafkreiruling",
        timestamp: String(PLACED + 6 * DAY),
      },
    },
    { status: "Completed", outcome: "Ruled", escrow: "0", events: open.order.events },
  );
}

/** The query's answer: `arbiter` null when the account is not one. */
export function arbitrationAnswer(
  record: Arbiter | null,
  cases: ArbiterCase[],
  blockTimestamp: number | null = null,
): ArbitrationQuery {
  return { _meta: { block: { timestamp: blockTimestamp } }, arbiter: record, disputes: cases };
}
