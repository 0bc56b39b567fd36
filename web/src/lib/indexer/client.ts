// The one fetcher of the subgraph: typed page documents (generated from subgraph/queries) sent as
// plain POSTs. Every failure becomes an IndexerError with a kind the pages turn into a state.
import type { TypedDocumentString } from "./generated/graphql";
import { IndexedBlockDocument } from "./generated/graphql";

export type IndexerErrorKind = "unreachable" | "http" | "graphql" | "timeout";

export class IndexerError extends Error {
  constructor(
    readonly kind: IndexerErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "IndexerError";
  }
}

export interface IndexerClient {
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    signal?: AbortSignal,
  ): Promise<TResult>;
}

/** A client of the subgraph at `url`; `fetchImpl` is for tests. */
export function createIndexerClient(url: string, fetchImpl: typeof fetch = fetch): IndexerClient {
  return {
    async request(document, variables, signal) {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify({ query: document.toString(), variables }),
          signal,
        });
      } catch (error) {
        if (signal?.aborted) throw error;
        throw new IndexerError("unreachable", `The index at ${url} cannot be reached`);
      }
      const body = (await response.json().catch(() => undefined)) as
        { data?: unknown; errors?: { message: string }[] } | undefined;
      if (body?.errors?.length) {
        throw new IndexerError("graphql", body.errors.map((error) => error.message).join("; "), response.status);
      }
      if (!response.ok || body?.data === undefined) {
        throw new IndexerError("http", `The index answered HTTP ${response.status}`, response.status);
      }
      return body.data as never;
    },
  };
}

/** The block the subgraph has indexed up to. */
export async function indexedBlock(client: IndexerClient, signal?: AbortSignal): Promise<number> {
  const { _meta } = await client.request(IndexedBlockDocument, {}, signal);
  if (!_meta) throw new IndexerError("graphql", "The index does not report its block");
  return _meta.block.number;
}

export interface WaitOptions {
  /** Give up after this long (default 60 s). */
  timeoutMs?: number;
  /** Poll interval (default 500 ms). */
  intervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Resolves once the subgraph has indexed `block` (a receipt's block), so that the next read shows
 * the user their own write; rejects with an IndexerError of kind "timeout" after `timeoutMs`.
 */
export async function waitForIndexedBlock(
  client: IndexerClient,
  block: number | bigint,
  { timeoutMs = 60_000, intervalMs = 250, signal }: WaitOptions = {},
): Promise<number> {
  const target = Number(block);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reached = await indexedBlock(client, signal).catch((error: unknown) => {
      if (signal?.aborted) throw error;
      return -1; // a failed poll is retried until the deadline
    });
    if (reached >= target) return reached;
    if (Date.now() + intervalMs > deadline) {
      throw new IndexerError("timeout", `The index has not reached block ${target} yet`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
