// The inbox's read: one `Inbox` query per account under `indexerKeys.inbox(account)` (so every
// order write refreshes it), polled every 30 s and on focus. `now` is taken when the query is
// sent, so the lists and the classification agree on it. No wallet code: the header's badge uses it.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useAppConfig } from "../../../config/ConfigContext";
import { chainNow } from "../../../lib/chain/chainClock";
import { IndexerError } from "../../../lib/indexer/client";
import { InboxDocument, type InboxQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { useReadMarks } from "../../messages/readStore";
import { inboxEntries, type InboxEntry } from "../inboxEntries";

export const INBOX_POLL_MS = 30_000;

export interface InboxAnswer {
  response: InboxQuery;
  /** Unix seconds the lists were selected at. */
  now: number;
}

/** The raw answer for `account` (lowercase); nothing is sent without one. */
export function useInboxQuery(account: string | undefined) {
  const client = useIndexerClient();
  return useQuery<InboxAnswer, IndexerError>({
    queryKey: indexerKeys.inbox(account ?? ""),
    queryFn: async ({ signal }) => {
      if (!client) throw new IndexerError("unreachable", "No subgraphUrl in config.json");
      // The chain's time as best known (a test chain may run ahead of the browser).
      const now = chainNow();
      const response = await client.request(InboxDocument, { account: account!, now: String(now) }, signal);
      return { response, now };
    },
    enabled: client !== null && account !== undefined,
    refetchInterval: INBOX_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/** What waits on `account`: the query and its entries (undefined until answered). */
export function useInbox(account: string | undefined) {
  const { chainId } = useAppConfig();
  const marks = useReadMarks(chainId, account);
  const query = useInboxQuery(account);
  const entries = useMemo<InboxEntry[] | undefined>(
    () =>
      query.data && account ? inboxEntries(query.data.response, { now: query.data.now, account, marks }) : undefined,
    [query.data, account, marks],
  );
  return { query, entries };
}
