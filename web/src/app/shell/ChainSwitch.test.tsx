import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACTIVE_CHAIN_STORAGE_KEY, initialChainId, requestWalletChain, setActiveChain } from "../../config/activeChain";
import type { SiteConfig } from "../../config/appConfig";
import { cartStorageKey } from "../../features/cart/cartStore";
import { initI18n } from "../../lib/i18n/i18n";
import { setAccountState } from "../../lib/wallet/account";
import { testSite } from "../../test/renderApp";
import { App } from "../App";

const twoChains: SiteConfig = {
  ...testSite,
  chains: [
    testSite.chains[0]!,
    { chainId: 31338, chainName: "Second local chain", rpcUrl: "http://127.0.0.1:8546", devWallet: true },
  ],
};

const oneLine = (listingId: string) =>
  JSON.stringify({ version: 1, lines: [{ listingId, quantity: 2, price: "1000000", token: "0xusdc", addedAt: 1 }] });

const cartCount = () => screen.getByRole("link", { name: /cart/i }).textContent;

beforeEach(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  window.location.hash = "#/cart";
});

afterEach(() => {
  localStorage.clear();
  setActiveChain(31337);
  requestWalletChain(undefined);
  setAccountState({ status: "unknown" });
});

describe("active chain", () => {
  it("starts on the chain the visitor was last on if the site still lists it, else on the first", () => {
    localStorage.setItem(ACTIVE_CHAIN_STORAGE_KEY, "31338");
    expect(initialChainId(twoChains)).toBe(31338);
    localStorage.setItem(ACTIVE_CHAIN_STORAGE_KEY, "84532");
    expect(initialChainId(twoChains)).toBe(31337);
    localStorage.setItem(ACTIVE_CHAIN_STORAGE_KEY, "not a number");
    expect(initialChainId(twoChains)).toBe(31337);
  });
});

describe("<ChainSwitch>", () => {
  it("names the one chain of a one-chain site", async () => {
    render(<App site={testSite} />);
    expect((await screen.findByTestId("chain-name")).textContent).toBe("Agora local (anvil)");
    expect(screen.queryByTestId("chain-select")).toBeNull();
  });

  it("moves a visitor before any wallet is there to the chosen chain, with that chain's own cart, and remembers it", async () => {
    localStorage.setItem(cartStorageKey({ chainId: 31337 }), oneLine("0x1"));
    render(<App site={twoChains} />);
    const select = (await screen.findByTestId("chain-select")) as HTMLSelectElement;
    expect(select.value).toBe("31337");
    await waitFor(() => expect(cartCount()).toBe("2"));

    // The wallet layer has not loaded: no wallet to ask.
    act(() => void fireEvent.change(select, { target: { value: "31338" } }));
    await waitFor(() => expect((screen.getByTestId("chain-select") as HTMLSelectElement).value).toBe("31338"));
    expect(cartCount()).toBe("0");
    expect(localStorage.getItem(ACTIVE_CHAIN_STORAGE_KEY)).toBe("31338");

    act(() => void fireEvent.change(screen.getByTestId("chain-select"), { target: { value: "31337" } }));
    await waitFor(() => expect(cartCount()).toBe("2"));
  });

  it("asks a connected wallet to switch instead of moving the site by itself", async () => {
    render(<App site={twoChains} />);
    const select = (await screen.findByTestId("chain-select")) as HTMLSelectElement;
    setAccountState({ status: "connected", address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", chainId: 31337 });
    act(() => void fireEvent.change(select, { target: { value: "31338" } }));
    // The wallet layer (not loaded here) does the switch; until the wallet has switched the site stays.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((screen.getByTestId("chain-select") as HTMLSelectElement).value).toBe("31337");
  });
});
