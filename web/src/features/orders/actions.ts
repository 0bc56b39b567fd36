// Which actions the contract would accept on an order, for whom and from when (the windows of
// contracts/src/mixins/{Fulfilment,Disputes,Reviews}.sol, all inclusive for the party whose window
// it is). The page shows an action only to whom it concerns: open actions as buttons, those that
// will open later disabled with the moment they open or the reason they never will.
import type { OrderPage } from "./hooks/useOrder";

export type OrderActionKind = "confirm" | "cancel" | "release" | "reclaim" | "dispute" | "evidence" | "review";

/** Why an action shown is not possible now. */
export type ActionBlock =
  /** `cancelOrder`: the seller still has until `at` to ship. */
  | { reason: "shipDeadlineNotPassed"; at: number }
  /** `releasePayment`: the buyer may confirm or dispute until `at`. */
  | { reason: "confirmationWindowOpen"; at: number }
  /** `openDispute`: the window to dispute ended at `at`. */
  | { reason: "confirmationWindowClosed"; at: number }
  /** `reclaimExpiredDispute`: the arbiter may rule until `at`. */
  | { reason: "rulingWindowOpen"; at: number };

export type OrderAction =
  | { kind: OrderActionKind; enabled: true; block?: undefined }
  | { kind: OrderActionKind; enabled: false; block: ActionBlock };

export type ActionOrder = Pick<OrderPage, "status" | "shipDeadline" | "confirmDeadline" | "buyer" | "seller"> & {
  dispute: { rulingDeadline: string } | null;
};

const open = (kind: OrderActionKind): OrderAction => ({ kind, enabled: true });
const blocked = (kind: OrderActionKind, block: ActionBlock): OrderAction => ({ kind, enabled: false, block });

/**
 * The actions to show `account` (lowercase address; undefined when disconnected) on `order` at
 * `now` (unix seconds, chain time), in the order the page lists them. Hidden actions are left out.
 *
 * - confirm (buyer, Paid or Shipped): always accepted; before shipping only for goods handed over.
 * - cancel (buyer, Paid): after the shipping deadline.
 * - dispute (buyer, Shipped): up to the confirmation deadline.
 * - release (anyone but the buyer, Shipped): after the confirmation deadline (the buyer confirms instead).
 * - evidence (buyer or seller, Disputed): until the dispute ends.
 * - reclaim (buyer, Disputed): after the ruling deadline.
 * - review (buyer, Completed and not yet reviewed).
 */
export function availableActions(order: ActionOrder, now: number, account: string | undefined): OrderAction[] {
  if (!account) return [];
  const id = account.toLowerCase();
  const isBuyer = id === order.buyer.id.toLowerCase();
  const isSeller = id === order.seller.id.toLowerCase();
  const actions: OrderAction[] = [];
  switch (order.status) {
    case "Paid": {
      if (!isBuyer) break;
      const shipDeadline = Number(order.shipDeadline);
      actions.push(
        now > shipDeadline ? open("cancel") : blocked("cancel", { reason: "shipDeadlineNotPassed", at: shipDeadline }),
      );
      actions.push(open("confirm"));
      break;
    }
    case "Shipped": {
      const confirmDeadline = Number(order.confirmDeadline ?? 0);
      const windowOpen = now <= confirmDeadline;
      if (isBuyer) {
        actions.push(open("confirm"));
        actions.push(
          windowOpen
            ? open("dispute")
            : blocked("dispute", { reason: "confirmationWindowClosed", at: confirmDeadline }),
        );
      } else {
        actions.push(
          windowOpen ? blocked("release", { reason: "confirmationWindowOpen", at: confirmDeadline }) : open("release"),
        );
      }
      break;
    }
    case "Disputed": {
      if (isBuyer || isSeller) actions.push(open("evidence"));
      if (isBuyer && order.dispute) {
        const rulingDeadline = Number(order.dispute.rulingDeadline);
        actions.push(
          now > rulingDeadline
            ? open("reclaim")
            : blocked("reclaim", { reason: "rulingWindowOpen", at: rulingDeadline }),
        );
      }
      break;
    }
    case "Completed":
      if (isBuyer) actions.push(open("review"));
      break;
    default:
      break;
  }
  return actions;
}

/** The deadline that matters next for an open order, and whose it is; null once nothing waits on a clock. */
export function nextDeadline(
  order: Pick<ActionOrder, "status" | "shipDeadline" | "confirmDeadline" | "dispute">,
): { kind: "ship" | "confirm" | "ruling"; at: number } | null {
  switch (order.status) {
    case "Paid":
      return { kind: "ship", at: Number(order.shipDeadline) };
    case "Shipped":
      return order.confirmDeadline ? { kind: "confirm", at: Number(order.confirmDeadline) } : null;
    case "Disputed":
      return order.dispute ? { kind: "ruling", at: Number(order.dispute.rulingDeadline) } : null;
    default:
      return null;
  }
}
