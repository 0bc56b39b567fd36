// The site's IPFS reads on the real stack: verified photos on cards, the gallery, the seller's
// avatar, documents that fail their schema, and a gateway that goes away.
import { readDocument, utf8 } from "@agora/content";
import { pageQuery } from "@agora/subgraph/queries";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { formatUnits, parseEther, type Address } from "viem";
import { createListing, readListingOnChain } from "../support/chain";
import { reviewedListing } from "../support/demo";
import { stackIpfsUrl, startIpfsCopy, uploadDirectory } from "../support/ipfs";
import { cardPhotos, expectDecoded, type CardPhoto } from "../support/photos";
import { listingNumberLabel, subgraphQuery } from "../support/subgraph";

interface Metadata {
  cid: string;
  name: string | null;
  coverImage: string | null;
  images: string[] | null;
  imageAlts: string[] | null;
}

interface Card {
  id: string;
  current: Metadata[];
}

/** The browse page's first page as the site asks for it (newest first, in stock). */
async function browseFirstPage(): Promise<Card[]> {
  const { listings } = await subgraphQuery<{ listings: Card[] }>(pageQuery("browse"), {
    first: 24,
    skip: 0,
    where: { status: "Active", stock_gt: "0" },
  });
  return listings;
}

/** What each card must show: its cover photo decoded, or no photo box still loading. */
function expectedCardPhotos(cards: Card[]): Partial<CardPhoto>[] {
  return cards.map(({ id, current: [metadata] }) => {
    const cover = metadata?.coverImage ?? metadata?.images?.[0];
    return metadata && cover
      ? { id, photo: "decoded", address: `${metadata.cid}/${cover}` }
      : { id, photo: "error", address: null };
  });
}

const withoutAlt = (photos: CardPhoto[]) => photos.map(({ id, photo, address }) => ({ id, photo, address }));

test("browse shows the catalogue with every card's verified photo decoded", async ({ page }) => {
  const cards = await browseFirstPage();
  expect(cards.length).toBeGreaterThan(0);
  expect(cards.length).toBeLessThanOrEqual(24);
  await page.goto("/");
  await expect(page.getByTestId("listing-card")).toHaveCount(cards.length);
  await expect.poll(async () => withoutAlt(await cardPhotos(page))).toEqual(expectedCardPhotos(cards));
  // Each photo is described by its listing's first alt text.
  const photos = await cardPhotos(page);
  cards.forEach(({ current: [metadata] }, index) => {
    if (metadata?.images?.length) expect(photos[index]!.alt).toBe(metadata.imageAlts?.[0]?.trim() || metadata.name);
  });
});

interface ListingPageData {
  id: string;
  current: (Metadata & { description: string | null })[];
  seller: { id: string };
}

