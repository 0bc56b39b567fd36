// The order page's thread: one query (`OrderMessagesDocument`) under `indexerKeys.orderMessages`.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { OrderMessagesDocument, type OrderMessagesQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { orderKey } from "../readStore";

export type OrderThread = NonNullable<OrderMessagesQuery["order"]>;
export type ThreadMessage = OrderThread["messages"][number];

/** The order's messages in log order with both parties' newest keys; `null` while it is not indexed. */
export function useOrderMessages(orderId: string) {
  const client = useIndexerClient();
  const id = orderKey(orderId);
  return useQuery<OrderMessagesQuery, IndexerError, OrderThread | null>({
    queryKey: indexerKeys.orderMessages(id),
    queryFn: ({ signal }) =>
      client
        ? client.request(OrderMessagesDocument, { order: id }, signal)
        : Promise.reject(new IndexerError("unreachable", "No subgraphUrl in config.json")),
    select: (data) => data.order,
    enabled: client !== null,
    refetchInterval: 30_000,
  });
}

/** The encryption key (base64) of the account's newest valid profile, if it published one. */
export const publishedKey = (party: OrderThread["buyer"]): string | undefined =>
  party.profile[0]?.encryptionPublicKey ?? undefined;
