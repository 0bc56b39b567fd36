// The listing form's model: its fields as typed (strings for react-hook-form), their checks (each
// text gated by the content layer's own listing schema, so what passes here publishes; price, stock
// and shipping window within what the contract stores), the agora/listing@1 document the form
// becomes, and where its draft is kept.
import {
  attribute,
  LISTING_SCHEMA,
  listingCategories,
  listingConditions,
  listingMetadataSchema,
  shippingRegion,
  type ListingMetadata,
  type ListingMetadataInput,
} from "@agora/content/schemas";
import { formatUnits, getAddress, parseUnits, type Address } from "viem";
import { z } from "zod";

const shape = listingMetadataSchema.shape;

/** The largest array `schema` accepts of `sample`s (the content schema's `.max()`, read from the schema). */
function largestArray(schema: z.ZodType, sample: unknown, ceiling = 1_000): number {
  for (let count = 1; count <= ceiling; count++) {
    if (!schema.safeParse(Array.from({ length: count }, () => sample)).success) return count - 1;
  }
  return ceiling;
}

/** Limits of the content schema (agora/listing@1). */
export const TITLE_MAX = shape.name.maxLength ?? 120;
export const DESCRIPTION_MAX = shape.description.maxLength ?? 5_000;
export const ATTRIBUTE_NAME_MAX = attribute.shape.name.maxLength ?? 60;
export const ATTRIBUTE_VALUE_MAX = attribute.shape.value.maxLength ?? 200;
export const ATTRIBUTES_MAX = largestArray(shape.attributes, { name: "a", value: "b" });
export const PHOTOS_MAX = largestArray(shape.images, { path: "p.jpg", alt: "p" });
export const HANDLING_DAYS_MAX = shape.shipping.unwrap().shape.handlingDays.maxValue ?? 60;

/** Limits of the contract: `uint96 price` (non-zero), `uint32 stock`, a window of 1 s to MAX_SHIPPING_WINDOW. */
export const PRICE_MAX = 2n ** 96n - 1n;
export const STOCK_MAX = 2 ** 32 - 1;
/** Marketplace.MAX_SHIPPING_WINDOW (365 days), in days. */
export const SHIP_DAYS_MAX = 365;
const DAY_SECONDS = 86_400;
/** Digital goods are delivered (sealed to the buyer) rather than shipped: the window the seller has. */
export const DIGITAL_DELIVERY_DAYS = 3;

export type ListingKind = "physical" | "digital";
export type ListingCategory = (typeof listingCategories)[number];
export type ListingCondition = (typeof listingConditions)[number];

/** Each message is a key under `listing.errors` (the form shows it translated, next to its field). */
export type ListingErrorKey =
  | "titleRequired"
  | "descriptionRequired"
  | "tooLong"
  | "invalidText"
  | "categoryRequired"
  | "conditionRequired"
  | "tokenRequired"
  | "tokenUnknown"
  | "priceRequired"
  | "priceNotNumber"
  | "priceZero"
  | "priceDecimals"
  | "priceTooHigh"
  | "stockRequired"
  | "stockNotWhole"
  | "stockRange"
  | "shipDaysRequired"
  | "shipDaysRange"
  | "regionsRequired"
  | "regionsInvalid"
  | "arbiterRequired"
  | "arbiterUnknown"
  | "arbiterSelf"
  | "attributeNameRequired"
  | "attributeValueRequired"
  | "attributesTooMany";

/** A payment token as the form needs it (the subgraph's `TokenFields`). */
export interface FormToken {
  id: string;
  symbol: string | null;
  decimals: number | null;
}

/** What the checks depend on besides the typed values. */
export interface ListingFormContext {
  mode: "create" | "edit";
  /** The seller (lowercase): an arbiter must be someone else. */
  seller: string;
  /** Tokens a price may be in (the allowed ones; when editing, the listing's own). */
  tokens: readonly FormToken[];
  /** Arbiters that may be chosen (approved ones; when editing, the listing's own), lowercase. */
  arbiters: readonly string[];
}

export interface AttributeRow {
  name: string;
  value: string;
}

/** The form as typed. */
export interface ListingFormInput {
  title: string;
  description: string;
  category: string;
  condition: string;
  kind: ListingKind;
  token: string;
  price: string;
  stock: string;
  shipDays: string;
  regions: string;
  arbiter: string;
  attributes: AttributeRow[];
}

/** The form once valid. */
export interface ListingFormValues {
  title: string;
  description: string;
  category: ListingCategory;
  condition: ListingCondition;
  kind: ListingKind;
  token: Address;
  /** In the token's base units: 0 < price ≤ 2^96 − 1. */
  price: bigint;
  stock: number;
  /** Days to ship (physical) or to deliver (digital: DIGITAL_DELIVERY_DAYS). */
  shipDays: number;
  /** Shipping regions (physical; empty for digital). */
  regions: string[];
  arbiter: Address;
  /** Rows left entirely blank are dropped. */
  attributes: AttributeRow[];
}

