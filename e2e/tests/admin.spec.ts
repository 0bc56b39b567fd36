// The owner's tools in the browser: a stranger is refused; the owner (dev account 0, the deployer)
// changes the platform fee and back, pauses the marketplace, a buyer's purchase is then refused with
// a clear sentence, the owner reopens it and the same purchase goes through. Fresh accounts 82
// (stranger), 83 (buyer), 84 (seller). Other tests share the stack: the fee and the pause switch
// are always put back from Node, whatever happens.
import type { Page } from "@playwright/test";
import { parseEther } from "viem";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { accountAt, contracts, freshListing, fund, send } from "../support/market";
import { shoot, shootSet, viewports } from "../support/screenshots";

const owner = accountAt(0).address;

async function marketplaceSettings() {
  const { marketplace } = await contracts();
  const client = publicClient();
  const [paused, feeBps] = await Promise.all([
    client.readContract({ ...marketplace, functionName: "paused" }),
    client.readContract({ ...marketplace, functionName: "platformFeeBps" }),
  ]);
  return { paused, feeBps };
}

/** Reopens the marketplace and puts the fee back to `feeBps`, from Node, if the page did not. */
async function restore(feeBps: number) {
  const { marketplace } = await contracts();
  const now = await marketplaceSettings();
  if (now.paused) await send(0, { ...marketplace, functionName: "unpause" });
  if (now.feeBps !== feeBps) await send(0, { ...marketplace, functionName: "setPlatformFee", args: [feeBps] });
}

/** Reviews and confirms the change proposed in `section`. */
async function confirmIn(page: Page, sectionId: string, confirm: string) {
  const review = page.getByTestId(sectionId).getByTestId("admin-review");
  await expect(review).toBeVisible();
  await review.getByRole("button", { name: confirm }).click();
  await expect(review).toBeHidden({ timeout: 20_000 });
}

/** The write toasts have gone (they would cover the page in a screenshot). */
const toastsGone = (page: Page) => expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 10_000 });

test.describe("someone else", () => {
  test.use({ walletAccountIndex: 82 });

  test("is refused, with the owner's address", async ({ page, wallet }, testInfo) => {
    await fund(82);
    await page.setViewportSize(viewports.phone);
    await page.goto("/#/admin");
    await expect(page.getByTestId("admin-connect")).toContainText("Connect the owner's wallet");
    await connectWallet(page, wallet);
    const refusal = page.getByTestId("admin-refusal");
    await expect(refusal.getByRole("heading")).toHaveText("This page is for the marketplace's owner");
    await expect(refusal.getByTestId("admin-owner")).toHaveText(owner);
    await expect(page.getByTestId("admin-console")).toHaveCount(0);
    await shoot(page, testInfo, "admin-refusal-phone-light-en", "light");
  });
});

