// Test data: the Sales query's answers (the generated types' shapes) from the orders feature's
// order fixtures, for this feature's tests.
import type { SalesQuery } from "../../lib/indexer/generated/graphql";
import type { OrderPage } from "../orders/hooks/useOrder";
import { orderRow, PLACED } from "../orders/orderFixtures";
import type { SaleOrder } from "./hooks/useSales";

/** The buyer's published X25519 key in the fixtures (any 32 bytes in base64). */
export const BUYER_KEY = "3p7bfXt9wbTTW2HC7OQ1Nz+DQ8hbeGdNrfx+FG+IK08=";

/** A row of the sales queue from an order page's fields; the buyer has published `buyerKey`. */
export function saleRow(order: OrderPage, { buyerKey = BUYER_KEY }: { buyerKey?: string | null } = {}): SaleOrder {
  const review = order.review;
  return {
    ...orderRow(order),
    refunded: order.refunded,
    feeBps: order.feeBps,
    arbiterFeeBps: order.arbiterFeeBps,
    shippingCid: order.shippingCid,
    buyer: { id: order.buyer.id, profile: buyerKey ? [{ encryptionPublicKey: buyerKey }] : [] },
    arbiter: { id: order.arbiter.id },
    review: review
      ? {
          rating: review.rating,
          timestamp: review.timestamp,
          content: review.content,
          reply: review.reply,
        }
      : null,
  };
}

export interface SalesCounts {
  toShip?: number;
  shipped?: number;
  disputed?: number;
  completed?: number;
  all?: number;
}

/** The Sales query's answer: `orders` for the tab asked, and the counts (by default from `orders`). */
export function salesAnswer(orders: SaleOrder[], counts: SalesCounts = {}): SalesQuery {
  const ids = (count: number | undefined, status: string) =>
    count === undefined
      ? orders.filter((order) => order.status === status).map((order) => ({ id: order.id }))
      : Array.from({ length: count }, (_, index) => ({ id: `0x${index.toString(16).padStart(64, "0")}` }));
  const completed = orders.filter((order) => ["Completed", "Reviewed", "Replied"].includes(order.status)).length;
  return {
    _meta: { block: { timestamp: PLACED } },
    account: {
      salesCount: counts.all ?? orders.length,
      completedSalesCount: counts.completed ?? completed,
      toShip: ids(counts.toShip, "Paid"),
      shipped: ids(counts.shipped, "Shipped"),
      disputed: ids(counts.disputed, "Disputed"),
      orders,
    },
  };
}
