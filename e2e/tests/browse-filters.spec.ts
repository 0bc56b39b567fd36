import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import { DEV_MNEMONIC, demoSellers } from "@agora/devnet";
import { expect, test, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, createWalletClient, formatUnits, http, parseEventLogs, zeroAddress, type Hex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { anvil } from "viem/chains";
import { subgraphQuery } from "../support/subgraph";

// Every expectation is what the subgraph answers to the same question, asked directly.

interface Row {
  id: string;
  listingId: string;
  price: string;
  seller: { id: string; ratingAverage: string };
}

const rowFields = "id listingId price seller { id ratingAverage }";

/** The first page (24 cards) of listings for a filter and order, straight from the subgraph. */
async function listings(where: Record<string, unknown>, orderBy = "createdAt", orderDirection = "desc") {
  const { listings: rows } = await subgraphQuery<{ listings: Row[] }>(
    `query($where: Listing_filter!, $orderBy: Listing_orderBy!, $orderDirection: OrderDirection!) {
      listings(first: 24, where: $where, orderBy: $orderBy, orderDirection: $orderDirection) { ${rowFields} }
    }`,
    { where, orderBy, orderDirection },
  );
  return rows;
}

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
const inStock = { status: "Active", stock_gt: "0" };
const current = "current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1)";

/** The first page of a search, with the page's reader rule (each listing's current version only). */
async function searchIds(text: string, listing: Record<string, unknown>) {
  const { listingSearch } = await subgraphQuery<{
    listingSearch: { version: number; listing: { id: string; current: { version: number }[] } }[];
  }>(
    `query($text: String!, $where: ListingMetadata_filter!) {
      listingSearch(text: $text, first: 24, where: $where) { version listing { id ${current} { version } } }
    }`,
    { text, where: { valid: true, listing_: listing } },
  );
  return listingSearch.filter((hit) => hit.version === hit.listing.current[0]?.version).map((hit) => hit.listing.id);
}

/** The cards' listing ids, in page order (empty while the page loads). */
const cardIds = (page: Page) =>
  page.getByTestId("listing-card").evaluateAll((cards) => cards.map((card) => card.getAttribute("data-listing-id")));

/** Waits until the page shows exactly these listings, in this order. */
async function expectCards(page: Page, expected: string[]) {
  await expect.poll(() => cardIds(page), { timeout: 15_000 }).toEqual(expected);
}

/** Opens the home page and waits for its first cards. */
async function openBrowse(page: Page, hash = "/") {
  await page.goto(`/#${hash}`);
  await expect(page.getByTestId("listing-card").first()).toBeVisible();
}

test("search finds a listing by a word that is only in its description", async ({ page }) => {
  const { listingMetadata_collection: documents } = await subgraphQuery<{
    listingMetadata_collection: {
      name: string;
      description: string;
      version: number;
      listing: { id: string; status: string; stock: string; current: { version: number }[] };
    }[];
  }>(
    `{ listingMetadata_collection(first: 1000, where: { valid: true }) {
        name description version listing { id status stock ${current} { version } }
      } }`,
    {},
  );
  const words = (text: string): string[] => text.toLowerCase().match(/[a-z]{5,}/g) ?? [];
  const names = new Set(documents.flatMap((document) => words(document.name)));
  // Words of a shown listing's description that are in no listing's name and in no other
  // listing's description; the first the full-text index finds (stop words are not indexed).
  const candidates = documents
    .filter(
      (document) =>
        document.listing.status === "Active" &&
        document.listing.stock !== "0" &&
        document.listing.current[0]?.version === document.version,
    )
    .flatMap((document) =>
      words(document.description)
        .filter(
          (word) =>
            !names.has(word) &&
            documents.every(
              (other) => other.listing.id === document.listing.id || !words(other.description).includes(word),
            ),
        )
        .map((word) => ({ word, id: document.listing.id })),
    );
  let found: { word: string; expected: string[] } | undefined;
  for (const { word, id } of candidates) {
    const expected = await searchIds(word, inStock);
    if (expected.includes(id)) {
      found = { word, expected };
      break;
    }
  }
  expect(found).toBeDefined();
  const { word, expected } = found!;

  await openBrowse(page);
  await page.getByLabel("Search listings").fill(word);
  await page.getByLabel("Search listings").press("Enter");
  await expect(page).toHaveURL(new RegExp(`#/\\?q=${word}$`));
  await expectCards(page, expected);
  // Search is in relevance order: the sort says so instead of pretending.
  await expect(page.getByLabel("Sort by")).toBeDisabled();
  await expect(page.getByText("Search results are sorted by relevance.")).toBeVisible();
});

test("a token, a price range in its units and a price sort show what the subgraph says, in its order", async ({
  page,
}) => {
  const { paymentTokens } = await subgraphQuery<{
    paymentTokens: { id: string; symbol: string; decimals: number }[];
  }>(`{ paymentTokens(where: { allowed: true }) { id symbol decimals } }`, {});
  // The token with the most listings in stock, and a range that leaves its cheapest and dearest out.
  const priced = await Promise.all(
    paymentTokens.map(async (token) => ({
      token,
      rows: await listings({ ...inStock, token: token.id }, "price", "asc"),
    })),
  );
  const { token, rows } = priced.sort((a, b) => b.rows.length - a.rows.length)[0]!;
  expect(rows.length).toBeGreaterThanOrEqual(4);
  const min = formatUnits(BigInt(rows[1]!.price), token.decimals);
  const max = formatUnits(BigInt(rows.at(-2)!.price), token.decimals);
  const expected = ids(
    await listings(
      { ...inStock, token: token.id, price_gte: rows[1]!.price, price_lte: rows.at(-2)!.price },
      "price",
      "desc",
    ),
  );
  expect(expected.length).toBeGreaterThanOrEqual(2);
  expect(expected).not.toContain(rows[0]!.id);

  await openBrowse(page);
  // No token yet: no price range, no price sort.
  await expect(page.getByLabel("Min price")).toBeDisabled();
  await page.getByLabel("Payment token").selectOption({ label: token.symbol });
  await expect(page).toHaveURL(new RegExp(`token=${token.id}`));
  await page.getByLabel("Min price").fill(min);
  await page.getByLabel("Max price").fill(max);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByLabel("Sort by").selectOption({ label: "Price: high to low" });
  const search = new URLSearchParams({ token: token.id, min, max, sort: "price-desc" }).toString();
  await expect(page).toHaveURL(new RegExp(`#/\\?${search.replace(/[.?]/g, "\\$&")}$`));
  await expectCards(page, expected);
  await expect(page.getByRole("button", { name: `Remove filter: Price: ${min}–${max} ${token.symbol}` })).toBeVisible();

  // A shared link opened cold shows the same.
  await page.reload();
  await expectCards(page, expected);

  // An invalid range is refused with a message and changes nothing.
  await page.getByLabel("Min price").fill("abc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("Enter an amount such as 12.5 (digits and one point).")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`min=${min.replace(".", "\\.")}&`));
  await expectCards(page, expected);
});

test("on a phone, the Filters disclosure holds a minimum seller rating; best rated sorts by listing rating", async ({
  page,
}, testInfo) => {
  const rated = ids(await listings({ ...inStock, seller_: { ratingAverage_gte: "4.5" } }));
  const all = ids(await listings(inStock));
  expect(rated.length).toBeGreaterThan(0);
  expect(rated).not.toEqual(all);

  await page.setViewportSize({ width: 390, height: 844 });
  await openBrowse(page);
  const rating = page.getByLabel("Seller rating");
  await expect(rating).toBeHidden();
  await page.getByRole("button", { name: "Filters", exact: true }).click();
  await rating.selectOption({ label: "★ 4.5 and up" });
  await expect(page).toHaveURL(/#\/\?rating=4\.5$/);
  await expectCards(page, rated);
  await expect(page.getByRole("button", { name: "Filters (1)" })).toBeVisible();
  const file = testInfo.outputPath("browse-filters-phone.png");
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach("browse-filters-phone", { path: file, contentType: "image/png" });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  await page.getByLabel("Sort by").selectOption({ label: "Best rated" });
  await expect(page).toHaveURL(/#\/\?rating=4\.5&sort=rating$/);
  await expectCards(
    page,
    ids(await listings({ ...inStock, seller_: { ratingAverage_gte: "4.5" } }, "ratingAverage", "desc")),
  );
});

test("in stock only is the default; turning it off shows a sold-out listing", async ({ page }) => {
  // A sold-out listing of a demo seller (stock 0, the metadata of one of theirs), closed afterwards.
  const deployment = JSON.parse(
    await readFile(path.join(process.env.AGORA_E2E_STATE_DIR!, "deployments", "31337.json"), "utf8"),
  ) as DeploymentFile;
  const market = { address: deployment.contracts.Marketplace!.address, abi: abis.Marketplace } as const;
  const chain = { ...anvil, rpcUrls: { default: { http: [process.env.AGORA_E2E_RPC_URL!] } } };
  const seller = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: demoSellers.at(-1)!.index });
  const arbiter = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 9 });
  const publicClient = createPublicClient({ chain, transport: http() });
  const wallet = createWalletClient({ account: seller, chain, transport: http() });
  const { listings: theirs } = await subgraphQuery<{ listings: { metadataCidBytes: Hex }[] }>(
    `query($seller: String!) { listings(first: 1, where: { seller: $seller }) { metadataCidBytes } }`,
    { seller: seller.address.toLowerCase() },
  );
  const receipt = await publicClient.waitForTransactionReceipt({
    hash: await wallet.writeContract({
      ...market,
      functionName: "createListing",
      args: [zeroAddress, 10n ** 15n, 0, arbiter.address, 3 * 86_400, theirs[0]!.metadataCidBytes],
    }),
  });
  const [created] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "ListingCreated" });
  const listingId = created!.args.listingId;
  const id = `0x${listingId.toString(16).padStart(64, "0")}`;
  try {
    // Indexed (its metadata may come later: only ids are compared).
    await expect
      .poll(
        async () =>
          (
            await subgraphQuery<{ listing: { id: string } | null }>(`query($id: ID!) { listing(id: $id) { id } }`, {
              id,
            })
          ).listing?.id,
        { timeout: 60_000 },
      )
      .toBe(id);
    const withSoldOut = ids(await listings({ status: "Active" }));
    expect(withSoldOut[0]).toBe(id);

    await openBrowse(page);
    await expectCards(page, ids(await listings(inStock)));
    const toggle = page.getByLabel("In stock only");
    await expect(toggle).toBeChecked();
    await toggle.uncheck();
    await expect(page).toHaveURL(/#\/\?stock=all$/);
    await expectCards(page, withSoldOut);
    await expect(page.getByRole("button", { name: "Remove filter: Sold-out listings included" })).toBeVisible();
    await toggle.check();
    await expect(page).toHaveURL(/#\/$/);
    await expect.poll(() => cardIds(page)).not.toContain(id);
  } finally {
    await publicClient.waitForTransactionReceipt({
      hash: await wallet.writeContract({ ...market, functionName: "closeListing", args: [listingId] }),
    });
  }
});

