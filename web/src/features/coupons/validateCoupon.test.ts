import { concat, parseSignature, serializeSignature, type Hex } from "viem";
import { describe, expect, it, vi } from "vitest";
import { COUPON_FIXED, couponDigest, signCoupon, type SignedCoupon } from "./coupon";
import { encodeCoupon } from "./couponCode";
import {
  buyerAccount,
  listingOf,
  sellerAccount,
  signedTestCoupon,
  strangerAccount,
  testCoupon,
  testSite,
  usdcAddress,
} from "./testCoupons";
import { checkCouponCode, validateCoupon, type CouponCheckContext, type CouponPublicClient } from "./validateCoupon";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const listing = listingOf(sellerAccount.address, 12n);
const NOW = 1_750_000_000n;

function context(overrides: Partial<CouponCheckContext> = {}): CouponCheckContext {
  return {
    line: { listingId: listing, token: usdcAddress, lineTotal: 25_000_000n },
    buyer: buyerAccount.address.toLowerCase(),
    site: testSite,
    now: NOW,
    redemptions: vi.fn(async () => ({ revoked: false, used: 0n })),
    ...overrides,
  };
}

async function reasonOf(signed: SignedCoupon, overrides: Partial<CouponCheckContext> = {}) {
  const check = await validateCoupon(signed, context(overrides));
  return check.ok ? "ok" : check.reason;
}

describe("validateCoupon", () => {
  it("accepts a coupon the seller signed for this line, with its discount and what is left", async () => {
    const signed = await signedTestCoupon({ maxRedemptions: 5 });
    const redemptions = vi.fn(async () => ({ revoked: false, used: 2n }));
    const check = await validateCoupon(signed, context({ redemptions }));
    expect(check).toEqual({
      ok: true,
      ...signed,
      digest: couponDigest(signed.coupon),
      discount: 2_500_000n,
      remaining: 3n,
    });
    expect(redemptions).toHaveBeenCalledWith(couponDigest(signed.coupon));
    const unlimited = await validateCoupon(
      await signedTestCoupon({ kind: COUPON_FIXED, value: 30_000_000n }),
      context(),
    );
    expect(unlimited).toMatchObject({ ok: true, discount: 25_000_000n, remaining: null });
  });

  it("refuses a coupon for another chain, marketplace, seller, listing or token", async () => {
    expect(await reasonOf(await signedTestCoupon({}, { chainId: 1n }))).toBe("wrongChain");
    expect(
      await reasonOf(await signedTestCoupon({}, { marketplace: "0x00000000000000000000000000000000000a6012" })),
    ).toBe("wrongMarketplace");
    const stranger = testCoupon({ seller: strangerAccount.address });
    expect(await reasonOf({ coupon: stranger, signature: await signCoupon(strangerAccount, stranger) })).toBe(
      "wrongSeller",
    );
    const forListing7 = await validateCoupon(
      await signedTestCoupon({ listingId: BigInt(listingOf(sellerAccount.address, 7n)) }),
      context(),
    );
    expect(forListing7).toEqual({
      ok: false,
      reason: "wrongListing",
      listingId: BigInt(listingOf(sellerAccount.address, 7n)),
    });
    expect(await reasonOf(await signedTestCoupon({ listingId: BigInt(listing) }))).toBe("ok");
    expect(await reasonOf(await signedTestCoupon({ token: "0x0000000000000000000000000000000000000000" }))).toBe(
      "wrongToken",
    );
  });

  it("holds a buyer-bound coupon to that wallet, and asks to connect it", async () => {
    const bound = await signedTestCoupon({ buyer: buyerAccount.address });
    expect(await reasonOf(bound)).toBe("ok");
    expect(await validateCoupon(bound, context({ buyer: undefined }))).toEqual({
      ok: false,
      reason: "connectWallet",
      buyer: buyerAccount.address,
    });
    expect(await reasonOf(bound, { buyer: strangerAccount.address })).toBe("wrongBuyer");
    expect(await reasonOf(await signedTestCoupon(), { buyer: undefined })).toBe("ok");
  });

  it("is valid up to its expiry second, inclusive", async () => {
    const signed = await signedTestCoupon({ expiry: NOW });
    expect(await reasonOf(signed)).toBe("ok");
    expect(await validateCoupon(signed, context({ now: NOW + 1n }))).toEqual({
      ok: false,
      reason: "expired",
      expiry: NOW,
    });
  });

  it("refuses what the contract refuses after the signature: revoked, used up, invalid terms", async () => {
    const limited = await signedTestCoupon({ maxRedemptions: 5 });
    expect(await reasonOf(limited, { redemptions: async () => ({ revoked: true, used: 0n }) })).toBe("revoked");
    expect(await validateCoupon(limited, context({ redemptions: async () => ({ revoked: false, used: 5n }) }))).toEqual(
      {
        ok: false,
        reason: "usedUp",
        used: 5n,
        max: 5,
      },
    );
    expect(await reasonOf(limited, { redemptions: async () => ({ revoked: false, used: 4n }) })).toBe("ok");
    // Unlimited coupons are not counted: a count never uses them up.
    expect(await reasonOf(await signedTestCoupon(), { redemptions: async () => ({ revoked: false, used: 99n }) })).toBe(
      "ok",
    );
    expect(await reasonOf(await signedTestCoupon({ value: 10_001n }))).toBe("invalidTerms");
    expect(await reasonOf(await signedTestCoupon({}, { kind: 2 }))).toBe("invalidTerms");
    expect(await reasonOf(await signedTestCoupon({ value: 10_000n }))).toBe("ok");
  });

  it("checks in the contract's order and reads redemptions only for a coupon in scope", async () => {
    const redemptions = vi.fn(async () => ({ revoked: true, used: 0n }));
    const expiredForeign = await signedTestCoupon({
      expiry: NOW - 1n,
      token: "0x0000000000000000000000000000000000000000",
    });
    expect(await reasonOf(expiredForeign, { redemptions })).toBe("wrongToken");
    const forged = { ...(await signedTestCoupon({ expiry: NOW - 1n })), signature: "0x1234" as Hex };
    expect(await reasonOf(forged, { redemptions })).toBe("expired");
    expect(redemptions).not.toHaveBeenCalled();
    expect(await reasonOf(await signedTestCoupon(), { site: undefined })).toBe("notDeployed");
  });
});

