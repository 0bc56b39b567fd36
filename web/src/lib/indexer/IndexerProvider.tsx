import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useAppConfig } from "../../config/ConfigContext";
import { createIndexerClient, type IndexerClient } from "./client";

const IndexerContext = createContext<IndexerClient | null>(null);

/**
 * The one subgraph client of the app, made from `config.subgraphUrl` (memoised). Without a
 * subgraphUrl there is no client and `useIndexerClient()` returns null: pages show "not configured".
 * `client` replaces it (tests).
 */
export function IndexerProvider({ client, children }: { client?: IndexerClient; children: ReactNode }) {
  const { subgraphUrl } = useAppConfig();
  const value = useMemo(() => client ?? (subgraphUrl ? createIndexerClient(subgraphUrl) : null), [client, subgraphUrl]);
  return <IndexerContext.Provider value={value}>{children}</IndexerContext.Provider>;
}

/** The subgraph client, or null when this site has no subgraphUrl configured. */
export function useIndexerClient(): IndexerClient | null {
  return useContext(IndexerContext);
}
