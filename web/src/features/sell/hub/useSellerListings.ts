// The Sell hub's read: one query (`SellerListingsDocument`) under `indexerKeys.sellerListings(…)`,
// a page of the seller's listings (every status) with their profile.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import {
  SellerListingsDocument,
  type SellerListingsQuery,
  type SellerListingsQueryVariables,
} from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import type { HubListing, HubProfile } from "./sellerHub";

export const HUB_PAGE_SIZE = 12;

export interface SellerShop {
  /** The newest valid profile, if any. */
  profile: HubProfile | undefined;
  /** Listings ever created, closed ones included. */
  listingCount: number;
  activeListingCount: number;
  /** This page's listings, newest first. */
  listings: HubListing[];
  hasMore: boolean;
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

/** Page `page` (from 1): one listing more than shown, to know whether another page follows. */
export function sellerListingsVariables(account: string, page: number): SellerListingsQueryVariables {
  return {
    id: account.toLowerCase(),
    first: HUB_PAGE_SIZE + 1,
    skip: (Math.max(1, page) - 1) * HUB_PAGE_SIZE,
  };
}

/** An account the index has never seen (no profile, no listing) reads as an empty shop. */
export function selectSellerShop(data: SellerListingsQuery): SellerShop {
  const account = data.account;
  if (!account) return { profile: undefined, listingCount: 0, activeListingCount: 0, listings: [], hasMore: false };
  return {
    profile: account.profile[0],
    listingCount: account.listingCount,
    activeListingCount: account.activeListingCount,
    listings: account.listings.slice(0, HUB_PAGE_SIZE),
    hasMore: account.listings.length > HUB_PAGE_SIZE,
  };
}

/** The connected seller's shop as the index has it (page `page` of their listings). */
export function useSellerListings(account: string, page = 1) {
  const client = useIndexerClient();
  const variables = sellerListingsVariables(account, page);
  return useQuery<SellerListingsQuery, IndexerError, SellerShop>({
    queryKey: indexerKeys.sellerListings(account.toLowerCase(), variables),
    queryFn: ({ signal }) =>
      client ? client.request(SellerListingsDocument, variables, signal) : Promise.reject(notConfigured()),
    select: selectSellerShop,
    enabled: client !== null,
  });
}
