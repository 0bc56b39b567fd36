// Issue 13's listing budget: creating a listing with two 2 MB photos, from the click on "Publish"
// to the listing's card in browse, through the site's own flow: the CAR built in the browser,
// uploaded to the local node, createListing signed by the test wallet and mined, the index waited
// for (chain and IPFS document), the listing page, then browse (in-app navigation) showing the
// card. Fresh random photos each run (outside the measured time); median of 5 after one unmeasured
// run, on the local stack.
import type { Browser, Page } from "@playwright/test";
import { LOCAL_CHAIN_ID } from "@agora/devnet";
import { canvasImage } from "../support/listingPhotos";
import { freshSeller } from "../support/market";
import { TEST_WALLET_RDNS, TestWallet } from "../support/testWallet";
import { median, type NavigationResult } from "./navigation.bench";

const RUNS = 5;
const BUDGET_MS = 4_000;
const SELLER = 95;
/** Random pixels do not compress: about 3.45 bytes each in Chromium's PNG, so 780² ≈ 2 MB. */
const SIDE = 780;

async function twoPhotos(page: Page, run: number) {
  const photos = [];
  for (const index of [1, 2]) {
    const buffer = await canvasImage(page, { width: SIDE, height: SIDE, type: "image/png", noise: true });
    photos.push({ name: `bench-${run}-${index}.png`, mimeType: "image/png", buffer });
  }
  return photos;
}

/** Runs on the stack and browser `browserBenches` (index.ts) started. */
export async function listingBench(browser: Browser, url: string): Promise<NavigationResult[]> {
  await freshSeller(SELLER, "Bench Workshop");
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await TestWallet.install(context, {
    chains: [{ id: LOCAL_CHAIN_ID, rpcUrl: process.env.AGORA_E2E_RPC_URL!, name: "Anvil" }],
    accountIndex: SELLER,
  });
  const page = await context.newPage();
  await page.goto(`${url}#/sell/new`);
  await page.getByRole("banner").getByTestId("rk-connect-button").click();
  await page.getByTestId(`rk-wallet-option-${TEST_WALLET_RDNS}`).click();
  await page.getByTestId("rk-account-button").waitFor();

  const times: number[] = [];
  const sizes: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    if (run > 0) await page.goto(`${url}#/sell/new`);
    await page.getByTestId("publish-listing-button").waitFor({ timeout: 30_000 });
    const photos = await twoPhotos(page, run);
    sizes.push(...photos.map((photo) => photo.buffer.length));
    await page.getByTestId("photo-input").setInputFiles(photos);
    await page.getByTestId("listing-photo").nth(1).waitFor();
    await page.getByLabel("Title", { exact: true }).fill(`Bench lamp ${run}`);
    await page
      .getByLabel("Description", { exact: true })
      .fill("A lamp listed by the benchmark, with two large photos.");
    await page.getByLabel("Category", { exact: true }).selectOption("home");
    await page.getByLabel("Price", { exact: true }).fill("0.01");

    const started = Date.now();
    await page.getByTestId("publish-listing-button").click();
    await page.waitForURL(/#\/listing\/0x[0-9a-f]{64}$/, { timeout: 30_000 });
    const id = page.url().split("/").pop()!;
    await page.getByRole("link", { name: "Agora home" }).click();
    await page.locator(`[data-testid="listing-card"][data-listing-id="${id}"]`).waitFor({ timeout: 30_000 });
    if (run > 0) times.push(Date.now() - started);
  }
  await context.close();
  const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
  const [smallest, largest] = [megabytes(Math.min(...sizes)), megabytes(Math.max(...sizes))];
  const photoSize = smallest === largest ? `${smallest} MB` : `${smallest}–${largest} MB`;
  return [
    {
      name: `web: new listing with two ${photoSize} photos, Publish → card in browse, median of ${RUNS}`,
      value: median(times),
      unit: "ms",
      target: `<= ${BUDGET_MS}`,
    },
    {
      name: `web: new listing with two ${photoSize} photos, Publish → card in browse, max`,
      value: Math.max(...times),
      unit: "ms",
    },
  ];
}
