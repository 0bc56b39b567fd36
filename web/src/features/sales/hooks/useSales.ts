// The sales page's read: one query (`SalesDocument`: a tab's orders and every tab's count) under
// `indexerKeys.orderList(…)`, so any order write refreshes it.
import { useQuery } from "@tanstack/react-query";
import { noteChainTime } from "../../../lib/chain/chainClock";
import { IndexerError } from "../../../lib/indexer/client";
import { SalesDocument, type SalesQuery, type SalesQueryVariables } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { tabCounts, tabFilters, type SaleTab, type TabCount } from "../queue";

/** A sale as the queue lists it: the card's fields, the order's terms, its review. */
export type SaleOrder = NonNullable<SalesQuery["account"]>["orders"][number];

export const SALES_PAGE_SIZE = 20;

export interface SalesPage {
  orders: SaleOrder[];
  /** Another page follows (one more order than a page was asked for, to know without counting). */
  hasMore: boolean;
  counts: Record<SaleTab, TabCount>;
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

export function salesVariables(seller: string, tab: SaleTab, page: number): SalesQueryVariables {
  return {
    seller: seller.toLowerCase(),
    where: tabFilters[tab],
    first: SALES_PAGE_SIZE + 1,
    skip: (Math.max(1, page) - 1) * SALES_PAGE_SIZE,
  };
}

export function selectSales(data: SalesQuery): SalesPage {
  const orders = data.account?.orders ?? [];
  return {
    orders: orders.slice(0, SALES_PAGE_SIZE),
    hasMore: orders.length > SALES_PAGE_SIZE,
    counts: tabCounts(data.account),
  };
}

/** The seller's orders in `tab` (page `page`, from 1) with every tab's count. */
export function useSales(seller: string, tab: SaleTab, page = 1) {
  const client = useIndexerClient();
  const variables = salesVariables(seller, tab, page);
  return useQuery<SalesQuery, IndexerError, SalesPage>({
    queryKey: indexerKeys.orderList({ sales: variables }),
    queryFn: async ({ signal }) => {
      if (!client) throw notConfigured();
      const data = await client.request(SalesDocument, variables, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    select: selectSales,
    placeholderData: (previous) => previous,
    enabled: client !== null,
  });
}
