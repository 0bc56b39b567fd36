import { describe, expect, it } from "vitest";
import type { ListingCardFragment, SearchQuery } from "../../../lib/indexer/generated/graphql";
import { defaultFilters, type CatalogFilters } from "./catalogParams";
import { browseVariables, searchVariables, selectSearch } from "./useCatalog";

const usdc = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
const filters = (overrides: Partial<CatalogFilters>): CatalogFilters => ({ ...defaultFilters, ...overrides });
const none = { listings: [], sellers: [] };

describe("browseVariables", () => {
  it("asks for one token in a price range (base units), a seller rating, a category and a price sort", () => {
    const variables = browseVariables(
      filters({ token: usdc, min: "12.5", max: "40", rating: "4", category: "home", sort: "price-asc", page: 2 }),
      { hidden: none, decimals: 6 },
    );
    expect(variables).toEqual({
      first: 24,
      skip: 24,
      orderBy: "price",
      orderDirection: "asc",
      where: {
        status: "Active",
        stock_gt: "0",
        token: usdc,
        price_gte: "12500000",
        price_lte: "40000000",
        seller_: { ratingAverage_gte: "4" },
        metadataVersions_: { valid: true, category: "home" },
      },
    });
  });

  it("shows sold-out listings when asked, sorts by rating or price down, and ignores a price sort without a token", () => {
    expect(browseVariables(filters({ inStock: false, sort: "rating" }))).toEqual({
      first: 24,
      skip: 0,
      orderBy: "ratingAverage",
      orderDirection: "desc",
      where: { status: "Active" },
    });
    expect(browseVariables(filters({ token: usdc, sort: "price-desc" }))).toMatchObject({
      orderBy: "price",
      orderDirection: "desc",
    });
    expect(browseVariables(filters({ sort: "price-desc" }))).toMatchObject({
      orderBy: "createdAt",
      orderDirection: "desc",
    });
  });

  it("leaves out a price range that is invalid or whose decimals are unknown", () => {
    expect(
      browseVariables(filters({ token: usdc, min: "50", max: "10" }), { hidden: none, decimals: 6 }).where,
    ).toEqual({ status: "Active", stock_gt: "0", token: usdc });
    expect(browseVariables(filters({ token: usdc, min: "1" }), { hidden: none }).where).toEqual({
      status: "Active",
      stock_gt: "0",
      token: usdc,
    });
    expect(browseVariables(filters({ min: "1" }), { hidden: none, decimals: 6 }).where).toEqual({
      status: "Active",
      stock_gt: "0",
    });
  });

  it("leaves out the hoster's hidden listings and sellers, and sends no empty lists", () => {
    const hidden = { listings: ["7", "12"], sellers: ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8"] };
    expect(browseVariables(filters({}), { hidden }).where).toEqual({
      status: "Active",
      stock_gt: "0",
      listingId_not_in: ["7", "12"],
      seller_not_in: ["0x70997970c51812dc3a010c7d01b50e0d17dc79c8"],
    });
    // graph-node matches nothing with `listingId_not_in: []`.
    expect(browseVariables(filters({}), { hidden: { listings: [], sellers: ["0xab"] } }).where).not.toHaveProperty(
      "listingId_not_in",
    );
  });
});

describe("searchVariables", () => {
  it("nests the listing filters under listing_ and leaves the seller rating to the reader", () => {
    const variables = searchVariables(
      filters({ q: "lamp", token: usdc, max: "30", rating: "4.5", inStock: false, sort: "price-asc" }),
      { hidden: { listings: ["7"], sellers: [] }, decimals: 6 },
    );
    expect(variables).toEqual({
      text: "lamp",
      first: 24,
      skip: 0,
      where: {
        valid: true,
        listing_: { status: "Active", token: usdc, price_lte: "30000000", listingId_not_in: ["7"] },
      },
    });
  });
});

describe("selectSearch", () => {
  const card = (id: string, sellerRating: string) =>
    ({
      id,
      current: [{ version: 1 }],
      seller: { id: "0xs", ratingAverage: sellerRating, ratingCount: 1, profile: [] },
    }) as unknown as ListingCardFragment;

  it("keeps sellers rated at least the minimum, paging by what it read", () => {
    const data = {
      listingSearch: [
        { id: "a-1", version: 1, listing: card("a", "4.5") },
        { id: "b-1", version: 1, listing: card("b", "4.49") },
        { id: "c-1", version: 1, listing: card("c", "5") },
      ],
    } as unknown as SearchQuery;
    expect(selectSearch(data, "4.5").listings.map((listing) => listing.id)).toEqual(["a", "c"]);
    expect(selectSearch(data).listings).toHaveLength(3);
  });
});
