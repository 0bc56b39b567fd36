import { act, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { defineChain } from "viem";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getAccount } from "wagmi/actions";
import { requestWalletChain, setActiveChain, useActiveChainId } from "../../config/activeChain";
import type { SiteConfig } from "../../config/appConfig";
import { CartProvider } from "../../features/cart/CartProvider";
import { fakeChain, localChain } from "../../test/fakeChain";
import { testSite } from "../../test/renderApp";
import { renderWithWallet } from "../../test/walletHarness";
import { initI18n } from "../i18n/i18n";
import { setAccountState } from "./account";
import AccountSync from "./AccountSync";

const account = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const second = defineChain({ ...localChain, id: 31338, name: "second" });
const site: SiteConfig = {
  ...testSite,
  chains: [
    testSite.chains[0]!,
    { chainId: 31338, chainName: "second", rpcUrl: "http://127.0.0.1:8546", devWallet: true },
  ],
};

/** The chain the site is on, as App reads it. */
function ActiveChain() {
  return <output data-testid="active-chain">{useActiveChainId(site)}</output>;
}

const active = () => Number(screen.getByTestId("active-chain").textContent);

function mount(chainId: number) {
  return renderWithWallet(
    <CartProvider>
      <AccountSync />
      <ActiveChain />
    </CartProvider>,
    {
      account,
      chain: fakeChain({ from: account }),
      chains: [localChain, second],
      chainId,
      config: { chains: site.chains },
    },
  );
}

beforeEach(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  setActiveChain(31337);
});

afterEach(() => {
  requestWalletChain(undefined);
  setActiveChain(31337);
  setAccountState({ status: "unknown" });
  localStorage.clear();
});

describe("AccountSync and the site's chain", () => {
  it("moves the site to the wallet's chain when that is another of the site's chains", async () => {
    const view = await mount(31338);
    await waitFor(() => expect(active()).toBe(31338));
    await view.cleanup();
  });

  it("asks the wallet to switch when the visitor picks a chain, and moves the site once it has", async () => {
    const view = await mount(31337);
    await waitFor(() => expect(getAccount(view.wagmi).status).toBe("connected"));
    act(() => requestWalletChain(31338));
    await waitFor(() => expect(getAccount(view.wagmi).chainId).toBe(31338));
    await waitFor(() => expect(active()).toBe(31338));
    await view.cleanup();
  });
});
