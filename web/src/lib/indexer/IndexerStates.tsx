import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { IndexerError } from "./client";
import { useIndexerClient } from "./IndexerProvider";

/** This site has no subgraphUrl: no page that reads the index can show anything. */
export function IndexerNotConfigured() {
  const { t } = useTranslation();
  return (
    <div className="catalog__state" role="status" data-testid="indexer-not-configured">
      <p>{t("indexer.notConfigured")}</p>
    </div>
  );
}

/** A failed index read: what went wrong in words, and a retry. */
export function IndexerFailed({
  error,
  onRetry,
  retrying,
  testId,
}: {
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const kind = error instanceof IndexerError ? error.kind : "unreachable";
  return (
    <div className="catalog__state" role="alert" data-testid={testId}>
      <p>{t(`indexer.error.${kind}`)}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {t("indexer.retry")}
      </button>
    </div>
  );
}

/** A failed read from the chain (the index being unusable too), with a retry. */
function ChainReadFailed({ onRetry, retrying, testId }: { onRetry: () => void; retrying: boolean; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="catalog__state" role="alert" data-testid={testId}>
      <p>{t("indexer.fromChain.failed")}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {t("indexer.retry")}
      </button>
    </div>
  );
}

/**
 * One page's read of the index, in its states: not configured or failed (under the page's
 * `heading`), loading (`skeleton`), not found (`notFound`), or the page itself. `fromChain`: the
 * page read the chain instead (the index is unusable), so no index is needed and a failure is the
 * chain's.
 */
export function IndexedPage<T>({
  query,
  heading,
  skeleton,
  notFound,
  errorTestId,
  fromChain = false,
  children,
}: {
  query: UseQueryResult<T | null, unknown>;
  fromChain?: boolean;
  heading: ReactNode;
  skeleton: ReactNode;
  notFound: ReactNode;
  errorTestId: string;
  children: (data: T) => ReactNode;
}) {
  const configured = useIndexerClient() !== null || fromChain;
  let body: ReactNode;
  if (!configured) {
    body = (
      <>
        {heading}
        <IndexerNotConfigured />
      </>
    );
  } else if (query.isPending) {
    // A read from the chain can take a while (logs in ranges): the page says what it is reading.
    body = fromChain ? (
      <>
        {heading}
        {skeleton}
      </>
    ) : (
      skeleton
    );
  } else if (query.isError && fromChain) {
    body = (
      <>
        {heading}
        <ChainReadFailed onRetry={() => void query.refetch()} retrying={query.isFetching} testId={errorTestId} />
      </>
    );
  } else if (query.isError) {
    body = (
      <>
        {heading}
        <IndexerFailed
          error={query.error}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
          testId={errorTestId}
        />
      </>
    );
  } else if (query.data === null) {
    body = notFound;
  } else {
    body = children(query.data);
  }
  return <div className="page">{body}</div>;
}

/**
 * A read of the index in its states, inside a page that has its own heading: not configured,
 * loading (`loading`, announced), failed with Retry, or `children(data)`.
 */
export function IndexedQuery<T>({
  query,
  loading,
  testId,
  fromChain = false,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  /** The read is the chain's (the index is unusable): no index needed, a failure is the chain's. */
  fromChain?: boolean;
  /** The loading sentence. */
  loading: ReactNode;
  /** Prefix of the states' test ids: `<testId>-loading`, `<testId>-error`. */
  testId: string;
  children: (data: T) => ReactNode;
}) {
  const configured = useIndexerClient() !== null || fromChain;
  if (!configured) return <IndexerNotConfigured />;
  if (query.isPending) {
    return (
      <p className="catalog__state" role="status" data-testid={`${testId}-loading`}>
        {loading}
      </p>
    );
  }
  if (query.isError && fromChain) {
    return (
      <ChainReadFailed onRetry={() => void query.refetch()} retrying={query.isFetching} testId={`${testId}-error`} />
    );
  }
  if (query.isError) {
    return (
      <IndexerFailed
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        testId={`${testId}-error`}
      />
    );
  }
  return <>{children(query.data)}</>;
}
