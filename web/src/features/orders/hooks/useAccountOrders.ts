// An account's orders as buyer (the orders page) or as seller (the sales page), newest first, one
// page at a time (`OrdersDocument` with `where: { buyer }` or `{ seller }`) under
// `indexerKeys.orderList(variables)`.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { OrdersDocument, type OrdersQuery, type OrdersQueryVariables } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { noteChainTime } from "../../../lib/chain/chainClock";

export type BuyerOrder = OrdersQuery["orders"][number];
/** An order as the sales page lists it (the same query, by seller). */
export type SellerOrder = BuyerOrder;
export type OrderRole = "buyer" | "seller";

export const ORDERS_PAGE_SIZE = 20;

export interface BuyerOrdersPage {
  orders: BuyerOrder[];
  /** Another page follows (one more order than a page was asked for, to know without counting). */
  hasMore: boolean;
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

/** Page `page` (from 1) of `account`'s orders as `role`: one more than shown, to know if more follow. */
export function accountOrdersVariables(role: OrderRole, account: string, page: number): OrdersQueryVariables {
  return {
    where: { [role]: account.toLowerCase() },
    first: ORDERS_PAGE_SIZE + 1,
    skip: (Math.max(1, page) - 1) * ORDERS_PAGE_SIZE,
  };
}

export function selectBuyerOrders(data: OrdersQuery): BuyerOrdersPage {
  return { orders: data.orders.slice(0, ORDERS_PAGE_SIZE), hasMore: data.orders.length > ORDERS_PAGE_SIZE };
}

export const buyerOrdersVariables = (account: string, page: number) => accountOrdersVariables("buyer", account, page);

/** The account's orders as `role` (page `page`), or nothing while no account is known. */
export function useAccountOrders(role: OrderRole, account: string | undefined, page = 1) {
  const client = useIndexerClient();
  const variables = accountOrdersVariables(role, account ?? "", page);
  return useQuery<OrdersQuery, IndexerError, BuyerOrdersPage>({
    queryKey: indexerKeys.orderList(variables),
    queryFn: async ({ signal }) => {
      if (!client) throw notConfigured();
      const data = await client.request(OrdersDocument, variables, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    select: selectBuyerOrders,
    enabled: client !== null && account !== undefined,
  });
}

export const useBuyerOrders = (account: string | undefined, page = 1) => useAccountOrders("buyer", account, page);
export const useSellerOrders = (account: string | undefined, page = 1) => useAccountOrders("seller", account, page);
