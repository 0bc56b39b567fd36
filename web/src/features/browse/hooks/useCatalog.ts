// The browse page's reads: `useBrowse` (chain filters and a sort) and `useSearch` (full text, in
// relevance order), both through the one indexer client and its query keys, both answering a page
// of ListingCards. The filters come from the URL (catalogParams.ts); the hoster's hidden list
// (config.json) is applied in the query itself, so that pages stay full.
import type { ListingCategory } from "@agora/content/categories";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { AppConfig } from "../../../config/appConfig";
import { useAppConfig } from "../../../config/ConfigContext";
import { IndexerError, type IndexerClient } from "../../../lib/indexer/client";
import {
  BrowseDocument,
  SearchDocument,
  TokensDocument,
  type BrowseQuery,
  type BrowseQueryVariables,
  type ListingCardFragment,
  type Listing_Filter,
  type SearchQuery,
  type SearchQueryVariables,
} from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import {
  effectiveSort,
  resolvePriceRange,
  type CatalogFilters,
  type PriceRange,
  type RatingStep,
  type SortKey,
} from "./catalogParams";
import { rememberTokens, useTokens, type PaymentToken } from "./useTokens";

export { isCategory, type CatalogFilters } from "./catalogParams";

export const PAGE_SIZE = 24;

export interface CatalogPage {
  listings: ListingCardFragment[];
  /** The raw page was full, so a next page may exist. */
  hasMore: boolean;
}

/** What the variables need besides the URL's filters. */
export interface CatalogContext {
  /** The hoster's hidden list (config.json): decimal listing ids, lowercase seller addresses. */
  hidden: AppConfig["hidden"];
  /** Decimals of the chosen token, once known: the price range is in its units. */
  decimals?: number;
}

const noContext: CatalogContext = { hidden: { listings: [], sellers: [] } };

const orders: Record<SortKey, Pick<BrowseQueryVariables, "orderBy" | "orderDirection">> = {
  newest: { orderBy: "createdAt", orderDirection: "desc" },
  "price-asc": { orderBy: "price", orderDirection: "asc" },
  "price-desc": { orderBy: "price", orderDirection: "desc" },
  // graph-node takes one orderBy field: ties (e.g. every unrated listing) fall back to its id order.
  rating: { orderBy: "ratingAverage", orderDirection: "desc" },
};

/** Filters on the listing's own fields, shared by browse and (under `listing_`) search. */
function listingWhere(filters: CatalogFilters, { hidden, decimals }: CatalogContext): Listing_Filter {
  const price: PriceRange = resolvePriceRange(filters.min, filters.max, filters.token, decimals);
  return {
    status: "Active",
    ...(filters.inStock ? { stock_gt: "0" } : {}),
    ...(filters.token ? { token: filters.token } : {}),
    ...(price.min !== undefined ? { price_gte: price.min.toString() } : {}),
    ...(price.max !== undefined ? { price_lte: price.max.toString() } : {}),
    // graph-node matches nothing with an empty `_not_in` list: only send lists with entries.
    ...(hidden.listings.length ? { listingId_not_in: hidden.listings } : {}),
    ...(hidden.sellers.length ? { seller_not_in: hidden.sellers } : {}),
  };
}

export function browseVariables(filters: CatalogFilters, context: CatalogContext = noContext): BrowseQueryVariables {
  const { category, rating, page } = filters;
  return {
    first: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
    ...orders[effectiveSort(filters)],
    where: {
      ...listingWhere(filters, context),
      ...(rating ? { seller_: { ratingAverage_gte: rating } } : {}),
      ...(category ? { metadataVersions_: { valid: true, category } } : {}),
    },
  };
}

/**
 * Full text in graph-node's relevance order (it ignores orderBy here). The seller's rating is not
 * in the query: graph-node refuses a child filter inside `listing_`; `selectSearch` applies it.
 */
export function searchVariables(filters: CatalogFilters, context: CatalogContext = noContext): SearchQueryVariables {
  const { q, category, page } = filters;
  return {
    text: q,
    first: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
    where: { valid: true, ...(category ? { category } : {}), listing_: listingWhere(filters, context) },
  };
}

/**
 * Reader rule (subgraph/schema.graphql): a category filter matches a listing with any valid
 * version in that category, so drop those whose current (newest valid) version is in another.
 */