const issue = (ctx: z.RefinementCtx, path: (string | number)[], message: ListingErrorKey) =>
  ctx.addIssue({ code: "custom", path, message });

/** A text checked against the content schema's field: "" → `required`, then length, then the field itself. */
function checkText(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  text: string,
  field: z.ZodType<string>,
  max: number,
  required: ListingErrorKey,
) {
  if (text === "") issue(ctx, path, required);
  else if (text.length > max) issue(ctx, path, "tooLong");
  else if (!field.safeParse(text).success) issue(ctx, path, "invalidText");
}

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/** A price typed in token units ("12.5"), in base units; or why it is refused. */
export function parsePrice(text: string, token: FormToken): bigint | ListingErrorKey {
  const typed = text.trim();
  if (typed === "") return "priceRequired";
  if (!DECIMAL.test(typed)) return "priceNotNumber";
  const decimals = token.decimals ?? 0;
  if ((typed.split(".")[1] ?? "").length > decimals) return "priceDecimals";
  const value = parseUnits(typed, decimals);
  if (value === 0n) return "priceZero";
  if (value > PRICE_MAX) return "priceTooHigh";
  return value;
}

/** The largest price the contract holds, in the token's units ("79228162514.264337593543950335" for 18 decimals). */
export const maxPriceText = (token: FormToken) => formatUnits(PRICE_MAX, token.decimals ?? 0);

/** A base-units price as the form shows it ("0.15"). */
export const priceText = (price: string | bigint, token: FormToken) => formatUnits(BigInt(price), token.decimals ?? 0);

/** "PT, ES" / "worldwide" / "eu" → ["PT", "ES"] / ["worldwide"] / ["EU"]; undefined when a word is not a region. */
export function parseRegions(text: string): string[] | undefined {
  const words = text
    .split(/[\s,;]+/)
    .map((word) => word.trim())
    .filter(Boolean);
  const regions: string[] = [];
  for (const word of words) {
    const region = word.toLowerCase() === "worldwide" ? "worldwide" : word.toUpperCase();
    if (!shippingRegion.safeParse(region).success) return undefined;
    if (!regions.includes(region)) regions.push(region);
  }
  return regions;
}

/** The form's checks for a context (tokens, arbiters, the seller). */
export function listingFormSchema(context: ListingFormContext) {
  const tokens = new Map(context.tokens.map((token) => [token.id.toLowerCase(), token]));
  const arbiters = new Set(context.arbiters.map((arbiter) => arbiter.toLowerCase()));
  const stockMin = context.mode === "create" ? 1 : 0;
  return z
    .object({
      title: z.string(),
      description: z.string(),
      category: z.string(),
      condition: z.string(),
      kind: z.enum(["physical", "digital"]),
      token: z.string(),
      price: z.string(),
      stock: z.string(),
      shipDays: z.string(),
      regions: z.string(),
      arbiter: z.string(),
      attributes: z.array(z.object({ name: z.string(), value: z.string() })),
    })
    .transform((input, ctx): ListingFormValues => {
      const title = input.title.trim();
      const description = input.description.trim();
      checkText(ctx, ["title"], title, shape.name, TITLE_MAX, "titleRequired");
      checkText(ctx, ["description"], description, shape.description, DESCRIPTION_MAX, "descriptionRequired");
      if (!(listingCategories as readonly string[]).includes(input.category))
        issue(ctx, ["category"], "categoryRequired");
      const physical = input.kind === "physical";
      if (physical && !(listingConditions as readonly string[]).includes(input.condition)) {
        issue(ctx, ["condition"], "conditionRequired");
      }

      const token = tokens.get(input.token.toLowerCase());
      let price = 0n;
      if (input.token === "") issue(ctx, ["token"], "tokenRequired");
      else if (!token) issue(ctx, ["token"], "tokenUnknown");
      else {
        const parsed = parsePrice(input.price, token);
        if (typeof parsed === "bigint") price = parsed;
        else issue(ctx, ["price"], parsed);
      }

      const stockText = input.stock.trim();
      let stock = 0;
      if (stockText === "") issue(ctx, ["stock"], "stockRequired");
      else if (!WHOLE.test(stockText)) issue(ctx, ["stock"], "stockNotWhole");
      else if (Number(stockText) < stockMin || Number(stockText) > STOCK_MAX) issue(ctx, ["stock"], "stockRange");
      else stock = Number(stockText);

      let shipDays = DIGITAL_DELIVERY_DAYS;
      let regions: string[] = [];
      if (physical) {
        const daysText = input.shipDays.trim();
        if (daysText === "") issue(ctx, ["shipDays"], "shipDaysRequired");
        else if (!WHOLE.test(daysText) || Number(daysText) < 1 || Number(daysText) > SHIP_DAYS_MAX) {
          issue(ctx, ["shipDays"], "shipDaysRange");
        } else shipDays = Number(daysText);
        const parsedRegions = parseRegions(input.regions);
        if (parsedRegions === undefined) issue(ctx, ["regions"], "regionsInvalid");
        else if (parsedRegions.length === 0) issue(ctx, ["regions"], "regionsRequired");
        else regions = parsedRegions;
      }

      const arbiter = input.arbiter.toLowerCase();
      if (arbiter === "") issue(ctx, ["arbiter"], "arbiterRequired");
      else if (arbiter === context.seller.toLowerCase()) issue(ctx, ["arbiter"], "arbiterSelf");
      else if (!arbiters.has(arbiter)) issue(ctx, ["arbiter"], "arbiterUnknown");

      const attributes: AttributeRow[] = [];
      input.attributes.forEach((row, index) => {
        const name = row.name.trim();
        const value = row.value.trim();
        if (name === "" && value === "") return;
        checkText(
          ctx,
          ["attributes", index, "name"],
          name,
          attribute.shape.name,
          ATTRIBUTE_NAME_MAX,
          "attributeNameRequired",
        );
        checkText(
          ctx,
          ["attributes", index, "value"],
          value,
          attribute.shape.value,
          ATTRIBUTE_VALUE_MAX,
          "attributeValueRequired",
        );
        attributes.push({ name, value });
      });
      if (attributes.length > ATTRIBUTES_MAX) issue(ctx, ["attributes", "root"], "attributesTooMany");

      return {
        title,
        description,
        category: input.category as ListingCategory,
        condition: physical ? (input.condition as ListingCondition) : "not-applicable",
        kind: input.kind,
        token: (token ? getAddress(token.id) : input.token) as Address,
        price,
        stock,
        shipDays,
        regions,
        arbiter: (arbiter ? getAddress(arbiter) : arbiter) as Address,
        attributes,
      };
    });
}

