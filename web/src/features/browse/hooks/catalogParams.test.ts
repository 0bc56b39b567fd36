import { describe, expect, it } from "vitest";
import {
  defaultFilters,
  effectiveSort,
  hasFilters,
  parsePrice,
  readCatalogParams,
  resolvePriceRange,
  withFilters,
  withoutFilters,
} from "./catalogParams";

const usdc = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
const params = (search: string) => new URLSearchParams(search);

describe("readCatalogParams", () => {
  it("reads every filter of a shared link", () => {
    expect(
      readCatalogParams(
        params(
          `q=lamp&category=home&token=${usdc.toUpperCase().replace("0X", "0x")}&min=1.5&max=20&rating=4.5&stock=all&sort=price-desc&page=3`,
        ),
      ),
    ).toEqual({
      q: "lamp",
      category: "home",
      token: usdc,
      min: "1.5",
      max: "20",
      rating: "4.5",
      inStock: false,
      sort: "price-desc",
      page: 3,
    });
  });

  it("drops malformed values instead of guessing", () => {
    expect(readCatalogParams(params("category=boats&token=0x12&rating=2&sort=cheapest&page=-4&stock=some"))).toEqual(
      defaultFilters,
    );
  });
});

describe("withFilters", () => {
  it("writes a change, leaves defaults out and goes back to page 1, keeping other parameters", () => {
    const next = withFilters(params("q=lamp&page=4&utm=x"), { rating: "4", inStock: false, sort: "rating" });
    expect(next.toString()).toBe("q=lamp&utm=x&rating=4&stock=all&sort=rating");
    expect(withFilters(next, { rating: undefined, inStock: true, sort: "newest" }).toString()).toBe("q=lamp&utm=x");
  });

  it("clears the price range when the token changes, and a price sort when no token is left", () => {
    const start = params(`token=${usdc}&min=1&max=5&sort=price-asc`);
    expect(withFilters(start, { token: "0x0000000000000000000000000000000000000000" }).toString()).toBe(
      "token=0x0000000000000000000000000000000000000000&sort=price-asc",
    );
    expect(withFilters(start, { token: undefined }).toString()).toBe("");
    // The same token keeps its range.
    expect(withFilters(start, { token: usdc, rating: "3" }).get("min")).toBe("1");
  });

  it("clears filters but keeps a sort that still makes sense", () => {
    expect(withoutFilters(params(`q=a&token=${usdc}&min=1&sort=rating&page=2`)).toString()).toBe("sort=rating");
    expect(withoutFilters(params(`token=${usdc}&sort=price-asc`)).toString()).toBe("");
  });
});

describe("price range", () => {
  it("turns token units into base units with the token's decimals", () => {
    expect(resolvePriceRange("12.5", "100", usdc, 6)).toEqual({ min: 12_500_000n, max: 100_000_000n, errors: {} });
    expect(resolvePriceRange("0.01", "", usdc, 18)).toEqual({ min: 10_000_000_000_000_000n, errors: {} });
    expect(resolvePriceRange(".5", "3.", usdc, 6)).toEqual({ min: 500_000n, max: 3_000_000n, errors: {} });
  });

  it("names invalid input and does not apply it", () => {
    expect(parsePrice("abc", 6)).toEqual({ error: "notANumber" });
    expect(parsePrice("-1", 6)).toEqual({ error: "notANumber" });
    expect(parsePrice("1,5", 6)).toEqual({ error: "notANumber" });
    expect(parsePrice("1.0000001", 6)).toEqual({ error: "tooManyDecimals" });
    expect(parsePrice("1.5000000", 6)).toEqual({ value: 1_500_000n });
    // The valid bound still applies.
    expect(resolvePriceRange("x", "5", usdc, 6)).toEqual({ max: 5_000_000n, errors: { min: "notANumber" } });
    // A minimum above the maximum applies neither.
    expect(resolvePriceRange("50", "10", usdc, 6)).toEqual({ errors: { max: "minAboveMax" } });
    expect(resolvePriceRange("1", "2", undefined, undefined)).toEqual({ errors: { min: "noToken", max: "noToken" } });
    expect(resolvePriceRange("1", "", usdc, undefined)).toEqual({ errors: { min: "unknownToken" } });
  });
});

describe("sort and filters", () => {
  it("sorts by price only within one token", () => {
    expect(effectiveSort({ ...defaultFilters, sort: "price-asc" })).toBe("newest");
    expect(effectiveSort({ ...defaultFilters, sort: "price-asc", token: usdc })).toBe("price-asc");
    expect(effectiveSort({ ...defaultFilters, sort: "rating" })).toBe("rating");
  });

  it("knows when a filter is set", () => {
    expect(hasFilters(defaultFilters)).toBe(false);
    expect(hasFilters({ ...defaultFilters, sort: "rating", page: 3 })).toBe(false);
    expect(hasFilters({ ...defaultFilters, inStock: false })).toBe(true);
    expect(hasFilters({ ...defaultFilters, rating: "3" })).toBe(true);
  });
});
