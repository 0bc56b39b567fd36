import { describe, expect, it } from "vitest";
import { availableActions, nextDeadline, type OrderAction } from "./actions";
import {
  arbiter,
  buyer,
  completedOrder,
  DAY,
  disputedOrder,
  paidOrder,
  PLACED,
  seller,
  shippedOrder,
  stranger,
} from "./orderFixtures";

/** "kind" for an enabled action, "kind:reason@at" for a blocked one. */
const summary = (actions: OrderAction[]) =>
  actions.map((action) => (action.enabled ? action.kind : `${action.kind}:${action.block.reason}@${action.block.at}`));

const shipDeadline = PLACED + 3 * DAY;
const confirmDeadline = PLACED + 8 * DAY;
const rulingDeadline = PLACED + 17 * DAY;

describe("availableActions: what the contract would accept, for whom, from when", () => {
  it("offers nothing to a disconnected visitor, whatever the order", () => {
    for (const order of [paidOrder(), shippedOrder(), disputedOrder(), completedOrder()]) {
      expect(availableActions(order, PLACED + 30 * DAY, undefined)).toEqual([]);
    }
  });

  it("Paid: the buyer may cancel only after the shipping deadline (inclusive for the seller), and confirm a hand-over", () => {
    const order = paidOrder();
    expect(summary(availableActions(order, PLACED, buyer))).toEqual([
      `cancel:shipDeadlineNotPassed@${shipDeadline}`,
      "confirm",
    ]);
    // The deadline's last second still belongs to the seller (cancelOrder: block.timestamp > shipDeadline).
    expect(summary(availableActions(order, shipDeadline, buyer))[0]).toBe(
      `cancel:shipDeadlineNotPassed@${shipDeadline}`,
    );
    expect(summary(availableActions(order, shipDeadline + 1, buyer))).toEqual(["cancel", "confirm"]);
    // No dispute before shipping: openDispute only takes a Shipped order.
    expect(availableActions(order, shipDeadline + 1, buyer).some((action) => action.kind === "dispute")).toBe(false);
  });

  it("Paid: the seller, the arbiter and strangers get nothing", () => {
    for (const account of [seller, arbiter, stranger]) {
      expect(availableActions(paidOrder(), shipDeadline + 1, account)).toEqual([]);
    }
  });

  it("matches the account case-insensitively (checksummed addresses from the wallet)", () => {
    const checksummed = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    expect(summary(availableActions(paidOrder(), shipDeadline + 1, checksummed))).toEqual(["cancel", "confirm"]);
  });

  it("Shipped: the buyer confirms any time and disputes up to the confirmation deadline (inclusive)", () => {
    const order = shippedOrder();
    expect(summary(availableActions(order, PLACED + DAY, buyer))).toEqual(["confirm", "dispute"]);
    expect(summary(availableActions(order, confirmDeadline, buyer))).toEqual(["confirm", "dispute"]);
    expect(summary(availableActions(order, confirmDeadline + 1, buyer))).toEqual([
      "confirm",
      `dispute:confirmationWindowClosed@${confirmDeadline}`,
    ]);
  });

  it("Shipped: anyone but the buyer may release the payment once the window has passed", () => {
    const order = shippedOrder();
    for (const account of [seller, stranger, arbiter]) {
      expect(summary(availableActions(order, confirmDeadline, account))).toEqual([
        `release:confirmationWindowOpen@${confirmDeadline}`,
      ]);
      expect(summary(availableActions(order, confirmDeadline + 1, account))).toEqual(["release"]);
    }
    // The buyer confirms instead of releasing.
    expect(availableActions(order, confirmDeadline + 1, buyer).some((action) => action.kind === "release")).toBe(false);
  });

  it("Disputed: both sides add evidence; the buyer reclaims after the ruling deadline (inclusive for the arbiter)", () => {
    const order = disputedOrder();
    expect(summary(availableActions(order, PLACED + 5 * DAY, buyer))).toEqual([
      "evidence",
      `reclaim:rulingWindowOpen@${rulingDeadline}`,
    ]);
    expect(summary(availableActions(order, rulingDeadline, buyer))[1]).toBe(
      `reclaim:rulingWindowOpen@${rulingDeadline}`,
    );
    expect(summary(availableActions(order, rulingDeadline + 1, buyer))).toEqual(["evidence", "reclaim"]);
    expect(summary(availableActions(order, rulingDeadline + 1, seller))).toEqual(["evidence"]);
    expect(availableActions(order, rulingDeadline + 1, stranger)).toEqual([]);
    expect(availableActions(order, rulingDeadline + 1, arbiter)).toEqual([]);
  });

  it("Completed: the buyer reviews once; a reviewed, replied or refunded order offers nothing", () => {
    expect(summary(availableActions(completedOrder(), PLACED + 60 * DAY, buyer))).toEqual(["review"]);
    expect(availableActions(completedOrder(), PLACED + 60 * DAY, seller)).toEqual([]);
    for (const status of ["Reviewed", "Replied", "Refunded"] as const) {
      for (const account of [buyer, seller, stranger]) {
        expect(availableActions(completedOrder({ status }), PLACED + 60 * DAY, account)).toEqual([]);
      }
    }
  });
});

describe("nextDeadline", () => {
  it("is the shipping, confirmation or ruling deadline of an open order, and none once it is final", () => {
    expect(nextDeadline(paidOrder())).toEqual({ kind: "ship", at: shipDeadline });
    expect(nextDeadline(shippedOrder())).toEqual({ kind: "confirm", at: confirmDeadline });
    expect(nextDeadline(disputedOrder())).toEqual({ kind: "ruling", at: rulingDeadline });
    expect(nextDeadline(completedOrder())).toBeNull();
    expect(nextDeadline(completedOrder({ status: "Refunded" }))).toBeNull();
  });
});
