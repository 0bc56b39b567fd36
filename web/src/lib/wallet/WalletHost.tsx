import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../config/ConfigContext";
import { currentLanguage, localeTags } from "../i18n/i18n";
import { useTheme } from "../theme/ThemeProvider";
import { useIslands } from "./islands";
import { loadWalletLayerWhenIdle, useWalletLoadState } from "./walletLoader";

/**
 * Mounted once in the shell: schedules the wallet layer for when the browser is idle and, once
 * it is loaded, renders it with the site's config, theme and language. Renders nothing before.
 */
export function WalletHost() {
  const load = useWalletLoadState();
  const islands = useIslands();
  const config = useAppConfig();
  const { theme } = useTheme();
  const { i18n } = useTranslation();

  useEffect(() => loadWalletLayerWhenIdle(), []);

  if (load.status !== "ready") return null;
  const { WalletLayer } = load.module;
  return <WalletLayer config={config} theme={theme} locale={localeTags[currentLanguage(i18n)]} islands={islands} />;
}
