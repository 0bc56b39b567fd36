import type { OrderTerms } from "@agora/contracts";
import type { Address } from "viem";

/** The fields of an indexed order that make its terms (every call on an order passes them back). */
export interface IndexedOrderTerms {
  buyer: { id: string };
  token: { id: string };
  amount: string;
  feeBps: number;
  arbiter: { id: string };
  arbiterFeeBps: number;
  shipDeadline: string;
}

/** The contract's `Order` struct from the subgraph's order: what `confirmReceipt(id, order)` & co. take. */
export function orderTerms(order: IndexedOrderTerms): OrderTerms {
  return {
    buyer: order.buyer.id as Address,
    token: order.token.id as Address,
    amount: BigInt(order.amount),
    feeBps: order.feeBps,
    arbiter: order.arbiter.id as Address,
    arbiterFeeBps: order.arbiterFeeBps,
    shipDeadline: Number(order.shipDeadline),
  };
}
