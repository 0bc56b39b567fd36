// An order's timeline from its indexed events (OrderEvent, in log order), each entry with what
// happened, when, who did it and the amounts involved. Messages are left to the order's thread.
import type { OrderPage } from "./hooks/useOrder";

export type TimelineKind =
  | "placed"
  | "coupon"
  | "shipped"
  | "confirmed"
  | "released"
  | "refunded"
  | "cancelled"
  | "disputed"
  | "evidence"
  | "ruled"
  | "expired"
  | "reviewed"
  | "replied";

export type ActorRole = "buyer" | "seller" | "arbiter" | "other";

export interface TimelineEntry {
  id: string;
  kind: TimelineKind;
  /** Unix seconds. */
  timestamp: number;
  actor: string | null;
  role: ActorRole | null;
  /** Paid, discount, refund, payout to the seller, or the buyer's share of a ruling. */
  amount: bigint | null;
  /** The content attached (shipping address, tracking or delivery, statement, evidence, ruling, review, reply). */
  cid: string | null;
  /** Refunds: the refund returned everything left in escrow and ended the order. */
  full?: boolean;
  /** Refunds: escrow left after it. */
  remaining?: bigint;
  /** Rulings: the split, as the index recorded it. */
  ruling?: {
    buyerShareBps: number;
    buyerAmount: bigint;
    sellerAmount: bigint;
    arbiterFee: bigint;
  };
  /** Reviews: the stars given. */
  rating?: number;
}

type TimelineOrder = Pick<OrderPage, "amount" | "events" | "buyer" | "seller" | "arbiter" | "dispute" | "review">;

const kinds: Partial<Record<OrderPage["events"][number]["type"], TimelineKind>> = {
  Placed: "placed",
  CouponRedeemed: "coupon",
  Shipped: "shipped",
  Confirmed: "confirmed",
  Released: "released",
  Refunded: "refunded",
  Cancelled: "cancelled",
  DisputeOpened: "disputed",
  EvidenceSubmitted: "evidence",
  DisputeRuled: "ruled",
  DisputeExpired: "expired",
  Reviewed: "reviewed",
  ReviewReplied: "replied",
};

/** The role of `account` on the order (a buyer who also sells the listing reads as the buyer). */
export function roleOf(
  order: Pick<OrderPage, "buyer" | "seller" | "arbiter">,
  account: string | null,
): ActorRole | null {
  if (!account) return null;
  const id = account.toLowerCase();
  if (id === order.buyer.id) return "buyer";
  if (id === order.seller.id) return "seller";
  if (id === order.arbiter.id) return "arbiter";
  return "other";
}

/** The timeline, oldest first (the subgraph's log order, re-sorted in case an answer is not). */
export function buildTimeline(order: TimelineOrder): TimelineEntry[] {
  const events = [...order.events].sort((a, b) => {
    const difference = BigInt(a.logOrder) - BigInt(b.logOrder);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  });
  let escrow = BigInt(order.amount);
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const kind = kinds[event.type];
    if (!kind) continue;
    const entry: TimelineEntry = {
      id: event.id,
      kind,
      timestamp: Number(event.timestamp),
      actor: event.actor,
      role: roleOf(order, event.actor),
      amount: event.amount === null ? null : BigInt(event.amount),
      cid: event.cid,
    };
    if (kind === "refunded" && entry.amount !== null) {
      escrow = escrow > entry.amount ? escrow - entry.amount : 0n;
      entry.full = escrow === 0n;
      entry.remaining = escrow;
    }
    if (kind === "ruled" && order.dispute?.ruling) {
      const ruling = order.dispute.ruling;
      entry.ruling = {
        buyerShareBps: ruling.buyerShareBps,
        buyerAmount: BigInt(ruling.buyerAmount),
        sellerAmount: BigInt(ruling.sellerAmount),
        arbiterFee: BigInt(ruling.arbiterFee),
      };
    }
    if (kind === "reviewed" && order.review) entry.rating = order.review.rating;
    entries.push(entry);
  }
  return entries;
}
