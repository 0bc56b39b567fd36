// The listing form's checks, field by field, and the document it becomes (checked by the content
// layer's own schema).
import { listingMetadataSchema } from "@agora/content/schemas";
import { describe, expect, it } from "vitest";
import {
  ATTRIBUTES_MAX,
  DESCRIPTION_MAX,
  DIGITAL_DELIVERY_DAYS,
  emptyListingForm,
  listingDocument,
  listingFormOf,
  listingFormSchema,
  maxPriceText,
  parsePrice,
  parseRegions,
  PHOTOS_MAX,
  shippingWindowOf,
  TITLE_MAX,
  type ListingFormContext,
  type ListingFormInput,
} from "./listingForm";

const SELLER = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const ARBITER = "0xa0ee7a142d267c1f36714e4a8f75612f20a79720";
const ETH = { id: "0x0000000000000000000000000000000000000000", symbol: "ETH", decimals: 18 };
const USDC = { id: "0x5fbdb2315678afecb367f032d93f642f64180aa3", symbol: "USDC", decimals: 6 };
const context: ListingFormContext = { mode: "create", seller: SELLER, tokens: [ETH, USDC], arbiters: [ARBITER] };

const valid: ListingFormInput = {
  ...emptyListingForm(context.tokens, context.arbiters),
  title: "  Stoneware bowl ",
  description: "Hand-thrown, 15 cm across.",
  category: "home",
  condition: "new",
  token: USDC.id,
  price: "12.5",
  stock: "4",
  shipDays: "5",
  regions: "pt, ES worldwide",
  attributes: [
    { name: "Colour", value: "Celadon" },
    { name: " ", value: "" },
  ],
};

