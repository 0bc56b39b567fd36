// What waits on an account, from the `Inbox` query's answer: one entry per order and reason, with
// the deadline that matters and whether it falls within 24 hours. Pure (no React, no wallet), so the
// header's badge and the page count the same things, and tests run it for every reason.
import type { InboxOrderFragment, InboxQuery } from "../../lib/indexer/generated/graphql";
import { countUnread, orderKey, type ReadMarks } from "../messages/readStore";

/** Within this many seconds a deadline is flagged. */
export const SOON_SECONDS = 86_400;

export type InboxReason =
  /** Buyer: a shipped order to confirm (or dispute) before the confirmation deadline. */
  | "confirm"
  /** Buyer: not shipped by its deadline; may be cancelled for a full refund. */
  | "cancel"
  /** Buyer: a dispute the arbiter did not rule in time; the escrow may be reclaimed. */
  | "reclaim"
  /** Seller: a paid order to ship. */
  | "ship"
  /** Seller: a dispute to answer with evidence while the arbiter may rule. */
  | "answer"
  /** Either side: messages newer than the last one read on the order. */
  | "messages";

export interface InboxEntry {
  /** Unique in the list: reason and order. */
  key: string;
  reason: InboxReason;
  /** The account's side of the order (unknown for messages: the query does not say). */
  role?: "buyer" | "seller";
  order: InboxOrderFragment;
  /** Unix seconds: the window that closes (confirm, ship, answer), the one that closed (cancel, reclaim), or the newest new message. */
  time: number;
  /** The deadline has passed but the action is still possible (a seller shipping late). */
  overdue: boolean;
  /** A deadline within 24 hours, or overdue: shown first and flagged. */
  soon: boolean;
  /** New messages on the order (reason "messages"). */
  unread?: number;
}

const seconds = (value: string | null | undefined) => Number(value ?? 0);

/** Closing deadlines flagged when they end within 24 hours (or have ended but still allow the action). */
function deadline(
  reason: InboxReason,
  role: "buyer" | "seller",
  order: InboxOrderFragment,
  time: number,
  now: number,
): InboxEntry {
  const overdue = time < now;
  return { key: `${reason}:${order.id}`, reason, role, order, time, overdue, soon: time - now <= SOON_SECONDS };
}

/** Something the account can do now, whose window already closed for the other party. */
function available(reason: InboxReason, order: InboxOrderFragment, time: number): InboxEntry {
  return { key: `${reason}:${order.id}`, reason, role: "buyer", order, time, overdue: false, soon: false };
}

/** Flagged first (soonest deadline first), then money waiting to be taken back, then later deadlines, then messages (newest first). */
function rank(entry: InboxEntry): [number, number] {
  if (entry.reason === "messages") return [3, -entry.time];
  if (entry.soon) return [0, entry.time];
  if (entry.reason === "cancel" || entry.reason === "reclaim") return [1, entry.time];
  return [2, entry.time];
}

/**
 * The entries for `account` at `now` (unix seconds), given the orders' lists of the `Inbox` query
 * (already selected by status and window at the same `now`) and the account's read marks.
 */
export function inboxEntries(
  data: InboxQuery,
  { now, account, marks }: { now: number; account: string; marks: ReadMarks },
): InboxEntry[] {
  const entries: InboxEntry[] = [
    ...data.toConfirm.map((order) => deadline("confirm", "buyer", order, seconds(order.confirmDeadline), now)),
    ...data.toCancel.map((order) => available("cancel", order, seconds(order.shipDeadline))),
    ...data.toReclaim.map((dispute) => available("reclaim", dispute.order, seconds(dispute.rulingDeadline))),
    ...data.toShip.map((order) => deadline("ship", "seller", order, seconds(order.shipDeadline), now)),
    ...data.toAnswer.map((dispute) =>
      deadline("answer", "seller", dispute.order, seconds(dispute.rulingDeadline), now),
    ),
  ];

  const unread = countUnread(
    data.messages.map((message) => ({ order: message.order.id, sender: message.sender, logOrder: message.logOrder })),
    account,
    marks,
  );
  const seen = new Set<string>();
  for (const message of data.messages) {
    const count = unread.get(orderKey(message.order.id));
    // Newest first: the first message of an order with unread ones gives the entry its time.
    if (!count || seen.has(message.order.id)) continue;
    seen.add(message.order.id);
    entries.push({
      key: `messages:${message.order.id}`,
      reason: "messages",
      order: message.order,
      time: seconds(message.timestamp),
      overdue: false,
      soon: false,
      unread: count,
    });
  }

  return entries.sort((a, b) => {
    const [groupA, timeA] = rank(a);
    const [groupB, timeB] = rank(b);
    return groupA - groupB || timeA - timeB || a.key.localeCompare(b.key);
  });
}
