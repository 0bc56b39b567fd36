import { darkTheme, lightTheme, RainbowKitProvider, type Locale } from "@rainbow-me/rainbowkit";
import "@rainbow-me/rainbowkit/styles.css";
import { Suspense, useLayoutEffect, useMemo } from "react";
import { createPortal } from "react-dom";
import { WagmiProvider } from "wagmi";
import type { AppConfig } from "../../config/appConfig";
import { getWagmiConfig } from "../chain/wagmiConfig";
import type { Theme } from "../theme/theme";
import { TxToaster } from "../tx/toast";
import { setLayerMounted, type Island } from "./islands";

/** The accent of styles.css (--color-accent) per theme, for RainbowKit's buttons and modal. */
const accent = { light: "#1d6b58", dark: "#4cc9a0" } as const;
const accentForeground = { light: "#ffffff", dark: "#08231b" } as const;

/**
 * The lazily loaded wallet layer: wagmi (one shared config) and RainbowKit around every wallet
 * island, each rendered into its own place in the page through a portal. Loaded by walletLoader.
 */
export function WalletLayer({
  config,
  theme,
  locale,
  islands,
}: {
  config: AppConfig;
  theme: Theme;
  locale: Locale;
  islands: readonly Island[];
}) {
  const wagmiConfig = getWagmiConfig(config);
  const rainbowTheme = useMemo(() => {
    const options = {
      accentColor: accent[theme],
      accentColorForeground: accentForeground[theme],
      borderRadius: "medium",
      fontStack: "system",
    } as const;
    return theme === "dark" ? darkTheme(options) : lightTheme(options);
  }, [theme]);

  useLayoutEffect(() => {
    setLayerMounted(true);
    return () => setLayerMounted(false);
  }, []);

  return (
    <WagmiProvider config={wagmiConfig}>
      <RainbowKitProvider locale={locale} theme={rainbowTheme} appInfo={{ appName: "Agora" }}>
        {islands.map((island) =>
          createPortal(
            // RainbowKit scopes its styles and theme to [data-rk]; a portal leaves the provider's own wrapper.
            <div data-rk="" className="wallet-island__root">
              <Suspense fallback={island.fallback}>{island.content}</Suspense>
            </div>,
            island.container,
            island.key,
          ),
        )}
        <TxToaster theme={theme} />
      </RainbowKitProvider>
    </WagmiProvider>
  );
}
