import { describe, expect, it } from "vitest";
import { couponDigest } from "./coupon";
import type { StoredCoupon } from "./couponStore";
import {
  countsOf,
  couponStatus,
  mergeSellerCoupons,
  storedIds,
  unknownCoupons,
  type IndexedCoupon,
} from "./sellerCoupons";
import { signedTestCoupon } from "./testCoupons";

const NOW = 1_800_000_000;

async function stored(
  terms: Parameters<typeof signedTestCoupon>[0],
  addedAt: number,
  label = "",
): Promise<StoredCoupon> {
  const signed = await signedTestCoupon(terms);
  return { signed, digest: couponDigest(signed.coupon), addedAt, label };
}

const indexed = (id: string, fields: Partial<IndexedCoupon> = {}): IndexedCoupon => ({
  id,
  redemptionCount: 0,
  contractRedemptions: "0",
  totalDiscount: "0",
  revoked: false,
  revokedAt: null,
  ...fields,
});

describe("couponStatus", () => {
  const unused = { revoked: false, used: 0n };

  it("is active until past the expiry (inclusive, as the contract checks), without one forever", () => {
    expect(couponStatus({ expiry: BigInt(NOW), maxRedemptions: 0 }, unused, NOW)).toBe("active");
    expect(couponStatus({ expiry: BigInt(NOW), maxRedemptions: 0 }, unused, NOW + 1)).toBe("expired");
    expect(couponStatus({ expiry: 0n, maxRedemptions: 0 }, unused, Number.MAX_SAFE_INTEGER)).toBe("active");
  });

  it("is used up at its limit; an unlimited coupon never is", () => {
    expect(couponStatus({ expiry: 0n, maxRedemptions: 3 }, { revoked: false, used: 2n }, NOW)).toBe("active");
    expect(couponStatus({ expiry: 0n, maxRedemptions: 3 }, { revoked: false, used: 3n }, NOW)).toBe("usedUp");
    expect(couponStatus({ expiry: 0n, maxRedemptions: 0 }, { revoked: false, used: 1_000n }, NOW)).toBe("active");
  });

  it("says revoked before anything else, and used up before expired", () => {
    const expiredAndUsedUp = { expiry: BigInt(NOW - 10), maxRedemptions: 1 };
    expect(couponStatus(expiredAndUsedUp, { revoked: true, used: 1n }, NOW)).toBe("revoked");
    expect(couponStatus(expiredAndUsedUp, { revoked: false, used: 1n }, NOW)).toBe("usedUp");
    expect(couponStatus(expiredAndUsedUp, unused, NOW)).toBe("expired");
  });
});

describe("countsOf", () => {
  it("counts nothing for a coupon the index has never seen", () => {
    expect(countsOf(undefined)).toEqual({ revoked: false, used: 0n });
  });

  it("takes the larger of the index's and the contract's counts (the contract counts limited coupons only)", () => {
    expect(countsOf(indexed("0x01", { redemptionCount: 4, contractRedemptions: "0" }))).toEqual({
      revoked: false,
      used: 4n,
    });
    expect(countsOf(indexed("0x01", { redemptionCount: 2, contractRedemptions: "3", revoked: true }))).toEqual({
      revoked: true,
      used: 3n,
    });
  });
});

describe("mergeSellerCoupons", () => {
  it("gives each stored coupon its index counts by digest, and a status at the chain's now", async () => {
    const limited = await stored({ salt: 1n, maxRedemptions: 2 }, 3, "Two uses");
    const unlimited = await stored({ salt: 2n }, 2);
    const revoked = await stored({ salt: 3n, expiry: BigInt(NOW + 100) }, 1);
    const expired = await stored({ salt: 4n, expiry: BigInt(NOW - 1) }, 0);
    const rows = mergeSellerCoupons(
      [limited, unlimited, revoked, expired],
      [
        // The subgraph answers lowercase ids; a coupon the index has not seen is not in the answer.
        indexed(limited.digest.toLowerCase(), {
          redemptionCount: 2,
          contractRedemptions: "2",
          totalDiscount: "2500000",
        }),
        indexed(unlimited.digest.toUpperCase().replace("0X", "0x"), { redemptionCount: 7 }),
        indexed(revoked.digest, { revoked: true, revokedAt: "1799999000" }),
        indexed("0xffff", { redemptionCount: 9 }),
      ],
      NOW,
    );
    expect(
      rows.map(({ digest, status, redemptions, limit, totalDiscount, revokedAt, label }) => ({
        digest,
        status,
        redemptions,
        limit,
        totalDiscount,
        revokedAt,
        label,
      })),
    ).toEqual([
      {
        digest: limited.digest,
        status: "usedUp",
        redemptions: 2,
        limit: 2,
        totalDiscount: 2_500_000n,
        revokedAt: null,
        label: "Two uses",
      },
      {
        digest: unlimited.digest,
        status: "active",
        redemptions: 7,
        limit: null,
        totalDiscount: 0n,
        revokedAt: null,
        label: "",
      },
      {
        digest: revoked.digest,
        status: "revoked",
        redemptions: 0,
        limit: null,
        totalDiscount: 0n,
        revokedAt: 1_799_999_000,
        label: "",
      },
      {
        digest: expired.digest,
        status: "expired",
        redemptions: 0,
        limit: null,
        totalDiscount: 0n,
        revokedAt: null,
        label: "",
      },
    ]);
    expect(rows[0]!.signed).toBe(limited.signed);
  });

  it("sets apart the indexed coupons this browser has no code for", async () => {
    const kept = await stored({ salt: 6n }, 0);
    const elsewhere = indexed(`0x${"cd".repeat(32)}`, { redemptionCount: 2 });
    expect(unknownCoupons([indexed(kept.digest.toLowerCase()), elsewhere], [kept])).toEqual([elsewhere]);
    expect(unknownCoupons([elsewhere], [])).toEqual([elsewhere]);
  });

  it("asks the index about every stored digest, lowercase", async () => {
    const one = await stored({ salt: 5n }, 0);
    expect(storedIds([one])).toEqual([one.digest.toLowerCase()]);
    expect(storedIds([])).toEqual([]);
  });
});
