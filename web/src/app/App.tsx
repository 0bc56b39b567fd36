import { useMemo, useState } from "react";
import { RouterProvider } from "react-router";
import { useActiveChainId } from "../config/activeChain";
import { configForChain, type SiteConfig } from "../config/appConfig";
import { Providers } from "./Providers";
import { createAppRouter } from "./router";

export function App({ site }: { site: SiteConfig }) {
  const [router] = useState(createAppRouter);
  const chainId = useActiveChainId(site);
  const config = useMemo(() => configForChain(site, chainId)!, [site, chainId]);
  // Keyed by chain: a chain switch starts every page, query and store afresh on the new chain
  // (its index, its contracts, its cart and drafts); the wallet's connection outlives it.
  return (
    <Providers key={chainId} config={config}>
      <RouterProvider router={router} />
    </Providers>
  );
}
