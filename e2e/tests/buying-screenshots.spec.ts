// Screenshots of the buyer's pages (checkout, orders, an order with its dispute, inbox, credits)
// as a demo buyer sees them: phone and desktop, light and dark, and desktop light in Chinese.
// Attached to the report; each must fit its viewport's width.
import type { Page } from "@playwright/test";
import { connectWallet, expect, test } from "../support/fixtures";
import { shootSet, viewports } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";

const firstOrder = async (where: string) =>
  (
    await subgraphQuery<{ orders: { orderId: string; listing: { id: string } }[] }>(
      `{ orders(where: ${where}, first: 1, orderBy: placedAt) { orderId listing { id } } }`,
      {},
    )
  ).orders[0]!;

const targets: { name: string; path: () => Promise<string>; ready: (page: Page) => Promise<void> }[] = [
  {
    name: "checkout",
    path: async () => {
      const { listings } = await subgraphQuery<{ listings: { id: string }[] }>(
        "{ listings(where: { status: Active, stock_gt: 1 }, first: 1, orderBy: createdAt) { id } }",
        {},
      );
      return `/#/checkout?listing=${listings[0]!.id}&qty=1`;
    },
    ready: async (page) => {
      await expect(page.getByTestId("checkout-line")).toBeVisible();
      await expect(page.getByTestId("place-order-button")).toBeVisible();
    },
  },
  {
    name: "orders",
    path: async () => "/#/orders",
    ready: async (page) => {
      await expect(page.getByTestId("order-card").first()).toBeVisible();
    },
  },
  {
    name: "order-disputed",
    path: async () => `/#/orders/${(await firstOrder("{ status: Disputed }")).orderId}`,
    ready: async (page) => {
      await expect(page.getByTestId("order-timeline")).toBeVisible();
    },
  },
  {
    name: "inbox",
    path: async () => "/#/inbox",
    ready: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
    },
  },
  {
    name: "credits",
    path: async () => "/#/credits",
    ready: async (page) => {
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("[aria-busy=true]")).toHaveCount(0);
    },
  },
];

type Target = (typeof targets)[number];

/** Each target at phone and desktop, light and dark (and desktop light in Chinese), connected as `account`. */
function screenshotTests(title: string, account: number, pages: readonly Target[]) {
  test.describe(title, () => {
    test.use({ walletAccountIndex: account });
    for (const target of pages) {
      test(`${target.name}: phone and desktop, light and dark, Chinese`, async ({ page, wallet }, testInfo) => {
        await page.setViewportSize(viewports.phone);
        await page.goto(await target.path());
        await connectWallet(page, wallet);
        await shootSet(page, testInfo, target.name, { ready: target.ready });
      });
    }
  });
}

// Ada, a demo buyer with paid, shipped and cart orders (devnet/src/seed/seed.ts).
screenshotTests("screenshots of the buyer's pages", 7, targets);

const sellerTargets: Target[] = [
  {
    name: "sales",
    path: async () => "/#/sales",
    ready: async (page) => {
      await expect(page.getByTestId("sale").first()).toBeVisible();
    },
  },
  {
    name: "sell-profile",
    path: async () => "/#/sell/profile",
    ready: async (page) => {
      await expect(page.locator('input[name="name"]')).not.toHaveValue("");
      await expect(page.getByTestId("publish-profile-button")).toBeVisible();
    },
  },
];

// Juniper Home Goods, a demo seller with sales in every state.
screenshotTests("screenshots of the seller's pages", 1, sellerTargets);
