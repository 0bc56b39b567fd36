// The order page's read: one query (`OrderDocument`: the order, its timeline, dispute file, review
// and the marketplace's windows) under `indexerKeys.order(id)`; or, while the index is down or far
// behind (or this query cannot reach it), the same order read from the chain's views and event logs
// under `indexerKeys.orderFromChain(id)`.
import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useAppConfig } from "../../../config/ConfigContext";
import { useCachedDocumentReads } from "../../../lib/content/hooks";
import { IndexerError } from "../../../lib/indexer/client";
import { useReadFromChain, type ReadSource } from "../../listing/hooks/useListing";
import { OrderDocument, type OrderQuery, type OrderQueryVariables } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { noteChainTime } from "../../../lib/chain/chainClock";

export type OrderPage = NonNullable<OrderQuery["order"]>;

/** The marketplace's windows, in seconds (null before the contract's settings are indexed). */
export interface MarketplaceWindows {
  confirmationWindow: number;
  rulingWindow: number;
}

export interface OrderRead {
  order: OrderPage;
  windows: MarketplaceWindows | null;
}

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

export const orderVariables = (id: string) => ({ id: id.toLowerCase() }) satisfies OrderQueryVariables;

export function selectOrder(data: OrderQuery): OrderRead | null {
  if (!data.order) return null;
  const market = data.marketplaces[0];
  return {
    order: data.order,
    windows: market
      ? { confirmationWindow: Number(market.confirmationWindow), rulingWindow: Number(market.rulingWindow) }
      : null,
  };
}

/** One order (subgraph id, `0x` + 64 hex digits) with everything its page shows; `null` when unknown. */
export function useOrder(id: string | undefined) {
  const client = useIndexerClient();
  const variables = orderVariables(id ?? "");
  return useQuery<OrderQuery, IndexerError, OrderRead | null>({
    queryKey: indexerKeys.order(variables.id),
    queryFn: async ({ signal }) => {
      if (!client) throw notConfigured();
      const data = await client.request(OrderDocument, variables, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    select: selectOrder,
    enabled: client !== null && id !== undefined,
  });
}

/**
 * The order page's read and where it came from: the index, or the chain (views and event logs,
 * what was bought from IPFS) when no index is configured, the banner found it down or lagging, or
 * the page's query could not reach it.
 */
export function useOrderPage(id: string): { query: UseQueryResult<OrderRead | null, unknown>; source: ReadSource } {
  const { chainId, rpcUrl } = useAppConfig();
  const documents = useCachedDocumentReads();
  const index = useOrder(id);
  const fromChain = useReadFromChain(index.error);
  const chain = useQuery<OrderRead | null>({
    queryKey: indexerKeys.orderFromChain(orderVariables(id).id),
    queryFn: async () => {
      const [{ readOrderFromChain }, { chainClient }] = await Promise.all([
        import("./chainOrder"),
        import("../../../lib/chain/chainReads"),
      ]);
      const { read, chainTime } = await readOrderFromChain({
        client: chainClient(rpcUrl),
        chainId,
        id,
        // Through the content cache: the page's own components read the same documents again.
        ...documents,
      });
      noteChainTime(Number(chainTime));
      return read;
    },
    // The RPC client retries a failed request itself: one more try here is enough.
    retry: 1,
    enabled: fromChain,
  });
  return fromChain ? { query: chain, source: "chain" } : { query: index, source: "index" };
}