test.describe("the owner", () => {
  test.use({ walletAccountIndex: 0 });

  let originalFee = 0;
  test.afterAll(async () => {
    if (originalFee) await restore(originalFee);
  });

  test("changes the fee and back, pauses (a purchase is refused), reopens (it goes through)", async ({
    page,
    wallet,
  }, testInfo) => {
    originalFee = (await marketplaceSettings()).feeBps;
    await fund(84);
    const price = parseEther("0.01");
    const listingId = await freshListing({ seller: 84, name: "Field recording (admin)", price, kind: "digital" });
    await fund(83);
    const percent = (bps: number) => `${(bps / 100).toFixed(2)}% (${bps} bps)`;

    try {
      await page.goto("/#/admin");
      await connectWallet(page, wallet);
      await expect(page.getByTestId("admin-console")).toBeVisible();
      await expect(page.getByTestId("admin-pause-state")).toHaveText("Open");
      const fee = page.getByTestId("admin-platform-fee");
      await expect(fee.getByTestId("admin-platform-fee-current")).toHaveText(percent(originalFee));

      // Above the contract's cap: refused at the field, naming the cap; nothing is sent.
      const feeInput = fee.getByRole("textbox", { name: "New fee, in basis points" });
      await feeInput.fill("501");
      await fee.getByRole("button", { name: "Review the change" }).click();
      await expect(fee.getByRole("alert")).toHaveText("The fee can be at most 5.00% (500 bps).");

      const changed = originalFee === 300 ? 320 : 300;
      await feeInput.fill(String(changed));
      await fee.getByRole("button", { name: "Review the change" }).click();
      await expect(fee.getByTestId("admin-review-row")).toContainText(`${percent(originalFee)} → ${percent(changed)}`);
      await confirmIn(page, "admin-platform-fee", "Change the fee");
      await expect(fee.getByTestId("admin-platform-fee-current")).toHaveText(percent(changed));
      expect((await marketplaceSettings()).feeBps).toBe(changed);

      await feeInput.fill(String(originalFee));
      await fee.getByRole("button", { name: "Review the change" }).click();
      await confirmIn(page, "admin-platform-fee", "Change the fee");
      await expect(fee.getByTestId("admin-platform-fee-current")).toHaveText(percent(originalFee));
      expect((await marketplaceSettings()).feeBps).toBe(originalFee);

      // Pause, after a review that says what stops and what keeps working.
      await page.getByTestId("admin-pause-toggle").click();
      await expect(page.getByTestId("admin-pause").getByTestId("admin-review-row")).toContainText("Open → Paused");
      await shoot(page, testInfo, "admin-pause-review-desktop-light-en", "light");
      await confirmIn(page, "admin-pause", "Pause now");
      await expect(page.getByTestId("admin-pause-state")).toHaveText("Paused");
      expect((await marketplaceSettings()).paused).toBe(true);
      await shootSet(page, testInfo, "admin-paused", {
        ready: async (shown) => {
          await expect(shown.getByTestId("admin-token").first()).toBeVisible();
          await toastsGone(shown);
        },
        chinese: false,
      });

      // A buyer tries to buy: refused before any transaction, in one clear sentence.
      const buyer = await wallet.switchAccount(83);
      await page.goto(`/#/checkout?listing=${listingId}&qty=1`);
      await expect(page.getByTestId("rk-account-button")).toContainText(buyer.slice(-4));
      const place = page.getByTestId("place-order-button");
      await expect(place).toHaveText("Pay 0.01 ETH");
      const sentBefore = wallet.sent.length;
      await place.click();
      await expect(page.getByRole("region", { name: "Progress" }).getByRole("alert")).toContainText(
        "The marketplace is paused for now: new listings and purchases are on hold.",
      );
      expect(wallet.sent.length).toBe(sentBefore);

      // The owner reopens it.
      await wallet.switchAccount(0);
      await page.goto("/#/admin");
      await expect(page.getByTestId("admin-pause-state")).toHaveText("Paused");
      await page.getByTestId("admin-pause-toggle").click();
      await confirmIn(page, "admin-pause", "Reopen now");
      await expect(page.getByTestId("admin-pause-state")).toHaveText("Open");
      expect((await marketplaceSettings()).paused).toBe(false);

      // The same purchase now goes through.
      await wallet.switchAccount(83);
      await page.goto(`/#/checkout?listing=${listingId}&qty=1`);
      await expect(place).toHaveText("Pay 0.01 ETH");
      await place.click();
      await expect(page).toHaveURL(/#\/orders\/\d+$/, { timeout: 30_000 });

      // The console in Chinese, as the owner.
      await wallet.switchAccount(0);
      await page.goto("/#/admin");
      await expect(page.getByTestId("admin-token").first()).toBeVisible();
      await page.getByLabel("Language").selectOption("zh");
      await expect(page.getByTestId("admin-pause-state")).toHaveText("营业中");
      await toastsGone(page);
      await shoot(page, testInfo, "admin-desktop-light-zh", "light");
    } finally {
      await restore(originalFee);
    }
    expect(await marketplaceSettings()).toEqual({ paused: false, feeBps: originalFee });
  });
});
