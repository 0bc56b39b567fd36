import { render } from "@testing-library/react";
import i18next from "i18next";
import { App } from "../app/App";
import type { AppConfig, ChainConfig, SiteConfig } from "../config/appConfig";
import { initI18n } from "../lib/i18n/i18n";

const testChain: ChainConfig = {
  chainId: 31337,
  chainName: "Agora local (anvil)",
  rpcUrl: "http://127.0.0.1:8545",
  devWallet: true,
};

/** A one-chain site, as config.json gives it. */
export const testSite: SiteConfig = {
  chains: [testChain],
  ipfsGateways: [],
  hidden: { listings: [], sellers: [] },
};

/** That site on its chain, as pages see it (`useAppConfig()`). */
export const testConfig: AppConfig = { ...testSite, ...testChain, chains: testSite.chains };

/** Renders the whole app (hash router, providers, shell) at `#<path>`, in English unless told. */
export async function renderApp(path = "/", { language = "en" }: { language?: "en" | "zh" } = {}) {
  await initI18n();
  await i18next.changeLanguage(language);
  window.location.hash = `#${path}`;
  return render(<App site={testSite} />);
}
