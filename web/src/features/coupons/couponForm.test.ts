import { getAddress, zeroAddress } from "viem";
import { describe, expect, it } from "vitest";
import { eth, usdc } from "../../test/fixtures";
import {
  couponDraftKey,
  couponFormSchema,
  emptyCouponForm,
  type CouponFormContext,
  type CouponFormInput,
} from "./couponForm";
import { buyerAccount, listingOf, sellerAccount } from "./testCoupons";

const NOW = 1_800_000_000;
const seller = sellerAccount.address.toLowerCase();
const usdcListing = listingOf(sellerAccount.address, 12n);
const ethListing = listingOf(sellerAccount.address, 13n);
const context: CouponFormContext = {
  seller,
  tokens: [eth, usdc],
  listings: [
    { id: usdcListing, token: usdc.id, name: "Oak tray", price: "12500000" },
    { id: ethListing, token: eth.id, name: "Lamp", price: "20000000000000000" },
  ],
  now: () => NOW,
};
const schema = couponFormSchema(context);
const form = (values: Partial<CouponFormInput>): CouponFormInput => ({ ...emptyCouponForm(context.tokens), ...values });
/** Local wall-clock text of a unix time, as a datetime-local input holds it. */
const localInput = (seconds: number) => {
  const date = new Date(seconds * 1000);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** The error keys by field of a refused form. */
function errors(values: Partial<CouponFormInput>) {
  const result = schema.safeParse(form(values));
  expect(result.success).toBe(false);
  return Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the create-coupon form's schema", () => {
  it("turns a percentage into basis points, for any listing of the token, anyone, no end, no limit", () => {
    expect(schema.parse(form({ percent: " 12.5 ", label: "  Spring  " }))).toEqual({
      terms: { kind: 0, value: 1_250n, token: zeroAddress, listingId: 0n, expiry: 0n, maxRedemptions: 0 },
      label: "Spring",
    });
    expect(schema.parse(form({ percent: "100" })).terms.value).toBe(10_000n);
    expect(schema.parse(form({ percent: "0.01" })).terms.value).toBe(1n);
  });

  it("reads a fixed amount in the token's decimals, with its listing, buyer, expiry and limit", () => {
    const expiry = NOW + 3_600;
    const values = schema.parse(
      form({
        kind: "fixed",
        amount: "2.5",
        token: usdc.id,
        listing: usdcListing,
        buyer: buyerAccount.address.toLowerCase(),
        expiry: localInput(expiry),
        limit: "50",
      }),
    );
    expect(values.terms).toEqual({
      kind: 1,
      value: 2_500_000n,
      token: getAddress(usdc.id),
      listingId: BigInt(usdcListing),
      buyer: buyerAccount.address,
      // The input holds minutes: the expiry is the start of that minute.
      expiry: BigInt(Math.floor(expiry / 60) * 60),
      maxRedemptions: 50,
    });
    // ETH's 18 decimals.
    expect(schema.parse(form({ kind: "fixed", amount: "0.000000000000000001" })).terms.value).toBe(1n);
  });

  it("refuses percentages outside 0.01–100 or with more than two decimals", () => {
    expect(errors({ percent: "" })).toEqual({ percent: "required" });
    expect(errors({ percent: "ten" })).toEqual({ percent: "percentFormat" });
    expect(errors({ percent: "-5" })).toEqual({ percent: "percentFormat" });
    expect(errors({ percent: "10,5" })).toEqual({ percent: "percentFormat" });
    expect(errors({ percent: "12.345" })).toEqual({ percent: "percentDecimals" });
    expect(errors({ percent: "0" })).toEqual({ percent: "percentRange" });
    expect(errors({ percent: "100.01" })).toEqual({ percent: "percentRange" });
  });

  it("refuses amounts that are empty, zero, or finer than the token", () => {
    expect(errors({ kind: "fixed", amount: "" })).toEqual({ amount: "required" });
    expect(errors({ kind: "fixed", amount: "1e6" })).toEqual({ amount: "amountFormat" });
    expect(errors({ kind: "fixed", amount: "0.00" })).toEqual({ amount: "amountZero" });
    expect(errors({ kind: "fixed", token: usdc.id, amount: "1.2345678" })).toEqual({ amount: "amountDecimals" });
    expect(errors({ kind: "fixed", amount: "9".repeat(80) })).toEqual({ amount: "amountTooLarge" });
  });

  it("refuses a token no longer allowed, and a listing that is not the seller's or in another token", () => {
    expect(errors({ percent: "5", token: "0x000000000000000000000000000000000000dead" })).toEqual({
      token: "tokenUnknown",
    });
    expect(errors({ percent: "5", token: "" })).toEqual({ token: "required" });
    expect(errors({ percent: "5", token: usdc.id, listing: ethListing })).toEqual({ listing: "listingToken" });
    expect(errors({ percent: "5", listing: listingOf(buyerAccount.address, 1n) })).toEqual({
      listing: "listingUnknown",
    });
  });

  it("refuses a buyer that is not an address, the zero address, or the seller", () => {
    expect(errors({ percent: "5", buyer: "0x1234" })).toEqual({ buyer: "buyerInvalid" });
    // A mixed-case address with a wrong checksum is a typo.
    const wrongCase = buyerAccount.address.replace(/[a-f]/, (letter) => letter.toUpperCase());
    expect(wrongCase).not.toBe(buyerAccount.address);
    expect(errors({ percent: "5", buyer: wrongCase })).toEqual({ buyer: "buyerInvalid" });
    expect(errors({ percent: "5", buyer: zeroAddress })).toEqual({ buyer: "buyerInvalid" });
    expect(errors({ percent: "5", buyer: sellerAccount.address })).toEqual({ buyer: "buyerSelf" });
  });

  it("refuses an expiry not after the chain's now, whatever the browser's clock says", () => {
    expect(errors({ percent: "5", expiry: localInput(NOW - 60) })).toEqual({ expiry: "expiryPast" });
    expect(errors({ percent: "5", expiry: "soon" })).toEqual({ expiry: "expiryInvalid" });
    // The chain is ahead of the browser (a test chain moved forward): its now counts.
    const ahead = couponFormSchema({ ...context, now: () => NOW + 86_400 });
    expect(ahead.safeParse(form({ percent: "5", expiry: localInput(NOW + 3_600) })).success).toBe(false);
  });

  it("refuses limits that are not whole numbers from 1 to the contract's uint32", () => {
    expect(errors({ percent: "5", limit: "2.5" })).toEqual({ limit: "limitFormat" });
    expect(errors({ percent: "5", limit: "0" })).toEqual({ limit: "limitRange" });
    expect(errors({ percent: "5", limit: "4294967296" })).toEqual({ limit: "limitRange" });
    expect(schema.parse(form({ percent: "5", limit: "4294967295" })).terms.maxRedemptions).toBe(4_294_967_295);
  });

  it("reports every wrong field at once, and a note that is too long", () => {
    expect(errors({ percent: "200", buyer: "nobody", limit: "x", label: "y".repeat(41) })).toEqual({
      percent: "percentRange",
      buyer: "buyerInvalid",
      limit: "limitFormat",
      label: "labelTooLong",
    });
  });

  it("keeps one draft per chain and seller", () => {
    expect(couponDraftKey(31337, sellerAccount.address)).toBe(`agora.coupons.draft.31337.${seller}`);
  });
});
