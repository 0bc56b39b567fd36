// A dead index: with graph-node stopped for good (this project runs last, alone), the site says
// search and browse are limited, a listing's and an order's pages are read from the chain (and
// IPFS), and buying now still works. Accounts 105 (seller), 106 (buyer through the contract) and
// 107 (buyer through the site).
import { parseEther } from "viem";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { stopGraphNode } from "../support/indexer";
import { contracts, freshListing, freshSeller, fund } from "../support/market";
import { placeOrder } from "../support/orders";
import { settlePhotos } from "../support/photos";
import { shoot, viewports } from "../support/screenshots";

const SELLER = 105;
const BUYER = 106;
const SITE_BUYER = 107;

test.use({ walletAccountIndex: SITE_BUYER });

test("with graph-node stopped, listing and order pages read the chain under a banner", async ({
  page,
  wallet,
}, testInfo) => {
  test.setTimeout(120_000);
  const seller = await freshSeller(SELLER, "Chain Reader Crafts");
  const name = "Brass lantern read from the chain";
  const listingId = await freshListing({ seller: SELLER, name, price: parseEther("0.02"), stock: 4 });
  await fund(BUYER);
  const order = await placeOrder({ buyer: BUYER, listingId, sellerKey: seller.keypair.publicKeyBase64 });

  await stopGraphNode();

  await page.setViewportSize(viewports.phone);
  await page.goto(`/#/listing/${listingId}`);
  await expect(page.getByTestId("indexer-health")).toContainText("search and browsing are limited", {
    ignoreCase: true,
  });
  await expect(page.getByTestId("listing-from-chain")).toBeVisible();
  await expect(page.getByTestId("listing-title")).toHaveText(name);
  await expect(page.getByTestId("listing-price")).toHaveText("0.02 ETH");
  await expect(page.getByTestId("listing-stock")).toContainText("3");
  await expect(page.getByTestId("listing-description")).toContainText("listed by a browser test");
  await expect(page.getByTestId("listing-needs-index")).toBeVisible();
  await settlePhotos(page);
  await shoot(page, testInfo, "indexer-down-listing-phone", "light");
  await page.setViewportSize(viewports.desktop);
  await settlePhotos(page);
  await shoot(page, testInfo, "indexer-down-listing-desktop", "dark");

  await page.goto(`/#/orders/${order.id}`);
  await expect(page.getByTestId("order-from-chain")).toBeVisible();
  await expect(page.getByTestId("order-page")).toHaveAttribute("data-status", "Paid");
  await expect(page.getByTestId("order-title")).toHaveText(name);
  await expect(page.getByTestId("order-total")).toContainText("0.02 ETH");
  await expect(page.getByTestId("order-escrow")).toContainText("0.02 ETH");
  await expect(page.getByTestId("timeline-entry")).toHaveCount(1);
  await settlePhotos(page);
  await shoot(page, testInfo, "indexer-down-order-desktop", "light");
  await page.setViewportSize(viewports.phone);
  await settlePhotos(page);
  await shoot(page, testInfo, "indexer-down-order-phone", "dark");

  await page.goto("/#/");
  await expect(page.getByTestId("indexer-health")).toBeVisible();
  await expect(page.getByTestId("catalog-error")).toBeVisible();
  await shoot(page, testInfo, "indexer-down-browse-phone", "light");

  // Buying needs only the chain: the checkout reads the listing (and the seller's key) there too,
  // and the order's page after it.
  await fund(SITE_BUYER);
  await page.setViewportSize(viewports.desktop);
  await page.goto(`/#/listing/${listingId}`);
  await page.getByTestId("buy-now").click();
  await expect(page).toHaveURL(/#\/checkout\?listing=/);
  await connectWallet(page, wallet);
  const place = page.getByTestId("place-order-button");
  await expect(place).toHaveText("Pay 0.02 ETH");
  await page.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Compiler Way");
  await page.getByRole("textbox", { name: "City" }).fill("Arlington");
  await page.getByRole("textbox", { name: "Postal code" }).fill("22201");
  await page.getByRole("combobox", { name: "Country" }).selectOption("US");
  await place.click();
  await expect(page).toHaveURL(/#\/orders\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId("order-from-chain")).toBeVisible();
  await expect(page.getByTestId("order-page")).toHaveAttribute("data-status", "Paid");
  await expect(page.getByTestId("order-total")).toContainText("0.02 ETH");
  const { marketplace } = await contracts();
  const listing = await publicClient().readContract({
    ...marketplace,
    functionName: "getListing",
    args: [BigInt(listingId)],
  });
  expect(listing.stock).toBe(2n);
});
