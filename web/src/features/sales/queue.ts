// The sales queue's tabs: which orders each shows (a filter on the order's status), how many each
// holds (open orders counted from their ids, at most COUNT_CAP; the rest from the account's
// running totals), and the tab in the URL (`?tab=`), so a link or a reload keeps it.
import type { Order_Filter, SalesQuery } from "../../lib/indexer/generated/graphql";

export const saleTabs = ["toShip", "shipped", "disputed", "completed", "all"] as const;
export type SaleTab = (typeof saleTabs)[number];

/** The tab shown without `?tab=`: every sale, newest first. */
export const DEFAULT_TAB: SaleTab = "all";

/** The ids the query returns per open status: a count that reaches it reads "1,000+". */
export const COUNT_CAP = 1_000;

export const tabFilters: Record<SaleTab, Order_Filter> = {
  toShip: { status: "Paid" },
  shipped: { status: "Shipped" },
  disputed: { status: "Disputed" },
  // Paid out to the seller, reviewed or not.
  completed: { status_in: ["Completed", "Reviewed", "Replied"] },
  all: {},
};

export const isSaleTab = (value: string | null): value is SaleTab =>
  value !== null && (saleTabs as readonly string[]).includes(value);

export const parseTab = (value: string | null): SaleTab => (isSaleTab(value) ? value : DEFAULT_TAB);

/** How many orders a tab holds; `capped` when there may be more than `count`. */
export interface TabCount {
  count: number;
  capped: boolean;
}

export function tabCounts(account: NonNullable<SalesQuery["account"]> | null): Record<SaleTab, TabCount> {
  const exact = (count: number): TabCount => ({ count, capped: false });
  const ids = (list: readonly unknown[]): TabCount => ({ count: list.length, capped: list.length >= COUNT_CAP });
  if (!account) return { toShip: exact(0), shipped: exact(0), disputed: exact(0), completed: exact(0), all: exact(0) };
  return {
    toShip: ids(account.toShip),
    shipped: ids(account.shipped),
    disputed: ids(account.disputed),
    completed: exact(account.completedSalesCount),
    all: exact(account.salesCount),
  };
}

/** The page's link to a tab (and page): the default tab and the first page leave their parameter out. */
export function salesLink(tab: SaleTab, page = 1): string {
  const params = new URLSearchParams();
  if (tab !== DEFAULT_TAB) params.set("tab", tab);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/sales?${query}` : "/sales";
}
