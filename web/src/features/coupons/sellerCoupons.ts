// The seller's coupon list: the coupons kept in this browser (couponStore) merged with what the
// index counted for them (SellerCoupons query), each with its status as the contract would judge
// a redemption now. No React, so the rules are tested on their own.
import type { Hex } from "viem";
import type { SellerCouponsQuery } from "../../lib/indexer/generated/graphql";
import type { Coupon } from "./coupon";
import type { StoredCoupon } from "./couponStore";

/** What the index knows of a coupon (redeemed or revoked at least once). */
export type IndexedCoupon = SellerCouponsQuery["stored"][number];

/**
 * Whether a buyer could redeem the coupon now, in the contract's order of checks: revoked first
 * (a revoked coupon is never anything else), then used up, then expired.
 */
export type CouponStatus = "active" | "expired" | "usedUp" | "revoked";

/** A row of the list. */
export interface SellerCouponRow extends StoredCoupon {
  status: CouponStatus;
  /** Redemptions the index counted (for any coupon, limited or not). */
  redemptions: number;
  /** The limit, or null for unlimited. */
  limit: number | null;
  /** Sum of the discounts given, in the coupon's token's base units. */
  totalDiscount: bigint;
  /** Unix seconds of the revocation, or null. */
  revokedAt: number | null;
}

/** What the contract counted: whether revoked, and the redemptions (the larger of both counts). */
export interface CouponCounts {
  revoked: boolean;
  used: bigint;
}

export function countsOf(indexed: IndexedCoupon | undefined): CouponCounts {
  if (!indexed) return { revoked: false, used: 0n };
  // The contract counts only coupons with a limit; the index counts every redemption it saw.
  const seen = BigInt(indexed.redemptionCount);
  const counted = BigInt(indexed.contractRedemptions);
  return { revoked: indexed.revoked, used: seen > counted ? seen : counted };
}

/** The coupon's status at `now` (unix seconds, the chain's clock). */
export function couponStatus(
  coupon: Pick<Coupon, "expiry" | "maxRedemptions">,
  counts: CouponCounts,
  now: number,
): CouponStatus {
  if (counts.revoked) return "revoked";
  if (coupon.maxRedemptions !== 0 && counts.used >= BigInt(coupon.maxRedemptions)) return "usedUp";
  // The expiry is inclusive: the contract refuses only once block time is past it.
  if (coupon.expiry !== 0n && BigInt(now) > coupon.expiry) return "expired";
  return "active";
}

/** The stored coupons (newest first) with their index counts and status at `now`. */
export function mergeSellerCoupons(
  stored: readonly StoredCoupon[],
  indexed: readonly IndexedCoupon[],
  now: number,
): SellerCouponRow[] {
  const byId = new Map(indexed.map((coupon) => [coupon.id.toLowerCase(), coupon]));
  return stored.map((entry) => {
    const found = byId.get(entry.digest.toLowerCase());
    const counts = countsOf(found);
    const { coupon } = entry.signed;
    return {
      ...entry,
      status: couponStatus(coupon, counts, now),
      redemptions: found?.redemptionCount ?? 0,
      limit: coupon.maxRedemptions === 0 ? null : coupon.maxRedemptions,
      totalDiscount: BigInt(found?.totalDiscount ?? "0"),
      revokedAt: found?.revokedAt ? Number(found.revokedAt) : null,
    };
  });
}

/**
 * The seller's indexed coupons this browser keeps no code for (redeemed or revoked elsewhere), in
 * the index's order: listed apart, by digest, since their terms are unknown here.
 */
export function unknownCoupons(indexed: readonly IndexedCoupon[], stored: readonly StoredCoupon[]): IndexedCoupon[] {
  const kept = new Set(stored.map((entry) => entry.digest.toLowerCase()));
  return indexed.filter((coupon) => !kept.has(coupon.id.toLowerCase()));
}

/** The digests to ask the index about: every stored coupon's, lowercase (the subgraph's ids). */
export const storedIds = (stored: readonly StoredCoupon[]): Hex[] =>
  stored.map((entry) => entry.digest.toLowerCase() as Hex);
