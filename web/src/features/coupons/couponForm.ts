// The create-coupon form: its text fields (all strings, so the draft keeps them), and the zod
// schema that turns them into a coupon's terms the way the contract reads them: a percentage in
// basis points (at most 100%), a fixed amount in the token's base units (no more decimals than the
// token has), the seller's listing in that token or any, one buyer or anyone, an expiry after the
// chain's now, a redemption limit that fits a uint32. Messages are keys under `seller.errors`.
import { getAddress, isAddress, maxUint256, parseUnits, zeroAddress, type Address } from "viem";
import { z } from "zod";
import { COUPON_FIXED, COUPON_PERCENT, type CouponTerms } from "./coupon";
import { COUPON_LABEL_MAX } from "./couponStore";

/** An allowed payment token, as the page query has it. */
export interface CouponTokenOption {
  id: string;
  symbol: string | null;
  decimals: number | null;
  native: boolean;
}

/** One of the seller's listings a coupon can be bound to. */
export interface CouponListingOption {
  /** 0x-hex listing id. */
  id: string;
  /** Its payment token's address. */
  token: string;
  name: string | null;
  price: string;
}

/** What the schema checks against: who signs, what can be chosen, and the chain's clock. */
export interface CouponFormContext {
  seller: string;
  /** Allowed payment tokens. */
  tokens: readonly CouponTokenOption[];
  /** The seller's listings that can be chosen (open ones). */
  listings: readonly CouponListingOption[];
  /** Now in unix seconds, by the chain's clock. */
  now: () => number;
}

export type CouponErrorKey =
  | "required"
  | "percentFormat"
  | "percentDecimals"
  | "percentRange"
  | "amountFormat"
  | "amountDecimals"
  | "amountZero"
  | "amountTooLarge"
  | "tokenUnknown"
  | "listingUnknown"
  | "listingToken"
  | "buyerInvalid"
  | "buyerSelf"
  | "expiryInvalid"
  | "expiryPast"
  | "limitFormat"
  | "limitRange"
  | "labelTooLong";

/** Most redemptions a coupon can allow (the contract's uint32). */
export const COUPON_LIMIT_MAX = 4_294_967_295;
/** Percentages take at most two decimals: one basis point. */
export const PERCENT_DECIMALS = 2;

export const couponFormFields = z.object({
  kind: z.enum(["percent", "fixed"]),
  percent: z.string(),
  amount: z.string(),
  token: z.string(),
  listing: z.string(),
  expiry: z.string(),
  limit: z.string(),
  buyer: z.string(),
  label: z.string(),
});
export type CouponFormInput = z.input<typeof couponFormFields>;

/** The form's output: the coupon's terms (the seller and salt are added when it is signed) and its note. */
export interface CouponFormValues {
  terms: Omit<CouponTerms, "seller" | "salt"> & {
    kind: typeof COUPON_PERCENT | typeof COUPON_FIXED;
    token: Address;
    listingId: bigint;
    expiry: bigint;
    maxRedemptions: number;
  };
  label: string;
}

const DECIMAL = /^\d+(?:\.(\d+))?$/;
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A decimal text in `decimals` places as base units, or why not. */
function parseDecimal(
  text: string,
  decimals: number,
): { value: bigint } | { error: "required" | "format" | "decimals" } {
  if (text === "") return { error: "required" };
  const match = DECIMAL.exec(text);
  if (!match) return { error: "format" };
  if ((match[1]?.length ?? 0) > decimals) return { error: "decimals" };
  return { value: parseUnits(text, decimals) };
}

