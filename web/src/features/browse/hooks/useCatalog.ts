// The browse page's reads: `useBrowse` (chain filters, newest first) and `useSearch` (full text),
// both through the one indexer client and its query keys, both answering a page of ListingCards.
import { listingCategories, type ListingCategory } from "@agora/content/categories";
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import {
  BrowseDocument,
  SearchDocument,
  type BrowseQuery,
  type BrowseQueryVariables,
  type ListingCardFragment,
  type SearchQuery,
  type SearchQueryVariables,
} from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export const PAGE_SIZE = 24;

export const isCategory = (value: string): value is ListingCategory =>
  (listingCategories as readonly string[]).includes(value);

export interface CatalogFilters {
  /** Full-text query; empty for plain browsing. */
  q: string;
  /** A known category, or undefined. */
  category?: ListingCategory;
  /** 1-based page number. */
  page: number;
}

export interface CatalogPage {
  listings: ListingCardFragment[];
  /** The raw page was full, so a next page may exist. */
  hasMore: boolean;
}

export function browseVariables({ category, page }: CatalogFilters): BrowseQueryVariables {
  return {
    first: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
    orderBy: "createdAt",
    orderDirection: "desc",
    where: {
      status: "Active",
      stock_gt: "0",
      ...(category ? { metadataVersions_: { valid: true, category } } : {}),
    },
  };
}

export function searchVariables({ q, category, page }: CatalogFilters): SearchQueryVariables {
  return {
    text: q,
    first: PAGE_SIZE,
    skip: (page - 1) * PAGE_SIZE,
    where: { valid: true, ...(category ? { category } : {}), listing_: { status: "Active", stock_gt: "0" } },
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
 * its listing's current version (and each listing once). Pages by the raw offset consumed.
 */
export function selectSearch(data: SearchQuery): CatalogPage {
  const seen = new Set<string>();
  const listings: ListingCardFragment[] = [];
  for (const hit of data.listingSearch) {
    if (hit.version !== hit.listing.current[0]?.version || seen.has(hit.listing.id)) continue;
    seen.add(hit.listing.id);
    listings.push(hit.listing);
  }
  return { listings, hasMore: data.listingSearch.length === PAGE_SIZE };
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

export function useBrowse(filters: CatalogFilters, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useIndexerClient();
  const variables = browseVariables(filters);
  return useQuery<BrowseQuery, IndexerError, CatalogPage>({
    queryKey: indexerKeys.browse(variables),
    queryFn: ({ signal }) =>
      client ? client.request(BrowseDocument, variables, signal) : Promise.reject(notConfigured()),
    select: (data) => selectBrowse(data, filters.category),
    enabled: enabled && client !== null,
  });
}

export function useSearch(filters: CatalogFilters, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useIndexerClient();
  const variables = searchVariables(filters);
  return useQuery<SearchQuery, IndexerError, CatalogPage>({
    queryKey: indexerKeys.search(variables),
    queryFn: ({ signal }) =>
      client ? client.request(SearchDocument, variables, signal) : Promise.reject(notConfigured()),
    select: selectSearch,
    enabled: enabled && client !== null && filters.q.trim() !== "",
  });
}

/** The catalogue for the URL's filters: search when `q` is set, else browse. */
export function useCatalog(filters: CatalogFilters) {
  const searching = filters.q.trim() !== "";
  const browse = useBrowse(filters, { enabled: !searching });
  const search = useSearch(filters, { enabled: searching });
  const configured = useIndexerClient() !== null;
  return { configured, ...(searching ? search : browse) };
}
