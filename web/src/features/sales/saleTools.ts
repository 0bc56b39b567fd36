// Which of the seller's tools a sale offers, from its status (contracts/src/mixins/Fulfilment.sol
// and Reviews.sol): ship or deliver while Paid; refund while the escrow is open (Paid, Shipped,
// Disputed) and holds something; reply once the buyer reviewed, until the seller replied.
import type { OrderStatus } from "../../lib/indexer/generated/graphql";

const OPEN: ReadonlySet<OrderStatus> = new Set(["Paid", "Shipped", "Disputed"]);

export interface SaleToolSet {
  ship: boolean;
  refund: boolean;
  reply: boolean;
}

export function saleTools(order: { status: OrderStatus; escrow: string }): SaleToolSet {
  return {
    ship: order.status === "Paid",
    refund: OPEN.has(order.status) && BigInt(order.escrow) > 0n,
    reply: order.status === "Reviewed",
  };
}

/** Whether the sale needs the wallet island at all. */
export const anySaleTool = (order: { status: OrderStatus; escrow: string }) =>
  Object.values(saleTools(order)).some(Boolean);
