// The seller page's read: one query (`SellerDocument`) under `indexerKeys.seller(address, …)`.
import { useQuery } from "@tanstack/react-query";
import { useAppConfig } from "../../../config/ConfigContext";
import { IndexerError } from "../../../lib/indexer/client";
import { SellerDocument, type SellerQuery, type SellerQueryVariables } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type SellerPage = NonNullable<SellerQuery["account"]>;

export const SELLER_PAGE_SIZE = 24;

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

export function sellerVariables(
  address: string,
  page: number,
  hiddenListings: readonly string[],
): SellerQueryVariables {
  return {
    id: address.toLowerCase(),
    first: SELLER_PAGE_SIZE,
    skip: (page - 1) * SELLER_PAGE_SIZE,
    listings: { status: "Active", ...(hiddenListings.length > 0 ? { listingId_not_in: [...hiddenListings] } : {}) },
  };
}

/** The seller's profile, figures, active listings (page `page`) and reviews; `null` when unknown. */
export function useSeller(address: string, page = 1, { enabled = true }: { enabled?: boolean } = {}) {
  const client = useIndexerClient();
  const { hidden } = useAppConfig();
  const variables = sellerVariables(address, page, hidden.listings);
  return useQuery<SellerQuery, IndexerError, SellerPage | null>({
    queryKey: indexerKeys.seller(address.toLowerCase(), variables),
    queryFn: ({ signal }) =>
      client ? client.request(SellerDocument, variables, signal) : Promise.reject(notConfigured()),
    select: (data) => data.account,
    enabled: enabled && client !== null,
  });
}