test("listings and sellers the hoster hides in config.json are not shown, in browse and in search", async ({
  page,
}) => {
  const first = await listings(inStock);
  const hiddenListing = first[0]!;
  const hiddenSeller = first.find((row) => row.seller.id !== hiddenListing.seller.id)!.seller.id;
  await page.route("**/config.json", async (route) => {
    const response = await route.fetch();
    const config = (await response.json()) as Record<string, unknown>;
    await route.fulfill({
      response,
      json: { ...config, hidden: { listings: [hiddenListing.listingId], sellers: [hiddenSeller] } },
    });
  });
  const expected = await listings({
    ...inStock,
    listingId_not_in: [hiddenListing.listingId],
    seller_not_in: [hiddenSeller],
  });
  expect(expected.length).toBeGreaterThan(0);

  await openBrowse(page);
  await expectCards(page, ids(expected));
  // Filtered in the query, so a page is as full as the catalogue allows. A listing id starts with
  // its seller's address.
  const shown = await cardIds(page);
  expect(shown).not.toContain(hiddenListing.id);
  expect(shown.filter((card) => card!.startsWith(hiddenSeller))).toEqual([]);

  // Search too: a word of a hidden seller's listing finds theirs on the subgraph, not on the page.
  const { listing } = await subgraphQuery<{ listing: { current: { name: string }[] } }>(
    `query($id: ID!) { listing(id: $id) { ${current} { name } } }`,
    { id: first.find((row) => row.seller.id === hiddenSeller)!.id },
  );
  const words: string[] = listing.current[0]!.name.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  let word: string | undefined;
  for (const candidate of words) {
    if ((await searchIds(candidate, inStock)).some((id) => id.startsWith(hiddenSeller))) {
      word = candidate;
      break;
    }
  }
  expect(word).toBeDefined();
  const expectedSearch = await searchIds(word!, {
    ...inStock,
    listingId_not_in: [hiddenListing.listingId],
    seller_not_in: [hiddenSeller],
  });
  await page.goto(`/#/?q=${word}`);
  if (expectedSearch.length) await expectCards(page, expectedSearch);
  else await expect(page.getByTestId("catalog-empty")).toBeVisible();
});