/** The schema of the form for `context`: its output is a coupon's terms. */
export function couponFormSchema(context: CouponFormContext) {
  return couponFormFields.transform((input, ctx): CouponFormValues => {
    let failed = false;
    const fail = (path: keyof CouponFormInput, message: CouponErrorKey) => {
      failed = true;
      ctx.addIssue({ code: "custom", path: [path], message });
    };

    const token = context.tokens.find((option) => same(option.id, input.token));
    if (!token) fail("token", input.token === "" ? "required" : "tokenUnknown");

    let kind: typeof COUPON_PERCENT | typeof COUPON_FIXED = COUPON_PERCENT;
    let value = 0n;
    if (input.kind === "percent") {
      const parsed = parseDecimal(input.percent.trim(), PERCENT_DECIMALS);
      if ("error" in parsed) {
        fail(
          "percent",
          parsed.error === "required" ? "required" : parsed.error === "format" ? "percentFormat" : "percentDecimals",
        );
      } else if (parsed.value === 0n || parsed.value > 10_000n) {
        fail("percent", "percentRange");
      } else {
        value = parsed.value;
      }
    } else {
      kind = COUPON_FIXED;
      if (token) {
        const parsed = parseDecimal(input.amount.trim(), token.decimals ?? 0);
        if ("error" in parsed) {
          fail(
            "amount",
            parsed.error === "required" ? "required" : parsed.error === "format" ? "amountFormat" : "amountDecimals",
          );
        } else if (parsed.value === 0n) {
          fail("amount", "amountZero");
        } else if (parsed.value > maxUint256) {
          fail("amount", "amountTooLarge");
        } else {
          value = parsed.value;
        }
      }
    }

    let listingId = 0n;
    if (input.listing !== "") {
      const listing = context.listings.find((option) => same(option.id, input.listing));
      if (!listing) fail("listing", "listingUnknown");
      else if (token && !same(listing.token, token.id)) fail("listing", "listingToken");
      else listingId = BigInt(listing.id);
    }

    let buyer: Address | undefined;
    const buyerText = input.buyer.trim();
    if (buyerText !== "") {
      if (!isAddress(buyerText) || same(buyerText, zeroAddress)) fail("buyer", "buyerInvalid");
      // The contract refuses a purchase of one's own listing: such a coupon could never be used.
      else if (same(buyerText, context.seller)) fail("buyer", "buyerSelf");
      else buyer = getAddress(buyerText);
    }

    let expiry = 0n;
    if (input.expiry !== "") {
      // A datetime-local value: the seller's local time.
      const time = new Date(input.expiry).getTime();
      if (!Number.isFinite(time)) fail("expiry", "expiryInvalid");
      else if (Math.floor(time / 1000) <= context.now()) fail("expiry", "expiryPast");
      else expiry = BigInt(Math.floor(time / 1000));
    }

    let maxRedemptions = 0;
    const limitText = input.limit.trim();
    if (limitText !== "") {
      if (!/^\d+$/.test(limitText)) fail("limit", "limitFormat");
      else if (BigInt(limitText) < 1n || BigInt(limitText) > BigInt(COUPON_LIMIT_MAX)) fail("limit", "limitRange");
      else maxRedemptions = Number(limitText);
    }

    const label = input.label.trim();
    if (label.length > COUPON_LABEL_MAX) fail("label", "labelTooLong");

    if (failed || !token) return z.NEVER;
    return {
      terms: {
        kind,
        value,
        token: getAddress(token.id),
        listingId,
        ...(buyer ? { buyer } : {}),
        expiry,
        maxRedemptions,
      },
      label,
    };
  });
}

/** A new form: a percentage off, in the first allowed token, for any listing, anyone, no end, no limit. */
export function emptyCouponForm(tokens: readonly CouponTokenOption[]): CouponFormInput {
  return {
    kind: "percent",
    percent: "",
    amount: "",
    token: tokens[0]?.id ?? "",
    listing: "",
    expiry: "",
    limit: "",
    buyer: "",
    label: "",
  };
}

/** Where the form's draft is kept: one per chain and seller. */
export const couponDraftKey = (chainId: number, seller: string) =>
  `agora.coupons.draft.${chainId}.${seller.toLowerCase()}`;