test("a listing page shows the photos and details IPFS holds, and the price and stock the contract holds", async ({
  page,
}) => {
  const { listingId } = await reviewedListing();
  const { listing } = await subgraphQuery<{ listing: ListingPageData | null }>(pageQuery("listing"), {
    id: listingId,
  });
  const metadata = listing!.current[0]!;
  const images = metadata.images!;
  const alts = metadata.imageAlts!;
  expect(images).toHaveLength(2);
  // The document itself, read and verified from the stack's node, for what only it holds.
  const read = await readDocument("listing", metadata.cid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
  if (!read.ok) throw new Error(`the demo listing's metadata.json is unreadable: ${JSON.stringify(read.issues)}`);
  const document = read.document;
  const onChain = await readListingOnChain(listingId);

  await page.goto(`/#/listing/${listingId}`);
  const gallery = page.getByTestId("gallery");
  const viewport = page.getByTestId("gallery-viewport");
  const stage = viewport.getByTestId("ipfs-image");
  const thumbs = gallery.getByRole("button", { name: /^Show photo \d+$/ });
  const showing = async (index: number) => {
    await expect(page.getByTestId("gallery-position")).toHaveText(`Photo ${index + 1} of ${images.length}`);
    await expect(stage).toHaveAttribute("data-address", `${metadata.cid}/${images[index]}`);
    await expect(stage).toHaveAttribute("alt", alts[index]!);
    await expectDecoded(stage);
    await expect(thumbs.nth(index)).toHaveAttribute("aria-current", "true");
  };

  await expect(thumbs).toHaveCount(images.length);
  await showing(0);
  for (const thumb of await gallery.locator(".gallery__thumbs").getByTestId("ipfs-image").all())
    await expectDecoded(thumb);
  await gallery.getByRole("button", { name: "Next photo" }).click();
  await showing(1);
  await gallery.getByRole("button", { name: "Previous photo" }).click();
  await showing(0);
  // The keyboard, on the focused photo: arrows move (and wrap), Home and End jump.
  await viewport.focus();
  await page.keyboard.press("ArrowRight");
  await showing(1);
  await page.keyboard.press("ArrowRight");
  await showing(0);
  await page.keyboard.press("ArrowLeft");
  await showing(1);
  await page.keyboard.press("Home");
  await showing(0);
  await page.keyboard.press("End");
  await showing(1);
  await thumbs.nth(0).click();
  await showing(0);

  // Price and stock as the contract holds them, in token units.
  const price = (await page.getByTestId("listing-price").textContent())!;
  expect(price).toMatch(new RegExp(` ${onChain.symbol}$`));
  expect(Number(price.split(" ")[0]!.replace(/,/g, ""))).toBe(Number(formatUnits(onChain.price, onChain.decimals)));
  await expect(page.getByTestId("listing-stock")).toHaveText(`In stock: ${onChain.stock.toLocaleString("en-US")}`);

  // Specifics and shipping from the verified metadata.json.
  expect(document.attributes.length).toBeGreaterThan(0);
  const specifics = page.getByTestId("listing-specifics");
  await expect(specifics.locator("dt")).toHaveText(document.attributes.map((attribute) => attribute.name));
  await expect(specifics.locator("dd")).toHaveText(document.attributes.map((attribute) => attribute.value));
  const regions = new Intl.DisplayNames(["en-US"], { type: "region" });
  const shipsTo = document.shipping!.regions.map((region) =>
    region === "worldwide" ? "Worldwide" : region === "EU" ? "European Union" : regions.of(region),
  );
  await expect(page.getByTestId("listing-shipping-regions").locator("dd").first()).toHaveText(shipsTo.join(", "));
  await expect(page.getByTestId("listing-description")).toHaveText(document.description.trim());
});

interface SellerData {
  id: string;
  completedSalesCount: number;
  profile: { cid: string; name: string | null; bio: string | null; avatar: string | null }[];
  listings: Card[];
  reviewsReceived: {
    content: { valid: boolean; body: string | null } | null;
    reply: { content: { valid: boolean; text: string | null } | null } | null;
  }[];
}

test("a seller's page shows their profile, decoded avatar, active listings and reviews", async ({ page }) => {
  const { sellerId } = await reviewedListing();
  const { account } = await subgraphQuery<{ account: SellerData | null }>(pageQuery("seller"), {
    id: sellerId,
    first: 24,
    skip: 0,
    listings: { status: "Active" },
  });
  const seller = account!;
  const profile = seller.profile[0]!;
  expect(profile?.name?.trim()).toBeTruthy();
  expect(seller.listings.length).toBeGreaterThan(0);
  expect(seller.reviewsReceived.length).toBeGreaterThan(0);

  await page.goto(`/#/seller/${sellerId}`);
  const name = profile.name!.trim();
  await expect(page.getByTestId("seller-name")).toHaveText(name);
  await expect(page.getByTestId("seller-bio")).toHaveText(profile.bio!.trim());
  await expect(page.getByTestId("seller-figures")).toContainText(
    `${seller.completedSalesCount} completed sale${seller.completedSalesCount === 1 ? "" : "s"}`,
  );
  if (profile.avatar) {
    const avatar = page.getByTestId("seller-page").getByAltText(`${name}’s avatar`, { exact: true });
    await expect(avatar).toHaveAttribute("data-address", `${profile.cid}/${profile.avatar}`);
    await expectDecoded(avatar);
  }
  // Their active listings, newest first, each with its photo.
  const listings = page.getByTestId("seller-page").getByTestId("catalog-results");
  await expect(listings.getByTestId("listing-card")).toHaveCount(seller.listings.length);
  await expect.poll(async () => withoutAlt(await cardPhotos(listings))).toEqual(expectedCardPhotos(seller.listings));

  const reviews = page.getByTestId("seller-reviews").getByTestId("listing-review");
  await expect(reviews).toHaveCount(seller.reviewsReceived.length);
  for (const [index, review] of seller.reviewsReceived.entries()) {
    if (review.content?.valid && review.content.body)
      await expect(reviews.nth(index)).toContainText(review.content.body.trim());
    if (review.reply?.content?.valid && review.reply.content.text)
      await expect(reviews.nth(index).getByTestId("listing-review-reply")).toContainText(
        review.reply.content.text.trim(),
      );
  }
});

/** Dev mnemonic index of this file's own seller: the seed uses 1–7 and 9, the wallet tests 8. */
const UNREADABLE_SELLER_INDEX = 12;

test("a listing whose metadata.json fails the schema shows as unreadable, with its CID", async ({ page }) => {
  // Valid JSON of the right schema, but no `images`: the subgraph and the site must both refuse it.
  const { cid, bytes } = await uploadDirectory([
    {
      path: "metadata.json",
      content: utf8(
        JSON.stringify({
          schema: "agora/listing@1",
          name: "A listing without its photos",
          description: "The images field is missing.",
          category: "other",
          condition: "new",
          kind: "digital",
        }),
      ),
    },
  ]);
  const { arbiters } = await subgraphQuery<{ arbiters: { id: Address }[] }>(
    "{ arbiters(where: { approved: true }, first: 1) { id } }",
    {},
  );
  expect(arbiters).toHaveLength(1);
  const id = await createListing({
    accountIndex: UNREADABLE_SELLER_INDEX,
    metadataCid: bytes,
    arbiter: arbiters[0]!.id,
    price: parseEther("0.01"),
    stock: 3,
  });

  // Indexed once graph-node has fetched the file and judged it (a block or two after creation).
  type Indexed = { listing: { metadataCid: string; latestMetadata: { valid: boolean; error: string | null } | null } };
  let indexed: Indexed["listing"] | undefined;
  await expect
    .poll(
      async () => {
        indexed = (
          await subgraphQuery<Indexed>(
            "query($id: ID!) { listing(id: $id) { metadataCid latestMetadata { valid error } } }",
            { id },
          )
        ).listing;
        return indexed?.latestMetadata ?? null;
      },
      { timeout: 30_000, intervals: [250], message: "the subgraph has judged the new listing's metadata" },
    )
    .toMatchObject({ valid: false });
  expect(indexed!.metadataCid).toBe(cid);

  // The newest card in browse: named as unreadable, with the CID, and a placeholder, not a spinner.
  await page.goto("/");
  const card = page.getByTestId("listing-card").first();
  await expect(card).toHaveAttribute("data-listing-id", id);
  await expect(card.locator("h3")).toHaveText(`Unreadable listing ${listingNumberLabel(id)}`);
  await expect(card.getByTestId("listing-unreadable-cid")).toHaveText(`Unreadable metadata (CID ${cid})`);
  await expect(card.locator("[data-state]")).toHaveAttribute("data-state", "error");

  await card.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`#/listing/${id}$`));
  await expect(page.getByTestId("listing-title")).toHaveText(`Unreadable listing ${listingNumberLabel(id)}`);
  await expect(page.getByTestId("listing-document-unreadable")).toContainText(`(CID ${cid})`, { timeout: 5_000 });
  await expect(page.getByTestId("listing-loading")).toHaveCount(0);
  await expect(page.locator('[data-state="loading"]')).toHaveCount(0);
  await expect(page.getByTestId("gallery-viewport")).toHaveCount(0);
  await expect(page.getByTestId("listing-page").locator(".listing-page__photo [data-state]")).toHaveAttribute(
    "data-state",
    "error",
  );
});

