import { LOCAL_CHAIN_ID } from "@agora/devnet";
import { test as base } from "@playwright/test";
import { TEST_WALLET_RDNS, TestWallet } from "./testWallet";

export { expect } from "@playwright/test";

/**
 * The browser tests' `test`: `wallet` installs the test wallet in the test's browser context on
 * the stack's anvil (chain 31337). `walletAccountIndex` picks its starting dev account; the default,
 * 8, is one the demo catalogue's seed does not use (sellers 1–4, buyers 5–7, arbiter 9).
 */
export const test = base.extend<{ wallet: TestWallet; walletAccountIndex: number }>({
  walletAccountIndex: [8, { option: true }],
  wallet: async ({ context, walletAccountIndex }, use, testInfo) => {
    const rpcUrl = process.env.AGORA_E2E_RPC_URL;
    if (!rpcUrl) throw new Error("AGORA_E2E_RPC_URL is not set: run through the e2e global setup");
    // The second local chain the site also runs on (multi-chain tests), when the stack has one.
    const secondId = Number(process.env.AGORA_E2E_SECOND_CHAIN_ID);
    const secondRpc = process.env.AGORA_E2E_SECOND_RPC_URL;
    const wallet = await TestWallet.install(context, {
      chains: [
        { id: LOCAL_CHAIN_ID, rpcUrl, name: "Anvil" },
        ...(secondId && secondRpc ? [{ id: secondId, rpcUrl: secondRpc, name: "Anvil 2" }] : []),
      ],
      accountIndex: walletAccountIndex,
    });
    await use(wallet);
    // What the page asked the wallet, for reading a failure.
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach("wallet-requests.json", {
        body: JSON.stringify(wallet.requests, null, 2),
        contentType: "application/json",
      });
    }
  },
});

/** Connects the test wallet through RainbowKit's real modal, from the header's Connect button. */
export async function connectWallet(page: import("@playwright/test").Page, wallet: TestWallet) {
  // The header's (a page may offer its own Connect button too, e.g. the order page's actions).
  await page.getByRole("banner").getByTestId("rk-connect-button").click();
  await page.getByRole("dialog").getByTestId(`rk-wallet-option-${TEST_WALLET_RDNS}`).click();
  await base.expect(page.getByTestId("rk-account-button")).toContainText(wallet.address.slice(-4));
}
