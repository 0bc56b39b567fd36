// Full-page screenshots of the pages that show IPFS content, once every photo is decoded: browse,
// a listing with two photos and a review, and its seller; phone and desktop, light and dark, and
// desktop light in Chinese. Attached to the report; each must fit its viewport's width.
import { expect, test, type Page } from "@playwright/test";
import { reviewedListing } from "../support/demo";
import { settlePhotos } from "../support/photos";
import { shoot, viewports, type Theme, type ViewportName } from "../support/screenshots";

type Language = "en" | "zh";

interface Target {
  name: "browse" | "listing" | "seller";
  path: () => Promise<string>;
  /** Waits for what the page reads from the subgraph and IPFS (besides the photos). */
  ready: (page: Page) => Promise<void>;
  /** Photos the settled page shows at least. */
  photos: number;
}

const targets: Target[] = [
  {
    name: "browse",
    path: async () => "/",
    ready: async (page) => {
      await expect(page.getByTestId("listing-card").first()).toBeVisible();
    },
    photos: 2,
  },
  {
    name: "listing",
    path: async () => `/#/listing/${(await reviewedListing()).listingId}`,
    ready: async (page) => {
      await expect(page.getByTestId("gallery-viewport")).toBeVisible();
      await expect(page.getByTestId("listing-specifics")).toBeVisible();
      await expect(page.getByTestId("listing-review").first()).toBeVisible();
    },
    // The photo, two thumbnails and the seller's avatar.
    photos: 4,
  },
  {
    name: "seller",
    path: async () => `/#/seller/${(await reviewedListing()).sellerId}`,
    ready: async (page) => {
      await expect(page.getByTestId("seller-name")).toBeVisible();
      await expect(page.getByTestId("listing-card").first()).toBeVisible();
      await expect(page.getByTestId("listing-review").first()).toBeVisible();
    },
    // The avatar and a card's photo.
    photos: 2,
  },
];

async function open(page: Page, target: Target, viewport: ViewportName, theme: Theme, language: Language) {
  await page.setViewportSize(viewports[viewport]);
  await page.emulateMedia({ colorScheme: theme });
  await page.addInitScript((lang) => localStorage.setItem("agora.language", lang), language);
  await page.goto(await target.path());
  await expect(page.locator("html")).toHaveAttribute("lang", language === "zh" ? "zh-CN" : "en-US");
  await target.ready(page);
  // The shell settled too: the wallet layer's button and the footer's chain figures.
  await expect(page.getByTestId("rk-connect-button")).toBeVisible();
  await expect(page.getByTestId("network-status").getByTestId("token-symbol")).toBeVisible();
  await settlePhotos(page, target.photos);
}

test.describe("screenshots of the pages with IPFS content", () => {
  for (const target of targets) {
    for (const viewport of Object.keys(viewports) as ViewportName[]) {
      // One load per page and size: the theme follows prefers-color-scheme live.
      test(`${target.name}-${viewport}, light and dark`, async ({ page }, testInfo) => {
        await open(page, target, viewport, "light", "en");
        for (const theme of ["light", "dark"] as const)
          await shoot(page, testInfo, `${target.name}-${viewport}-${theme}-en`, theme);
      });
    }
    test(`${target.name}-desktop-light-zh`, async ({ page }, testInfo) => {
      await open(page, target, "desktop", "light", "zh");
      await shoot(page, testInfo, `${target.name}-desktop-light-zh`, "light");
    });
  }
});

/** Pages in the states a shopper meets when something is missing or down. */
const states: {
  name: string;
  path: string;
  prepare?: (page: Page) => Promise<void>;
  ready: (page: Page) => Promise<void>;
}[] = [
  {
    name: "cart-empty",
    path: "/#/cart",
    ready: async (page) => {
      await expect(page.getByTestId("cart-empty")).toBeVisible();
    },
  },
  {
    name: "listing-not-found",
    path: `/#/listing/0x${"ab".repeat(20)}${"0".repeat(11)}9${"0".repeat(12)}`,
    ready: async (page) => {
      await expect(page.getByTestId("listing-not-found")).toBeVisible();
    },
  },
  {
    name: "browse-index-down",
    path: "/",
    // The subgraph refuses connections, as a stopped graph-node does.
    prepare: async (page) => {
      await page.route("**/subgraphs/**", (route) => route.abort("connectionrefused"));
    },
    ready: async (page) => {
      await expect(page.getByTestId("catalog-error")).toContainText("cannot be reached");
      await expect(page.getByTestId("catalog-error").getByRole("button", { name: "Retry" })).toBeVisible();
    },
  },
];

test.describe("screenshots of the empty, not-found and error states", () => {
  for (const state of states) {
    for (const viewport of Object.keys(viewports) as ViewportName[]) {
      test(`${state.name}-${viewport}, light and dark`, async ({ page }, testInfo) => {
        await page.setViewportSize(viewports[viewport]);
        await state.prepare?.(page);
        await page.goto(state.path);
        await state.ready(page);
        for (const theme of ["light", "dark"] as const)
          await shoot(page, testInfo, `${state.name}-${viewport}-${theme}-en`, theme);
      });
    }
  }
});
