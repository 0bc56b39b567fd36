// Full-page screenshots of the pages that show IPFS content, once every photo is decoded: browse,
// a listing with two photos and a review, and its seller; phone and desktop, light and dark, and
// desktop light in Chinese. Attached to the report; each must fit its viewport's width.
import { expect, test, type Page } from "@playwright/test";
import { reviewedListing } from "../support/demo";
import { settlePhotos } from "../support/photos";
import { shootSet, viewports } from "../support/screenshots";

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

/** The target and the shell settled: the wallet layer's button, the footer's chain figures, the photos. */
async function settled(page: Page, target: Target) {
  await target.ready(page);
  await expect(page.getByTestId("rk-connect-button")).toBeVisible();
  await expect(page.getByTestId("network-status").getByTestId("token-symbol")).toBeVisible();
  await settlePhotos(page, target.photos);
}

test.describe("screenshots of the pages with IPFS content", () => {
  for (const target of targets) {
    test(`${target.name}: phone and desktop, light and dark, Chinese`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewports.phone);
      await page.goto(await target.path());
      await shootSet(page, testInfo, target.name, { ready: (page) => settled(page, target) });
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
    test(`${state.name}: phone and desktop, light and dark`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewports.phone);
      await state.prepare?.(page);
      await page.goto(state.path);
      await shootSet(page, testInfo, state.name, { ready: state.ready, chinese: false });
    });
  }
});
