// The admin page's read of the index: one `Admin` query (settings, payment tokens with their
// figures, arbiters with their counts) under `indexerKeys.admin()`, refreshed after each change.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { AdminDocument, type AdminQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type AdminToken = AdminQuery["paymentTokens"][number];
export type AdminArbiter = AdminQuery["arbiters"][number];
export type AdminIndex = AdminQuery;

/** The marketplace's tokens and arbiters as the index knows them (`marketplace`: its address). */
export function useAdmin(marketplace: string) {
  const client = useIndexerClient();
  return useQuery<AdminQuery, IndexerError>({
    queryKey: indexerKeys.admin(),
    queryFn: ({ signal }) =>
      client
        ? client.request(AdminDocument, { marketplace: marketplace.toLowerCase() }, signal)
        : Promise.reject(new IndexerError("unreachable", "No subgraphUrl in config.json")),
    enabled: client !== null,
  });
}

/** An arbiter's name from its newest valid profile, if it has one. */
export const arbiterName = (arbiter: AdminArbiter) => arbiter.account.profile[0]?.name ?? null;
