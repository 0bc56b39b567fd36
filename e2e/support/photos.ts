// What the page shows of its verified IPFS photos (`IpfsImage`: an <img data-testid="ipfs-image">
// from a blob: URL once read and verified, else a box whose data-state is loading or error).
import { expect, type Locator, type Page } from "@playwright/test";

/** "decoded": a blob: image the browser has decoded; otherwise the photo box's `data-state`. */
export type PhotoState = "decoded" | "loaded" | "loading" | "error" | "none";

export interface CardPhoto {
  id: string | null;
  photo: PhotoState;
  /** `<root cid>/<path>` of the photo shown, when there is one. */
  address: string | null;
  alt: string | null;
}

/** Each listing card's photo under `scope`, in page order. */
export function cardPhotos(scope: Page | Locator): Promise<CardPhoto[]> {
  return scope.getByTestId("listing-card").evaluateAll((cards) =>
    cards.map((card) => {
      const img = card.querySelector<HTMLImageElement>('img[data-testid="ipfs-image"]');
      const state = card.querySelector("[data-state]")?.getAttribute("data-state") ?? "none";
      const decoded = img !== null && img.src.startsWith("blob:") && img.complete && img.naturalWidth > 0;
      return {
        id: card.getAttribute("data-listing-id"),
        photo: (decoded ? "decoded" : state) as PhotoState,
        address: img?.getAttribute("data-address") ?? null,
        alt: img?.getAttribute("alt") ?? null,
      };
    }),
  );
}

/** Waits until `image` (one <img>) shows a verified blob: URL that the browser has decoded. */
export async function expectDecoded(image: Locator): Promise<void> {
  await expect(image).toHaveAttribute("src", /^blob:/);
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
      message: "the photo is decoded",
    })
    .toBe(true);
}

/**
 * Waits until the page has at least `atLeast` verified photos, none still loading and every one
 * decoded: what a screenshot needs to show the page as a visitor sees it once settled.
 */
export async function settlePhotos(page: Page, atLeast = 1): Promise<void> {
  await expect.poll(() => page.getByTestId("ipfs-image").count()).toBeGreaterThanOrEqual(atLeast);
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
  await expect
    .poll(
      () =>
        page
          .getByTestId("ipfs-image")
          .evaluateAll(
            (images) =>
              images.filter(
                (img) => !((img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
              ).length,
          ),
      { message: "every photo is decoded" },
    )
    .toBe(0);
}

/** How far the page scrolls sideways (0 or less: it fits the viewport). */
export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
