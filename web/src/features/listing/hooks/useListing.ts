// The listing page's read: one query (`ListingDocument`) under `indexerKeys.listing(id)`.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { ListingDocument, type ListingQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type ListingPage = NonNullable<ListingQuery["listing"]>;

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

/** The listing with its current and newest metadata, seller and reviews; `null` when not found. */
export function useListing(id: string) {
  const client = useIndexerClient();
  return useQuery<ListingQuery, IndexerError, ListingPage | null>({
    queryKey: indexerKeys.listing(id),
    queryFn: ({ signal }) =>
      client ? client.request(ListingDocument, { id }, signal) : Promise.reject(notConfigured()),
    select: (data) => data.listing,
    enabled: client !== null && id !== "",
  });
}
