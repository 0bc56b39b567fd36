import { pageQuery } from "@agora/subgraph/queries";
import { listingNumberLabel, subgraphQuery } from "../support/subgraph";
import { expect, test } from "@playwright/test";

interface ListingData {
  id: string;
  price: string;
  token: { symbol: string | null; decimals: number | null };
  current: { name: string | null }[];
  seller: { id: string; profile: { name: string | null }[] };
  reviews: {
    content: { valid: boolean; title: string | null; body: string | null } | null;
    reply: { content: { valid: boolean; text: string | null } | null } | null;
  }[];
}

const readListing = async (id: string) =>
  (await subgraphQuery<{ listing: ListingData | null }>(pageQuery("listing"), { id })).listing;

const shortHex = (value: string) => `${value.slice(0, 6)}…${value.slice(-4)}`;

test("a listing opened from the browse page shows what the subgraph holds", async ({ page }) => {
  await page.goto("/");
  const card = page.getByTestId("listing-card").first();
  await expect(card).toBeVisible();
  const id = (await card.getAttribute("data-listing-id"))!;
  const listing = (await readListing(id))!;
  expect(listing).not.toBeNull();
  await card.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`#/listing/${id}$`));

  const name = listing.current[0]?.name?.trim();
  await expect(page.getByTestId("listing-title")).toHaveText(name || `Unreadable listing ${listingNumberLabel(id)}`);
  await expect(page).toHaveTitle(`${name || `Unreadable listing ${listingNumberLabel(id)}`} · Agora`);
  // The price in token units, as the card showed it.
  const amount = Number(listing.price) / 10 ** (listing.token.decimals ?? 0);
  const price = await page.getByTestId("listing-price").textContent();
  expect(price).toMatch(new RegExp(` ${listing.token.symbol}$`));
  expect(Number(price!.split(" ")[0]!.replace(/,/g, ""))).toBeCloseTo(amount, 6);
  await expect(page.getByTestId("listing-seller-name")).toHaveText(
    listing.seller.profile[0]?.name?.trim() || shortHex(listing.seller.id),
  );
  await expect(page.getByTestId("listing-seller-card").getByRole("link")).toHaveAttribute(
    "href",
    `#/seller/${listing.seller.id}`,
  );
});

test("a reviewed listing shows its reviews and the seller's reply", async ({ page }, testInfo) => {
  // The demo catalogue reviews a few listings (devnet/src/seed/seed.ts), one with a reply.
  const { reviews } = await subgraphQuery<{ reviews: { listing: { id: string }; reply: { id: string } | null }[] }>(
    `
      {
        reviews(where: { counted: true }, first: 100) {
          listing {
            id
          }
          reply {
            id
          }
        }
      }
    `,
    {},
  );
  const replied = reviews.find((item) => item.reply !== null);
  expect(replied).toBeDefined();
  const id = replied!.listing.id;
  const listing = (await readListing(id))!;
  const review = listing.reviews.find((item) => item.content?.valid && item.reply?.content?.valid)!;
  expect(review).toBeDefined();

  for (const viewport of [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto(`/#/listing/${id}`);
    const reviewsSection = page.getByTestId("listing-reviews");
    await expect(reviewsSection.getByText(review.content!.body!.trim())).toBeVisible();
    await expect(reviewsSection.getByText(review.reply!.content!.text!.trim())).toBeVisible();
    const file = testInfo.outputPath(`listing-${viewport.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(`listing-${viewport.name}`, { path: file, contentType: "image/png" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});
