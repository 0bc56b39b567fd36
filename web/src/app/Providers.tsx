import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import type { AppConfig } from "../config/appConfig";
import { ConfigProvider } from "../config/ConfigContext";
import { CartProvider } from "../features/cart/CartProvider";
import { ContentProvider } from "../lib/content/ContentProvider";
import { IndexerProvider } from "../lib/indexer/IndexerProvider";
import { ThemeProvider } from "../lib/theme/ThemeProvider";

/**
 * What every page has from the first load: the site config, TanStack Query (the indexer's and IPFS reads)
 * and the theme. No wallet code here: the wallet layer loads lazily (lib/wallet).
 */
export function Providers({ config, children }: { config: AppConfig; children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  return (
    <ConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <IndexerProvider>
          <ContentProvider>
            <CartProvider>
              <ThemeProvider>{children}</ThemeProvider>
            </CartProvider>
          </ContentProvider>
        </IndexerProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
}
