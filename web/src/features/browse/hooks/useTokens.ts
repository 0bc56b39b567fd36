// The allowed payment tokens (symbol, decimals) for the browse page's token filter and price range.
// Browse and search answers carry them too and put them in this query's cache, so this query is
// only sent when nothing has been read yet and a price range needs the decimals first.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { TokensDocument, type TokenFieldsFragment, type TokensQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type PaymentToken = TokenFieldsFragment;

/** Keeps the token list a page query answered with (fake answers in tests may have none). */
export function rememberTokens(queryClient: QueryClient, tokens: PaymentToken[] | undefined) {
  if (tokens) queryClient.setQueryData<TokensQuery>(indexerKeys.tokens(), { tokens });
}

/** The allowed tokens; fetched only when `fetch` is set and none are cached yet. */
export function useTokens({ fetch = false }: { fetch?: boolean } = {}) {
  const client = useIndexerClient();
  return useQuery<TokensQuery, IndexerError, PaymentToken[]>({
    queryKey: indexerKeys.tokens(),
    queryFn: ({ signal }) =>
      client
        ? client.request(TokensDocument, {}, signal)
        : Promise.reject(new IndexerError("unreachable", "No subgraphUrl in config.json")),
    select: (data) => data.tokens,
    enabled: fetch && client !== null,
    // The owner allows a token rarely; a page query refreshes the list anyway.
    staleTime: 5 * 60_000,
  });
}
