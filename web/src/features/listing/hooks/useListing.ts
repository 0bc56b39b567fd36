// The listing page's read: one query (`ListingDocument`) under `indexerKeys.listing(id)`; or, while
// the index is down or far behind (or this page's query cannot reach it), the same listing read
// from the chain and IPFS under `indexerKeys.listingFromChain(id)`.
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useAppConfig } from "../../../config/ConfigContext";
import { useCachedDocumentReads } from "../../../lib/content/hooks";
import { IndexerError } from "../../../lib/indexer/client";
import { ListingDocument, type ListingQuery } from "../../../lib/indexer/generated/graphql";
import { indexUnusable, useKnownIndexerHealth } from "../../../lib/indexer/health";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type ListingPage = NonNullable<ListingQuery["listing"]>;

/** Where a page's data came from: the index, or the chain (and IPFS) while the index is unusable. */
export type ReadSource = "index" | "chain";

export interface ListingRead {
  query: UseQueryResult<ListingPage | null, unknown>;
  source: ReadSource;
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

/** A page query that failed because the index is not there (not because it rejected the query). */
export const indexMissing = (error: unknown) =>
  error instanceof IndexerError && (error.kind === "unreachable" || error.kind === "http");

/**
 * The query of a listing read from the chain and IPFS (`indexerKeys.listingFromChain(id)`), shared
 * by the listing page and the buy-now checkout: the same read serves both.
 */
export function useChainListingOptions(id: string) {
  const { chainId, rpcUrl } = useAppConfig();
  const documents = useCachedDocumentReads();
  return {
    queryKey: indexerKeys.listingFromChain(id),
    queryFn: async (): Promise<ListingPage | null> => {
      const [{ readListingFromChain }, { chainClient }] = await Promise.all([
        import("./chainListing"),
        import("../../../lib/chain/chainReads"),
      ]);
      return readListingFromChain({
        client: chainClient(rpcUrl),
        chainId,
        id,
        // Through the content cache: the page's own components read the same documents again.
        ...documents,
      });
    },
    // The RPC client retries a failed request itself: one more try here is enough.
    retry: 1,
  };
}

/** Whether pages should read from the chain: no index configured, the banner found it unusable, or a page query could not reach it. */
export function useReadFromChain(indexError: unknown): boolean {
  const client = useIndexerClient();
  const health = useKnownIndexerHealth();
  return client === null || indexUnusable(health) || indexMissing(indexError);
}

/**
 * The listing with its current metadata, seller and (from the index) reviews; `null` when not
 * found. Read from the chain when no index is configured, the banner found it down or lagging, or
 * this query could not reach it.
 */
export function useListing(id: string): ListingRead {
  const client = useIndexerClient();
  const index = useQuery<ListingQuery, IndexerError, ListingPage | null>({
    queryKey: indexerKeys.listing(id),
    queryFn: ({ signal }) =>
      client ? client.request(ListingDocument, { id }, signal) : Promise.reject(notConfigured()),
    select: (data) => data.listing,
    enabled: client !== null && id !== "",
  });
  const fromChain = useReadFromChain(index.error);
  const chain = useQuery({ ...useChainListingOptions(id), enabled: fromChain && id !== "" });
  return fromChain ? { query: chain, source: "chain" } : { query: index, source: "index" };
}