describe("coupon signatures", () => {
  it("refuses another key's signature and a signature over other terms", async () => {
    const coupon = testCoupon();
    expect(await reasonOf({ coupon, signature: await signCoupon(strangerAccount, coupon) })).toBe("badSignature");
    const signature = await signCoupon(sellerAccount, coupon);
    expect(await reasonOf({ coupon: { ...coupon, value: 5000n }, signature })).toBe("badSignature");
    expect(await reasonOf({ coupon: { ...coupon, salt: 8n }, signature })).toBe("badSignature");
    expect(await reasonOf({ coupon, signature })).toBe("ok");
  });

  it("refuses the ECDSA forms OpenZeppelin refuses: high s, v of 0 or 1, other lengths", async () => {
    const signed = await signedTestCoupon();
    const { r, s, yParity } = parseSignature(signed.signature);
    const highS = serializeSignature({
      r,
      s: `0x${(N - BigInt(s)).toString(16).padStart(64, "0")}`,
      yParity: 1 - yParity,
    });
    expect(await reasonOf({ ...signed, signature: highS })).toBe("badSignature");
    expect(await reasonOf({ ...signed, signature: concat([r, s, yParity ? "0x01" : "0x00"]) })).toBe("badSignature");
    expect(await reasonOf({ ...signed, signature: concat([r, s]) })).toBe("badSignature");
  });

  it("asks a contract wallet (ERC-1271) through the public client, and only a contract", async () => {
    const signed = { ...(await signedTestCoupon()), signature: `0x${"ab".repeat(100)}` as Hex };
    const wallet = (code: Hex | undefined, answer: boolean) => {
      const client = {
        getCode: vi.fn(async () => code),
        verifyTypedData: vi.fn(async () => answer),
      };
      return { client, publicClient: () => client as unknown as CouponPublicClient };
    };
    const accepting = wallet("0x6080604052", true);
    expect(await reasonOf(signed, { publicClient: accepting.publicClient })).toBe("ok");
    expect(accepting.client.verifyTypedData).toHaveBeenCalledWith(
      expect.objectContaining({ address: sellerAccount.address, signature: signed.signature, primaryType: "Coupon" }),
    );
    const refusing = wallet("0x6080604052", false);
    expect(await reasonOf(signed, { publicClient: refusing.publicClient })).toBe("badSignature");
    const eoa = wallet(undefined, true);
    expect(await reasonOf(signed, { publicClient: eoa.publicClient })).toBe("badSignature");
    expect(eoa.client.verifyTypedData).not.toHaveBeenCalled();
    expect(await reasonOf(signed)).toBe("badSignature");
    // A good ECDSA signature needs no request at all.
    const quiet = wallet("0x", false);
    expect(await reasonOf(await signedTestCoupon(), { publicClient: quiet.publicClient })).toBe("ok");
    expect(quiet.client.getCode).not.toHaveBeenCalled();
  });
});

describe("checkCouponCode", () => {
  it("decodes, then validates", async () => {
    const signed = await signedTestCoupon();
    const check = await checkCouponCode(encodeCoupon(signed, testSite), context());
    expect(check).toMatchObject({ ok: true, discount: 2_500_000n, digest: couponDigest(signed.coupon) });
  });

  it("turns an unreadable code into a refusal", async () => {
    const code = encodeCoupon(await signedTestCoupon(), testSite);
    const reason = async (text: string, overrides: Partial<CouponCheckContext> = {}) => {
      const check = await checkCouponCode(text, context(overrides));
      return check.ok ? "ok" : check.reason;
    };
    expect(await reason(`${code.slice(0, 20)}x${code.slice(21)}`)).toBe("mistyped");
    expect(await reason("")).toBe("mistyped");
    expect(await reason(code, { site: undefined })).toBe("notDeployed");
  });
});
