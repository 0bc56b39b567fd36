// The order page's read: one query (`OrderDocument`: the order, its timeline, dispute file, review
// and the marketplace's windows) under `indexerKeys.order(id)`.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
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
