import { lazy, Suspense, useEffect, useRef, type RefObject } from "react";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation } from "react-router";
import { ContentOutageNotice } from "../../lib/content/ContentOutageNotice";
import { WalletHost } from "../../lib/wallet/WalletHost";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { Footer } from "./Footer";
import { Header } from "./Header";
import { AccountSync } from "./walletIslands";

const accountSync = <AccountSync />;
// Lazy: the index's health check (and its banner) stays out of the first load.
const IndexerHealthNotice = lazy(() =>
  import("../../lib/indexer/IndexerHealthNotice").then((module) => ({ default: module.IndexerHealthNotice })),
);

/**
 * The frame of every page: skip link, header, the page (a lazy route), footer, and the wallet
 * host that loads the wallet layer when the browser is idle.
 */
export function Shell() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main-content"
        onClick={(event) => {
          // A hash link would be read as a route: move focus instead.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        {t("shell.skipToContent")}
      </a>
      <Header />
      <main id="main-content" ref={main} tabIndex={-1} className="shell__main">
        <ContentOutageNotice />
        <Suspense fallback={null}>
          <IndexerHealthNotice />
        </Suspense>
        <Outlet />
      </main>
      <Footer />
      <WalletIsland fallback={null} className="wallet-island--hidden">
        {accountSync}
      </WalletIsland>
      <WalletHost />
    </div>
  );
}

/** After a navigation to another page, screen readers and keyboards start at the new page's top. */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo?.(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