/** The contract's `shippingWindow` (seconds) for the form's days. */
export const shippingWindowOf = (values: Pick<ListingFormValues, "shipDays">) => values.shipDays * DAY_SECONDS;

/** Whole days of a window in seconds, as the form shows it. */
export const shipDaysOf = (shippingWindow: string | bigint) =>
  Math.max(1, Math.round(Number(shippingWindow) / DAY_SECONDS));

/** A photo as the document names it: its path in the listing directory and its alt text. */
export interface ImageEntry {
  path: string;
  alt: string;
}

/**
 * The agora/listing@1 document (metadata.json) for the form's values and photos. When editing,
 * `base` (the current document) supplies what the form does not edit: variants and the handling time.
 */
export function listingDocument(
  values: ListingFormValues,
  images: readonly ImageEntry[],
  base?: ListingMetadata,
): ListingMetadataInput {
  const physical = values.kind === "physical";
  return {
    schema: LISTING_SCHEMA,
    name: values.title,
    description: values.description,
    category: values.category,
    condition: physical ? values.condition : "not-applicable",
    images: [...images],
    attributes: values.attributes,
    variants: base?.variants ?? [],
    kind: values.kind,
    ...(physical
      ? {
          shipping: {
            regions: values.regions,
            handlingDays: base?.shipping?.handlingDays ?? Math.min(values.shipDays, HANDLING_DAYS_MAX),
          },
        }
      : {}),
  };
}

/** The form's first values for a new listing (the first allowed token and approved arbiter preselected). */
export function emptyListingForm(tokens: readonly FormToken[], arbiters: readonly string[]): ListingFormInput {
  return {
    title: "",
    description: "",
    category: "",
    condition: "new",
    kind: "physical",
    token: tokens[0]?.id ?? "",
    price: "",
    stock: "1",
    shipDays: "3",
    regions: "worldwide",
    arbiter: arbiters[0] ?? "",
    attributes: [],
  };
}

/** The form's values for an existing listing: its current document and its chain terms. */
export function listingFormOf(
  document: ListingMetadata,
  chain: { price: string; stock: string; shippingWindow: string; token: FormToken; arbiter: string },
): ListingFormInput {
  return {
    title: document.name,
    description: document.description,
    category: document.category,
    condition: document.condition,
    kind: document.kind,
    token: chain.token.id,
    price: priceText(chain.price, chain.token),
    stock: chain.stock,
    shipDays: String(shipDaysOf(chain.shippingWindow)),
    regions: document.shipping?.regions.join(", ") ?? "worldwide",
    arbiter: chain.arbiter,
    attributes: document.attributes.map(({ name, value }) => ({ name, value })),
  };
}

/** Where a listing form's draft is kept: per chain, account and listing ("new" when creating). */
export const listingDraftKey = (chainId: number, account: string, listingId: string | undefined) =>
  `agora.sell.listing.${chainId}.${account.toLowerCase()}.${listingId ?? "new"}`;
