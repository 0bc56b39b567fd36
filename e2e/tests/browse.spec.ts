import { subgraphQuery } from "../support/subgraph";
import { expect, test, type Page } from "@playwright/test";

interface Listing {
  id: string;
  current: { name: string | null; category: string | null }[];
}

const current = `current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) { name category }`;

/** The browse page's first page, with the reader rule for a category. */
async function browseNames(category?: string) {
  const where: Record<string, unknown> = { status: "Active", stock_gt: "0" };
  if (category) where.metadataVersions_ = { valid: true, category };
  const { listings } = await subgraphQuery<{ listings: Listing[] }>(
    `query($where: Listing_filter!) { listings(first: 24, orderBy: createdAt, orderDirection: desc, where: $where) { id ${current} } }`,
    { where },
  );
  return listings
    .filter((listing) => !category || listing.current[0]?.category === category)
    .map((listing) => listing.current[0]?.name ?? null);
}

const cardTitles = (page: Page) => page.getByTestId("listing-card").locator("h3");

test("the home page shows the demo catalogue from the subgraph, newest first", async ({ page }, testInfo) => {
  const names = await browseNames();
  expect(names.length).toBeGreaterThan(0);
  for (const viewport of [
    { name: "phone", width: 390, height: 844 },
    { name: "desktop", width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await expect(cardTitles(page)).toHaveCount(names.length);
    const titles = await cardTitles(page).allTextContents();
    // Same listings, same order; a listing without valid metadata shows as unreadable, never blank.
    titles.forEach((title, index) =>
      expect(title).toEqual(names[index] ?? expect.stringMatching(/^Unreadable listing /)),
    );
    await expect(page.getByTestId("listing-price").first()).toHaveText(/^[\d.,]+ (ETH|USDC)$/);
    const file = testInfo.outputPath(`browse-${viewport.name}.png`);
    await page.screenshot({ path: file, fullPage: viewport.name === "desktop" });
    await testInfo.attach(`browse-${viewport.name}`, { path: file, contentType: "image/png" });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
  // A full first page links to the next one; the page lives in the URL.
  if (names.length === 24) {
    await page.getByRole("link", { name: "Next →" }).click();
    await expect(page).toHaveURL(/#\/\?page=2$/);
    await expect(page.getByRole("link", { name: "← Previous" })).toBeVisible();
    await expect(cardTitles(page).first()).not.toHaveText(names[0] ?? "");
  }
});

test("search finds a listing by a word of its description; a category narrows the results", async ({ page }) => {
  await page.goto("/");
  await expect(cardTitles(page).first()).toBeVisible();
  // "Solid spruce top, set up with fresh strings and a low action." (devnet/src/seed/catalogue.ts)
  await page.getByLabel("Search listings").fill("spruce");
  await page.getByLabel("Search listings").press("Enter");
  await expect(page).toHaveURL(/#\/\?q=spruce$/);
  await expect(cardTitles(page)).toHaveText(["Parlour acoustic guitar"]);

  await page.goto("/#/");
  await expect(cardTitles(page).first()).toBeVisible();
  const all = await browseNames();
  const music = await browseNames("music");
  expect(music.length).toBeGreaterThan(0);
  expect(music.length).toBeLessThan(all.length);
  await page.getByRole("navigation", { name: "Categories" }).getByRole("link", { name: "Music" }).click();
  await expect(page).toHaveURL(/#\/\?category=music$/);
  await expect(cardTitles(page)).toHaveText(music.map((name) => name ?? /^Unreadable listing /));
});