/** A fresh browser context whose site reads IPFS through `gateway` only; records gateway traffic. */
async function openWithGateway(browser: Browser, gateway: string) {
  const webUrl = process.env.AGORA_E2E_WEB_URL!;
  const config = (await (await fetch(new URL("config.json", webUrl))).json()) as Record<string, unknown>;
  const body = JSON.stringify({ ...config, ipfsGateways: [gateway] });
  // The preview server's Content-Security-Policy is the stack config's, which does not list this
  // gateway (a host with it would send a policy that does): the policy is off for this context.
  const context = await browser.newContext({ baseURL: webUrl, bypassCSP: true });
  await context.route("**/config.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  const page: Page = await context.newPage();
  const reads: string[] = [];
  const failed: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/ipfs/")) reads.push(request.url());
  });
  page.on("requestfailed", (request) => {
    if (new URL(request.url()).pathname.startsWith("/ipfs/")) failed.push(request.url());
  });
  return { context, page, reads, failed };
}

test("with its IPFS gateway down the site says so instead of hanging, and Retry keeps saying so", async ({
  browser,
}, testInfo) => {
  const webOrigin = new URL(process.env.AGORA_E2E_WEB_URL!).origin;
  const copy = await startIpfsCopy([webOrigin]);
  const { node } = copy;
  const cards = expectedCardPhotos(await browseFirstPage());
  const contexts: BrowserContext[] = [];
  try {
    // Up: the catalogue's photos come from the second node, and only from it.
    const up = await openWithGateway(browser, node.url);
    contexts.push(up.context);
    await up.page.goto("/");
    await expect(up.page.getByTestId("listing-card")).toHaveCount(cards.length);
    await expect.poll(async () => withoutAlt(await cardPhotos(up.page))).toEqual(cards);
    expect(up.reads.length).toBeGreaterThan(0);
    expect(up.reads.filter((url) => !url.startsWith(`${node.url}/ipfs/`))).toEqual([]);
    await expect(up.page.getByTestId("content-outage")).toHaveCount(0);
    await up.context.close();

    // Down: a fresh visit says so within seconds; photos are placeholders, not spinners.
    await node.stop();
    const down = await openWithGateway(browser, node.url);
    contexts.push(down.context);
    await down.page.goto("/");
    await expect(down.page.getByTestId("listing-card")).toHaveCount(cards.length);
    const banner = down.page.getByTestId("content-outage");
    await expect(banner).toBeVisible({ timeout: 5_000 });
    await expect(banner).toHaveAttribute("role", "alert");
    await expect(banner).toContainText("Photos and listing details cannot be read from IPFS right now");
    const placeholders = cards.map(({ id }) => ({ id, photo: "error", address: null }));
    await expect.poll(async () => withoutAlt(await cardPhotos(down.page)), { timeout: 5_000 }).toEqual(placeholders);
    const withPhotos = cards.filter((card) => card.photo === "decoded").length;
    await expect(down.page.getByTestId("listing-card").getByText("Photo unavailable", { exact: true })).toHaveCount(
      cards.length,
    );
    expect(withPhotos).toBeGreaterThan(0);
    const shot = testInfo.outputPath("ipfs-outage.png");
    await down.page.screenshot({ path: shot });
    await testInfo.attach("ipfs-outage", { path: shot, contentType: "image/png" });

    // Retry asks the gateway again; it is still down, so the banner and placeholders stay.
    // From here on, note every DOM change after which the banner is gone (it must stay up).
    await down.page.evaluate(() => {
      const state = window as unknown as { outageBannerGaps: number };
      state.outageBannerGaps = 0;
      new MutationObserver(() => {
        if (!document.querySelector('[data-testid="content-outage"]')) state.outageBannerGaps++;
      }).observe(document.body, { childList: true, subtree: true });
    });
    const failedBefore = down.failed.length;
    await banner.getByRole("button", { name: "Retry" }).click();
    await expect.poll(() => down.failed.length, { message: "Retry read IPFS again" }).toBeGreaterThan(failedBefore);
    await expect(down.page.locator('[data-state="loading"]')).toHaveCount(0);
    await expect(banner).toBeVisible();
    await expect.poll(async () => withoutAlt(await cardPhotos(down.page))).toEqual(placeholders);
    const gaps = await down.page.evaluate(() => (window as unknown as { outageBannerGaps: number }).outageBannerGaps);
    expect(gaps, "the outage banner stayed up while Retry read IPFS again").toBe(0);
  } finally {
    for (const context of contexts) await context.close();
    await copy.dispose();
  }
});