export function selectBrowse(data: BrowseQuery, category?: ListingCategory): CatalogPage {
  const listings = category
    ? data.listings.filter((listing) => listing.current[0]?.category === category)
    : data.listings;
  return { listings, hasMore: data.listings.length === PAGE_SIZE };
}

/**
 * Reader rule: full text matches every valid version with the words, so keep a hit only when it is
 * its listing's current version (and each listing once); and only sellers rated `minRating` or
 * better. Pages by the raw offset consumed, so a page may show fewer cards than it read.
 */
export function selectSearch(data: SearchQuery, minRating?: RatingStep): CatalogPage {
  const seen = new Set<string>();
  const listings: ListingCardFragment[] = [];
  for (const hit of data.listingSearch) {
    if (hit.version !== hit.listing.current[0]?.version || seen.has(hit.listing.id)) continue;
    if (minRating && Number(hit.listing.seller.ratingAverage) < Number(minRating)) continue;
    seen.add(hit.listing.id);
    listings.push(hit.listing);
  }
  return { listings, hasMore: data.listingSearch.length === PAGE_SIZE };
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

const needsDecimals = (filters: CatalogFilters) =>
  filters.token !== undefined && (filters.min !== "" || filters.max !== "");

/**
 * The chosen token's decimals for a price range: from the token list a page query kept, else read
 * first (a shared link opened cold). Undefined for a token that is not allowed or has none.
 */
async function tokenDecimals(
  queryClient: QueryClient,
  client: IndexerClient,
  filters: CatalogFilters,
  signal: AbortSignal,
): Promise<number | undefined> {
  if (!needsDecimals(filters)) return undefined;
  const { tokens } = await queryClient.fetchQuery({
    queryKey: indexerKeys.tokens(),
    queryFn: () => client.request(TokensDocument, {}, signal),
    staleTime: 5 * 60_000,
  });
  return tokens.find((token) => token.id === filters.token)?.decimals ?? undefined;
}

function useCatalogRead<TData extends { tokens?: PaymentToken[] }>(
  kind: "browse" | "search",
  filters: CatalogFilters,
  request: (client: IndexerClient, context: CatalogContext, signal: AbortSignal) => Promise<TData>,
  select: (data: TData) => CatalogPage,
  enabled: boolean,
) {
  const client = useIndexerClient();
  const queryClient = useQueryClient();
  const { hidden } = useAppConfig();
  return useQuery<TData, IndexerError, CatalogPage>({
    // Keyed by the filters: the variables need the token's decimals, which may be read first.
    queryKey: indexerKeys[kind]({ ...filters, hidden }),
    queryFn: async ({ signal }) => {
      if (!client) throw notConfigured();
      const decimals = await tokenDecimals(queryClient, client, filters, signal);
      const data = await request(client, { hidden, decimals }, signal);
      rememberTokens(queryClient, data.tokens);
      return data;
    },
    select,
    enabled: enabled && client !== null,
  });
}

export function useBrowse(filters: CatalogFilters, { enabled = true }: { enabled?: boolean } = {}) {
  return useCatalogRead(
    "browse",
    filters,
    (client, context, signal) => client.request(BrowseDocument, browseVariables(filters, context), signal),
    (data) => selectBrowse(data, filters.category),
    enabled,
  );
}

export function useSearch(filters: CatalogFilters, { enabled = true }: { enabled?: boolean } = {}) {
  return useCatalogRead(
    "search",
    filters,
    (client, context, signal) => client.request(SearchDocument, searchVariables(filters, context), signal),
    (data) => selectSearch(data, filters.rating),
    enabled && filters.q.trim() !== "",
  );
}

/**
 * The catalogue for the URL's filters: search when `q` is set, else browse; with the token list
 * for the filter bar and the price range as applied (or why a bound is not).
 */
export function useCatalog(filters: CatalogFilters) {
  const searching = filters.q.trim() !== "";
  const browse = useBrowse(filters, { enabled: !searching });
  const search = useSearch(filters, { enabled: searching });
  const configured = useIndexerClient() !== null;
  const tokens = useTokens().data;
  const token = tokens?.find((item) => item.id === filters.token);
  // Until the list is known, a bound is neither applied nor wrong.
  const price =
    filters.token && !tokens
      ? { errors: {} }
      : resolvePriceRange(filters.min, filters.max, filters.token, token?.decimals ?? undefined);
  return { configured, searching, tokens, token, price, ...(searching ? search : browse) };
}
