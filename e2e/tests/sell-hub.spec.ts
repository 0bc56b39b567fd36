// The Sell hub in the browser: a fresh seller is walked through step 1 (profile and key), sees it
// ticked once a profile with a key is published, then sees their listing and closes it (the chain
// says Closed, the page too). Then screenshots of the walkthrough and of a listing list with every
// state. Fresh accounts 65 (scenario), 66 (walkthrough; a buyer for the sold-out listing), 67.
import { parseEther } from "viem";
import type { Page, TestInfo } from "@playwright/test";
import { readListingOnChain } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { contracts, freshListing, freshSeller, fund, send } from "../support/market";
import { placeOrder } from "../support/orders";
import { settlePhotos } from "../support/photos";
import { shoot, viewports } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";

/** The contract's ListingStatus.Closed. */
const CLOSED = 2;

/** The encryption key of the account's newest valid profile, as the index has it now. */
async function indexedKey(account: string) {
  const { account: indexed } = await subgraphQuery<{
    account: { profile: { encryptionPublicKey: string | null }[] } | null;
  }>(
    `query ($id: ID!) { account(id: $id) { profile: profiles(where: { valid: true }, orderBy: version,
      orderDirection: desc, first: 1) { encryptionPublicKey } } }`,
    { id: account.toLowerCase() },
  );
  return indexed?.profile[0]?.encryptionPublicKey ?? null;
}

/** Leaves the hub and comes back: it reads the index again (what a seller does after acting elsewhere). */
async function revisitHub(page: Page) {
  await page.goto("/#/sales");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goto("/#/sell");
}

test.describe("the Sell hub", () => {
  test.use({ walletAccountIndex: 65 });

  test("walks a new seller through step 1, then lists their listing and closes it", async ({ page, wallet }) => {
    await fund(65);
    await page.goto("/#/sell");
    await connectWallet(page, wallet);
    const profileStep = page.getByTestId("sell-step-profile");
    await expect(profileStep).toHaveAttribute("data-state", "current");
    await expect(page.getByTestId("sell-step-listing")).toHaveAttribute("data-state", "todo");
    await expect(page.getByTestId("sell-step-listing-locked")).toBeVisible();
    await expect(profileStep.getByRole("link", { name: "Publish your profile" })).toHaveAttribute(
      "href",
      "#/sell/profile",
    );

    // A profile with its key, published from Node: step 1 is done and the first listing is next.
    const seller = await freshSeller(65, "Hub Test Lamps");
    // The profile document is read by the index a moment after its block (a file data source).
    await expect.poll(() => indexedKey(seller.address), { timeout: 20_000 }).toBe(seller.keypair.publicKeyBase64);
    await revisitHub(page);
    await expect(profileStep).toHaveAttribute("data-state", "done");
    await expect(page.getByTestId("sell-step-profile-text")).toHaveText(
      "Published as “Hub Test Lamps”, with your encryption key.",
    );
    await expect(page.getByTestId("sell-step-listing")).toHaveAttribute("data-state", "current");
    await expect(page.getByTestId("sell-step-listing-action")).toHaveAttribute("href", "#/sell/new");

    // A listing made from Node: the walkthrough gives way to the list.
    const listingId = await freshListing({ seller: 65, name: "Hub test lamp", price: parseEther("0.01"), stock: 4 });
    await revisitHub(page);
    const card = page.locator(`[data-testid="sell-listing"][data-listing-id="${listingId}"]`);
    await expect(card).toHaveAttribute("data-state", "active");
    await expect(page.getByTestId("sell-walkthrough")).toHaveCount(0);
    await expect(card.getByTestId("sell-listing-title")).toHaveText("Hub test lamp");
    await expect(card.getByTestId("sell-listing-price")).toHaveText("0.01 ETH");
    await expect(card.getByTestId("sell-listing-stock")).toHaveText("4 in stock");
    await expect(card.getByTestId("sell-listing-sold")).toHaveText("0 sold");
    await expect(card.getByTestId("sell-listing-edit")).toHaveAttribute("href", `#/sell/listings/${listingId}`);

    // Closed in the browser, after confirming: on chain, then on the card once indexed.
    await card.getByTestId("close-listing-button").click();
    await expect(card.getByTestId("close-listing-question")).toContainText("Close “Hub test lamp” for good?");
    await card.getByTestId("close-listing-sure").click();
    await expect.poll(async () => (await readListingOnChain(listingId)).status, { timeout: 20_000 }).toBe(CLOSED);
    await expect(card).toHaveAttribute("data-state", "closed", { timeout: 20_000 });
    await expect(card.getByTestId("sell-listing-state")).toHaveText("Closed");
    await expect(card.getByTestId("sell-listing-stock")).toHaveText("0 in stock");
    await expect(card.getByTestId("close-listing")).toHaveCount(0);
  });
});

/** The page at phone and desktop width, light and dark, then desktop light in Chinese. */
async function shootHub(page: Page, testInfo: TestInfo, name: string) {
  for (const viewport of ["phone", "desktop"] as const) {
    await page.setViewportSize(viewports[viewport]);
    for (const theme of ["light", "dark"] as const)
      await shoot(page, testInfo, `${name}-${viewport}-${theme}-en`, theme);
  }
  await page.locator(".language-switch__select").selectOption("zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我的店铺");
  await shoot(page, testInfo, `${name}-desktop-light-zh`, "light");
}

test.describe("Sell hub screenshots", () => {
  test.describe("a new seller's walkthrough", () => {
    test.use({ walletAccountIndex: 66 });
    test("sell-hub-walkthrough", async ({ page, wallet }, testInfo) => {
      await page.goto("/#/sell");
      await connectWallet(page, wallet);
      await expect(page.getByTestId("sell-step-profile")).toHaveAttribute("data-state", "current");
      await shootHub(page, testInfo, "sell-hub-walkthrough");
    });
  });

  test.describe("a seller's listings", () => {
    test.use({ walletAccountIndex: 67 });
    test("sell-hub-listings", async ({ page, wallet }, testInfo) => {
      // On sale, sold out (its one unit bought by account 66) and closed.
      const seller = await freshSeller(67, "Harbour Lights");
      const last = await freshListing({ seller: 67, name: "Linen lampshade", price: parseEther("0.015"), stock: 1 });
      const closed = await freshListing({ seller: 67, name: "Oak side table", price: parseEther("0.12"), stock: 2 });
      await freshListing({ seller: 67, name: "Brass desk lamp", price: parseEther("0.045"), stock: 6 });
      await fund(66);
      await placeOrder({ buyer: 66, listingId: last, sellerKey: seller.keypair.publicKeyBase64 });
      await send(67, { ...(await contracts()).marketplace, functionName: "closeListing", args: [BigInt(closed)] });

      await page.goto("/#/sell");
      await connectWallet(page, wallet);
      await expect(page.locator('[data-testid="sell-listing"][data-state="closed"]')).toHaveCount(1, {
        timeout: 20_000,
      });
      await expect(page.locator('[data-testid="sell-listing"][data-state="soldOut"]')).toHaveCount(1);
      await settlePhotos(page, 3);
      // The question before closing, on a phone.
      await page.setViewportSize(viewports.phone);
      const lamp = page.locator('[data-testid="sell-listing"][data-state="active"]');
      await lamp.getByTestId("close-listing-button").click();
      await shoot(page, testInfo, "sell-hub-close-question-phone-light-en", "light");
      await lamp.getByRole("button", { name: "Keep it on sale" }).click();
      await shootHub(page, testInfo, "sell-hub-listings");
    });
  });
});
