// The browse page's state as URL parameters, so that a search can be shared as a link:
//   q         full-text search (the header's search form sets it)
//   category  a listing category
//   token     payment token address (lowercase; 0x00…00 is native ETH)
//   min, max  price range in token units ("12.5"), only with a token
//   rating    minimum seller rating: 3, 4 or 4.5
//   stock     "all" shows sold-out active listings too (default: in stock only)
//   sort      newest (default), price-asc, price-desc, rating
//   page      1-based page (absent on the first)
// Pure functions: reading and writing the parameters, and the price range in base units.
import { listingCategories, type ListingCategory } from "@agora/content/categories";
import { formatUnits, parseUnits } from "viem";

export const sortKeys = ["newest", "price-asc", "price-desc", "rating"] as const;
export type SortKey = (typeof sortKeys)[number];

/** Minimum seller ratings offered (Account.ratingAverage, a BigDecimal, compared as text by graph-node). */
export const ratingSteps = ["3", "4", "4.5"] as const;
export type RatingStep = (typeof ratingSteps)[number];

export const isCategory = (value: string): value is ListingCategory =>
  (listingCategories as readonly string[]).includes(value);

const isSortKey = (value: string): value is SortKey => (sortKeys as readonly string[]).includes(value);
const isRatingStep = (value: string): value is RatingStep => (ratingSteps as readonly string[]).includes(value);
const isAddress = (value: string) => /^0x[0-9a-f]{40}$/.test(value);

export interface CatalogFilters {
  /** Full-text query; empty for plain browsing. */
  q: string;
  /** A known category, or undefined. */
  category?: ListingCategory;
  /** Payment token address (lowercase), or undefined for any token. */
  token?: string;
  /** Price bounds in token units as written in the URL ("" when unset); checked by `resolvePriceRange`. */
  min: string;
  max: string;
  /** Minimum seller rating, or undefined for any. */
  rating?: RatingStep;
  /** Only listings with stock left (the default). */
  inStock: boolean;
  sort: SortKey;
  /** 1-based page number. */
  page: number;
}

export const defaultFilters: CatalogFilters = { q: "", min: "", max: "", inStock: true, sort: "newest", page: 1 };

/** The filters a URL says; unknown or malformed values are dropped, never guessed. */
export function readCatalogParams(params: URLSearchParams): CatalogFilters {
  const category = params.get("category") ?? "";
  const token = (params.get("token") ?? "").toLowerCase();
  const rating = params.get("rating") ?? "";
  const sort = params.get("sort") ?? "";
  return {
    q: params.get("q") ?? "",
    category: isCategory(category) ? category : undefined,
    token: isAddress(token) ? token : undefined,
    min: (params.get("min") ?? "").trim(),
    max: (params.get("max") ?? "").trim(),
    rating: isRatingStep(rating) ? rating : undefined,
    inStock: params.get("stock") !== "all",
    sort: isSortKey(sort) ? sort : "newest",
    page: Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1),
  };
}

export type FilterPatch = Partial<Omit<CatalogFilters, "page">>;

/**
 * The URL parameters after a change of filters: other parameters are kept, defaults are left
 * out, and the page goes back to the first (the old page number means nothing for new results).
 * A new token clears the price range (other units); no token also drops a price sort.
 */
export function withFilters(params: URLSearchParams, patch: FilterPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const current = readCatalogParams(params);
  const merged = { ...current, ...patch };
  if ("token" in patch && patch.token !== current.token) {
    if (!("min" in patch)) merged.min = "";
    if (!("max" in patch)) merged.max = "";
    if (!patch.token && merged.sort.startsWith("price")) merged.sort = "newest";
  }
  const set = (key: string, value: string | undefined) => (value ? next.set(key, value) : next.delete(key));
  set("q", merged.q.trim());
  set("category", merged.category);
  set("token", merged.token);
  set("min", merged.min.trim());
  set("max", merged.max.trim());
  set("rating", merged.rating);
  set("stock", merged.inStock ? undefined : "all");
  set("sort", merged.sort === "newest" ? undefined : merged.sort);
  next.delete("page");
  return next;
}

/** The URL parameters with every filter removed; a sort that still makes sense is kept. */
export function withoutFilters(params: URLSearchParams): URLSearchParams {
  const { sort } = readCatalogParams(params);
  const next = new URLSearchParams();
  if (sort === "rating") next.set("sort", sort);
  return next;
}

/** Whether any filter (not the sort or page) differs from the defaults. */
export const hasFilters = (filters: CatalogFilters) =>
  filters.q.trim() !== "" ||
  filters.category !== undefined ||
  filters.token !== undefined ||
  filters.min !== "" ||
  filters.max !== "" ||
  filters.rating !== undefined ||
  !filters.inStock;

/** The sort graph-node is asked for: price sorts only compare prices within one token. */
export function effectiveSort(filters: CatalogFilters): SortKey {
  return filters.sort.startsWith("price") && !filters.token ? "newest" : filters.sort;
}

export type PriceError = "notANumber" | "tooManyDecimals" | "minAboveMax" | "noToken" | "unknownToken";

export interface PriceRange {
  /** Bounds in the token's base units, only those that are valid (none when the range is not). */
  min?: bigint;
  max?: bigint;
  /** Why a bound is not applied; the max carries "minAboveMax". */
  errors: { min?: PriceError; max?: PriceError };
}

/** One price in token units ("12.5") as base units, or why not. */
export function parsePrice(text: string, decimals: number): { value: bigint } | { error: PriceError } {
  const value = text.trim();
  if (!/^(\d+\.?\d*|\.\d+)$/.test(value)) return { error: "notANumber" };
  const fraction = value.split(".")[1] ?? "";
  // parseUnits would round a finer amount silently: say so instead.
  if (fraction.replace(/0+$/, "").length > decimals) return { error: "tooManyDecimals" };
  return { value: parseUnits(value.endsWith(".") ? value.slice(0, -1) : value, decimals) };
}

/**
 * The price range of the filters in base units. `decimals` is the chosen token's, undefined while
 * unknown (a token that is not in the allowed list). An invalid bound is not applied; a minimum
 * above the maximum applies neither.
 */
export function resolvePriceRange(min: string, max: string, token: string | undefined, decimals?: number): PriceRange {
  const range: PriceRange = { errors: {} };
  if (!min && !max) return range;
  if (!token) {
    if (min) range.errors.min = "noToken";
    if (max) range.errors.max = "noToken";
    return range;
  }
  if (decimals === undefined) {
    if (min) range.errors.min = "unknownToken";
    if (max) range.errors.max = "unknownToken";
    return range;
  }
  for (const bound of ["min", "max"] as const) {
    const text = bound === "min" ? min : max;
    if (!text) continue;
    const parsed = parsePrice(text, decimals);
    if ("error" in parsed) range.errors[bound] = parsed.error;
    else range[bound] = parsed.value;
  }
  if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
    return { errors: { ...range.errors, max: "minAboveMax" } };
  }
  return range;
}

/** A price in base units back in token units, as the URL and the inputs write it ("12.5"). */
export const priceText = (value: bigint, decimals: number) => formatUnits(value, decimals);
