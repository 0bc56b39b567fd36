import { useIsFetching } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../config/ConfigContext";
import { currentLanguage, localeTags } from "../i18n/i18n";
import { useTheme } from "../theme/ThemeProvider";
import { useIslands } from "./islands";
import { loadWalletLayerWhenIdle, useWalletLoadState } from "./walletLoader";

/**
 * True once the first page has its data (every query it started has settled), or after
 * `maxWaitMs`: the wallet layer waits for it, so that its download and start-up do not compete
 * with the page's first reads and photos.
 */
function useFirstPageSettled(maxWaitMs = 2_500, quietMs = 250) {
  const fetching = useIsFetching();
  const [started, setStarted] = useState(false);
  const [settled, setSettled] = useState(false);
  if (fetching > 0 && !started) setStarted(true);
  // Quiet for a moment, not just between one read and the reads its answer starts (photos).
  useEffect(() => {
    if (!started || fetching > 0) return;
    const timer = window.setTimeout(() => setSettled(true), quietMs);
    return () => window.clearTimeout(timer);
  }, [started, fetching, quietMs]);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(true), maxWaitMs);
    return () => window.clearTimeout(timer);
  }, [maxWaitMs]);
  return settled;
}

/**
 * Mounted once in the shell: schedules the wallet layer for when the browser is idle after the
 * first page has its data and, once it is loaded, renders it with the site's config, theme and
 * language. Renders nothing before.
 */
export function WalletHost() {
  const load = useWalletLoadState();
  const islands = useIslands();
  const config = useAppConfig();
  const { theme } = useTheme();
  const { i18n } = useTranslation();

  const settled = useFirstPageSettled();
  useEffect(() => (settled ? loadWalletLayerWhenIdle() : undefined), [settled]);

  if (load.status !== "ready") return null;
  const { WalletLayer } = load.module;
  return <WalletLayer config={config} theme={theme} locale={localeTags[currentLanguage(i18n)]} islands={islands} />;
}
