// The static site hosted on IPFS: the stack's built web/dist packed as a CAR with the stack's
// config.json (npm run site:car's code), imported into the local IPFS node through the Kubo-RPC
// upload adapter, opened at the node's path gateway /ipfs/<cid>/ and used to buy a listing. Every
// request goes to the gateway, the chain or the indexer (none to the preview server the rest of the
// suite uses), and the page's Content-Security-Policy (its <meta>) is never violated.
// Fresh accounts 100 (seller) and 101 (buyer).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { kuboRpcTarget, uploadBuiltCar } from "@agora/content";
import { buildSiteCar, contentSecurityPolicy } from "@agora/devnet";
import { parseEther } from "viem";
import { connectWallet, expect, test } from "../support/fixtures";
import { stackIpfsUrl } from "../support/ipfs";
import { freshListing, freshSeller, fund } from "../support/market";
import { ordersOf } from "../support/orders";

const dist = fileURLToPath(new URL("../../web/dist", import.meta.url));

declare global {
  interface Window {
    cspViolations: string[];
  }
}

test.use({ walletAccountIndex: 101 });

/** Packs the stack's built site with the config it serves, uploads it, and answers its root. */
async function publishSite(webUrl: string): Promise<{ root: string; config: object }> {
  const response = await fetch(new URL("config.json", webUrl));
  expect(response.ok).toBe(true);
  const config = (await response.json()) as object;
  // The rest of the suite runs under the same policy: the preview server sends it as a header.
  expect((await fetch(webUrl)).headers.get("content-security-policy")).toBe(contentSecurityPolicy(config));
  const dir = await mkdtemp(path.join(tmpdir(), "agora-site-on-ipfs-"));
  try {
    const configFile = path.join(dir, "config.json");
    await writeFile(configFile, JSON.stringify(config, null, 2));
    const { built } = await buildSiteCar({ dist, configFile });
    const { root } = await uploadBuiltCar(kuboRpcTarget({ url: stackIpfsUrl() }), built);
    return { root, config };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test("the site as a CAR on the IPFS path gateway: browse, open a listing, buy it", async ({
  page,
  wallet,
}, testInfo) => {
  const webUrl = process.env.AGORA_E2E_WEB_URL!;
  const [{ root, config }, , listingId] = await Promise.all([
    publishSite(webUrl),
    fund(101),
    freshSeller(100, "Gateway Goods").then(() =>
      freshListing({ seller: 100, name: "Gatewayfern field guide", price: parseEther("0.02"), kind: "digital" }),
    ),
  ]);

  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const cspConsole: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.cspViolations.push(`${event.effectiveDirective} ${event.blockedURI}`),
    );
  });

  const site = `${stackIpfsUrl()}/ipfs/${root}/`;
  await page.goto(site);
  // The shop window, read from the subgraph, photos from the gateway.
  await expect(page.getByTestId("listing-card").first()).toBeVisible();
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content")).toBe(
    contentSecurityPolicy(config),
  );

  // Search (a hash route under the CID's path), open the listing, buy it.
  await page.goto(`${site}#/?q=gatewayfern`);
  const card = page.locator(`[data-testid="listing-card"][data-listing-id="${listingId}"]`);
  await card.getByRole("link").click();
  await expect(page).toHaveURL(`${site}#/listing/${listingId}`);
  await expect(page.getByTestId("listing-title")).toHaveText("Gatewayfern field guide");
  await page.getByTestId("buy-now").click();
  await connectWallet(page, wallet);
  const place = page.getByTestId("place-order-button");
  await expect(place).toHaveText("Pay 0.02 ETH");
  await place.click();
  await expect(page).toHaveURL(new RegExp(`^${site.replace(/[.?]/g, "\\$&")}#/orders/\\d+$`), { timeout: 30_000 });
  await expect(page.getByTestId("order-title")).toHaveText("Gatewayfern field guide");
  await expect(page.getByTestId("order-summary")).toBeVisible();
  const [order] = await ordersOf(wallet.address);
  expect(order?.listing.id).toBe(listingId);
  expect(page.url()).toContain(`/orders/${order!.orderId}`);
  await page.screenshot({ path: testInfo.outputPath("order-on-gateway.png") });

  // Nothing came from the preview server; the site's own files came from the gateway path.
  const previewOrigin = new URL(webUrl).origin;
  expect(requests.filter((url) => url.startsWith(previewOrigin))).toEqual([]);
  expect(requests.some((url) => url.startsWith(`${site}assets/`))).toBe(true);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(cspConsole).toEqual([]);

  // The listener does see a violation: a fetch to an origin the config does not name.
  await page.evaluate(() => fetch("http://127.0.0.1:9/").catch(() => undefined));
  await expect.poll(() => page.evaluate(() => window.cspViolations)).toEqual(["connect-src http://127.0.0.1:9/"]);
});