/** The message keys of a parse, by field path. */
function errorsOf(input: Partial<ListingFormInput>, ctx: ListingFormContext = context) {
  const result = listingFormSchema(ctx).safeParse({ ...valid, ...input });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("listingFormSchema", () => {
  it("turns valid input into trimmed values, base units and parsed regions", () => {
    const values = listingFormSchema(context).parse(valid);
    expect(values).toEqual({
      title: "Stoneware bowl",
      description: "Hand-thrown, 15 cm across.",
      category: "home",
      condition: "new",
      kind: "physical",
      token: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
      price: 12_500_000n,
      stock: 4,
      shipDays: 5,
      regions: ["PT", "ES", "worldwide"],
      arbiter: "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720",
      attributes: [{ name: "Colour", value: "Celadon" }],
    });
    expect(shippingWindowOf(values)).toBe(5 * 86_400);
  });

  it("names each text field's problem", () => {
    expect(errorsOf({ title: "   " })).toEqual({ title: "titleRequired" });
    expect(errorsOf({ title: "x".repeat(TITLE_MAX + 1) })).toEqual({ title: "tooLong" });
    expect(errorsOf({ title: "<script>alert(1)</script>" })).toEqual({ title: "invalidText" });
    expect(errorsOf({ description: "" })).toEqual({ description: "descriptionRequired" });
    expect(errorsOf({ description: "y".repeat(DESCRIPTION_MAX + 1) })).toEqual({ description: "tooLong" });
    expect(errorsOf({ description: "bell\u0007" })).toEqual({ description: "invalidText" });
  });

  it("wants a category, and a condition for a physical item", () => {
    expect(errorsOf({ category: "" })).toEqual({ category: "categoryRequired" });
    expect(errorsOf({ category: "weapons" })).toEqual({ category: "categoryRequired" });
    expect(errorsOf({ condition: "" })).toEqual({ condition: "conditionRequired" });
    expect(errorsOf({ kind: "digital", condition: "" })).toEqual({});
  });

  it("checks the price against the token's decimals and the contract's uint96", () => {
    expect(errorsOf({ price: "" })).toEqual({ price: "priceRequired" });
    expect(errorsOf({ price: "abc" })).toEqual({ price: "priceNotNumber" });
    expect(errorsOf({ price: "1,5" })).toEqual({ price: "priceNotNumber" });
    expect(errorsOf({ price: "-1" })).toEqual({ price: "priceNotNumber" });
    expect(errorsOf({ price: "0" })).toEqual({ price: "priceZero" });
    expect(errorsOf({ price: "0.000" })).toEqual({ price: "priceZero" });
    expect(errorsOf({ price: "0.0000001" })).toEqual({ price: "priceDecimals" });
    // 2^96 − 1 base units: 79,228,162,514,264,337,593,543.950335 USDC, 79,228,162,514.26… ETH.
    expect(errorsOf({ price: "79228162514264337593543.950336" })).toEqual({ price: "priceTooHigh" });
    expect(errorsOf({ price: "79228162514264337593543.950335" })).toEqual({});
    expect(errorsOf({ price: "79228162515", token: ETH.id })).toEqual({ price: "priceTooHigh" });
    expect(parsePrice(maxPriceText(ETH), ETH)).toBe(2n ** 96n - 1n);
    expect(parsePrice("0.000000000000000001", ETH)).toBe(1n);
  });

  it("wants an allowed token", () => {
    expect(errorsOf({ token: "" })).toEqual({ token: "tokenRequired" });
    expect(errorsOf({ token: "0x1111111111111111111111111111111111111111" })).toEqual({ token: "tokenUnknown" });
  });

  it("keeps the stock a whole uint32, at least one for a new listing and zero allowed when editing", () => {
    expect(errorsOf({ stock: "" })).toEqual({ stock: "stockRequired" });
    expect(errorsOf({ stock: "2.5" })).toEqual({ stock: "stockNotWhole" });
    expect(errorsOf({ stock: "lots" })).toEqual({ stock: "stockNotWhole" });
    expect(errorsOf({ stock: "0" })).toEqual({ stock: "stockRange" });
    expect(errorsOf({ stock: "4294967296" })).toEqual({ stock: "stockRange" });
    expect(errorsOf({ stock: "4294967295" })).toEqual({});
    expect(errorsOf({ stock: "0" }, { ...context, mode: "edit" })).toEqual({});
  });

  it("keeps the shipping deadline within the contract's window, and ignores it for digital goods", () => {
    expect(errorsOf({ shipDays: "" })).toEqual({ shipDays: "shipDaysRequired" });
    expect(errorsOf({ shipDays: "0" })).toEqual({ shipDays: "shipDaysRange" });
    expect(errorsOf({ shipDays: "366" })).toEqual({ shipDays: "shipDaysRange" });
    expect(errorsOf({ shipDays: "1.5" })).toEqual({ shipDays: "shipDaysRange" });
    const digital = listingFormSchema(context).parse({ ...valid, kind: "digital", shipDays: "", regions: "" });
    expect([digital.shipDays, digital.regions, digital.condition]).toEqual([
      DIGITAL_DELIVERY_DAYS,
      [],
      "not-applicable",
    ]);
  });

  it("wants shipping regions a physical item goes to", () => {
    expect(errorsOf({ regions: " " })).toEqual({ regions: "regionsRequired" });
    expect(errorsOf({ regions: "Portugal" })).toEqual({ regions: "regionsInvalid" });
    expect(parseRegions("eu; worldwide, de de")).toEqual(["EU", "worldwide", "DE"]);
  });

  it("wants an approved arbiter who is not the seller", () => {
    expect(errorsOf({ arbiter: "" })).toEqual({ arbiter: "arbiterRequired" });
    expect(errorsOf({ arbiter: SELLER })).toEqual({ arbiter: "arbiterSelf" });
    expect(errorsOf({ arbiter: "0x1111111111111111111111111111111111111111" })).toEqual({ arbiter: "arbiterUnknown" });
  });

  it("checks each attribute row, drops blank ones, and caps their number", () => {
    expect(errorsOf({ attributes: [{ name: "", value: "Blue" }] })).toEqual({
      "attributes.0.name": "attributeNameRequired",
    });
    expect(errorsOf({ attributes: [{ name: "Size", value: "" }] })).toEqual({
      "attributes.0.value": "attributeValueRequired",
    });
    expect(errorsOf({ attributes: [{ name: "x".repeat(61), value: "<b>" }] })).toEqual({
      "attributes.0.name": "tooLong",
      "attributes.0.value": "invalidText",
    });
    const many = Array.from({ length: ATTRIBUTES_MAX + 1 }, (_, index) => ({ name: `N${index}`, value: "v" }));
    expect(errorsOf({ attributes: many })).toEqual({ "attributes.root": "attributesTooMany" });
  });

  it("reads its limits from the content schema", () => {
    expect([TITLE_MAX, DESCRIPTION_MAX, ATTRIBUTES_MAX, PHOTOS_MAX]).toEqual([120, 5_000, 30, 12]);
  });
});

describe("listingDocument", () => {
  const images = [{ path: "photo-1.jpg", alt: "Stoneware bowl" }];

  it("is a valid agora/listing@1 document: a physical item states its shipping", () => {
    const values = listingFormSchema(context).parse(valid);
    const document = listingDocument(values, images);
    expect(listingMetadataSchema.parse(document)).toMatchObject({
      name: "Stoneware bowl",
      kind: "physical",
      shipping: { regions: ["PT", "ES", "worldwide"], handlingDays: 5 },
      attributes: [{ name: "Colour", value: "Celadon" }],
      images,
    });
  });

  it("a digital one does not ship and has no condition; an edit keeps the variants and handling time", () => {
    const digital = listingFormSchema(context).parse({ ...valid, kind: "digital" });
    expect(listingMetadataSchema.parse(listingDocument(digital, images))).not.toHaveProperty("shipping");
    const base = listingMetadataSchema.parse({
      ...listingDocument(listingFormSchema(context).parse(valid), images),
      variants: [{ id: "large", name: "Large" }],
      shipping: { regions: ["PT"], handlingDays: 2 },
    });
    const edited = listingDocument(listingFormSchema(context).parse(valid), images, base);
    expect(edited).toMatchObject({ variants: [{ id: "large", name: "Large" }], shipping: { handlingDays: 2 } });
  });

  it("round-trips through the form: an unchanged edit gives the same document", () => {
    const values = listingFormSchema(context).parse(valid);
    const published = listingMetadataSchema.parse(listingDocument(values, images));
    const form = listingFormOf(published, {
      price: "12500000",
      stock: "4",
      shippingWindow: String(5 * 86_400),
      token: USDC,
      arbiter: ARBITER,
    });
    const again = listingFormSchema({ ...context, mode: "edit" }).parse(form);
    expect(listingMetadataSchema.parse(listingDocument(again, images, published))).toEqual(published);
    expect(again.price).toBe(12_500_000n);
  });
});
