// Issue 12's read-your-writes budget: from a purchase's receipt to the order shown on the buyer's
// order page, through the site's own flow (Buy now → Place order in the test wallet → the write
// mechanism waits for the subgraph to reach the receipt's block → the order page). The receipt
// time is when the chain has it (polled from Node every 20 ms), the end when the page shows the
// order with its status. p95 of 10 on the local stack, after one unmeasured purchase.
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { parseEther, type Hex } from "viem";
import { publicClient } from "../support/chain";
import { LOCAL_CHAIN_ID } from "@agora/devnet";
import { TEST_WALLET_RDNS, TestWallet } from "../support/testWallet";
import { freshListing, freshSeller, fund } from "../support/market";
import { median, type NavigationResult } from "./navigation.bench";

const RUNS = 10;
const BUDGET_MS = 1_500;
const SELLER = 40;
const BUYER = 41;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Runs on the stack and browser `benchOnStack` (index.ts) started. */
export async function purchaseBench(browser: Browser, url: string): Promise<NavigationResult[]> {
  {
    const rpcUrl = process.env.AGORA_E2E_RPC_URL!;
    await freshSeller(SELLER, "Bench Seller");
    // A digital good: no address to seal, so the figure is the payment's path alone.
    const listing = await freshListing({
      seller: SELLER,
      name: "Bench e-book",
      price: parseEther("0.001"),
      stock: 1_000,
      kind: "digital",
    });
    await fund(BUYER);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const wallet = await TestWallet.install(context, {
      chains: [{ id: LOCAL_CHAIN_ID, rpcUrl, name: "Anvil" }],
      accountIndex: BUYER,
    });
    const page = await context.newPage();
    await page.goto(`${url}#/checkout?listing=${listing}&qty=1`);
    try {
      await page.getByTestId("rk-connect-button").click();
      await page.getByTestId(`rk-wallet-option-${TEST_WALLET_RDNS}`).click();
      await page.getByTestId("rk-account-button").waitFor();
    } catch (error) {
      const shot = path.join(tmpdir(), "agora-purchase-bench-connect.png");
      await page.screenshot({ path: shot });
      throw new Error(`could not connect the test wallet (page: ${shot})`, { cause: error });
    }
    const client = publicClient();

    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      if (run > 0) await page.goto(`${url}#/checkout?listing=${listing}&qty=1`);
      const sentBefore = wallet.sent.length;
      await page.getByTestId("place-order-button").click({ timeout: 30_000 });
      while (wallet.sent.length === sentBefore) await new Promise((resolve) => setTimeout(resolve, 5));
      const hash = wallet.sent[sentBefore] as Hex;
      const receipt = await client.waitForTransactionReceipt({ hash, pollingInterval: 20 });
      const receivedAt = Date.now();
      if (receipt.status !== "success") throw new Error(`purchase ${hash} reverted`);
      await page.waitForSelector('[data-testid="order-page"][data-status="Paid"]', { timeout: 30_000 });
      if (run > 0) times.push(Date.now() - receivedAt);
    }
    await context.close();
    return [
      {
        name: `web: purchase receipt → order on its page, p95 of ${RUNS}`,
        value: percentile(times, 95),
        unit: "ms",
        target: `<= ${BUDGET_MS}`,
      },
      { name: `web: purchase receipt → order on its page, median of ${RUNS}`, value: median(times), unit: "ms" },
    ];
  }
}
