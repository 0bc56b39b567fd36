import { createContext, useContext, useMemo, type ReactNode } from "react";
import { useAppConfig } from "../../config/ConfigContext";
import { createContentReader, type ContentReader } from "./reader";

const ContentContext = createContext<ContentReader | null>(null);

/**
 * The one IPFS reader of the app, over `config.ipfsGateways` (memoised). `reader` replaces it
 * (tests).
 */
export function ContentProvider({ reader, children }: { reader?: ContentReader; children: ReactNode }) {
  const { ipfsGateways } = useAppConfig();
  const value = useMemo(() => reader ?? createContentReader({ gateways: ipfsGateways }), [reader, ipfsGateways]);
  return <ContentContext.Provider value={value}>{children}</ContentContext.Provider>;
}

export function useContentReader(): ContentReader {
  const reader = useContext(ContentContext);
  if (!reader) throw new Error("useContentReader outside ContentProvider");
  return reader;
}
