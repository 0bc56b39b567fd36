import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getAddress } from "viem";
import { couponDigest, type SignedCoupon } from "./coupon";
import { encodeCoupon } from "./couponCode";
import {
  addStoredCoupon,
  couponStorageKey,
  parseStoredCoupons,
  readStoredCoupons,
  removeStoredCoupon,
  useStoredCoupons,
  type CouponOwner,
} from "./couponStore";
import { sellerAccount, signedTestCoupon, strangerAccount, testSite } from "./testCoupons";

const owner: CouponOwner = { chainId: 31337, seller: sellerAccount.address.toLowerCase() };
const key = couponStorageKey(owner);
/** A coupon as read back from a code: the same terms, addresses checksummed. */
const read = ({ coupon, signature }: SignedCoupon): SignedCoupon => ({
  coupon: {
    ...coupon,
    seller: getAddress(coupon.seller),
    token: getAddress(coupon.token),
    buyer: getAddress(coupon.buyer),
    marketplace: getAddress(coupon.marketplace),
  },
  signature,
});

afterEach(() => vi.restoreAllMocks());

describe("the seller's coupon store", () => {
  it("keeps one list per chain and seller, whatever the address's case", () => {
    expect(couponStorageKey({ chainId: 31337, seller: sellerAccount.address })).toBe(
      `agora.coupons.31337.${sellerAccount.address.toLowerCase()}`,
    );
    expect(couponStorageKey({ chainId: 1, seller: sellerAccount.address })).not.toBe(key);
  });

  it("adds a signed coupon first, once, and reads back the same signature and terms", async () => {
    const older = await signedTestCoupon({ salt: 1n, expiry: 2_000_000_000n, maxRedemptions: 5 });
    const newer = await signedTestCoupon({ salt: 2n, kind: 1, value: 5_000_000n });
    expect(addStoredCoupon(owner, older, { addedAt: 1_000, label: "Spring" })).toBe("added");
    expect(addStoredCoupon(owner, newer, { addedAt: 2_000 })).toBe("added");
    expect(addStoredCoupon(owner, older, { addedAt: 3_000 })).toBe("duplicate");

    const list = readStoredCoupons(owner);
    expect(list.map((entry) => entry.digest)).toEqual([couponDigest(newer.coupon), couponDigest(older.coupon)]);
    expect(list[1]).toEqual({
      signed: read(older),
      digest: couponDigest(older.coupon),
      addedAt: 1_000,
      label: "Spring",
    });
    expect(list[0]!.label).toBe("");
    // Stored whole: the code names its chain and marketplace (a redeployed site cannot reinterpret it).
    const stored = JSON.parse(localStorage.getItem(key)!) as { coupons: { code: string }[] };
    expect(stored.coupons[1]!.code).toBe(encodeCoupon(older));
    expect(stored.coupons[1]!.code.length).toBeGreaterThan(encodeCoupon(older, testSite).length);

    removeStoredCoupon(owner, couponDigest(newer.coupon));
    expect(readStoredCoupons(owner).map((entry) => entry.signed)).toEqual([read(older)]);
    removeStoredCoupon(owner, couponDigest(older.coupon));
    expect(localStorage.getItem(key)).toBeNull();
  });

  it("reads nothing from junk, and skips bad entries without losing the good ones", async () => {
    expect(parseStoredCoupons(null, owner)).toEqual([]);
    expect(parseStoredCoupons("{not json", owner)).toEqual([]);
    expect(parseStoredCoupons('"a string"', owner)).toEqual([]);
    expect(parseStoredCoupons(JSON.stringify({ version: 2, coupons: [] }), owner)).toEqual([]);
    expect(parseStoredCoupons(JSON.stringify({ version: 1, coupons: "many" }), owner)).toEqual([]);

    const good = await signedTestCoupon({ salt: 11n });
    const goodCode = encodeCoupon(good);
    const strangers = await signedTestCoupon({ seller: strangerAccount.address, salt: 12n });
    const otherChain = await signedTestCoupon({ salt: 13n }, { chainId: 1n });
    const cut = goodCode.slice(0, -3);
    const raw = JSON.stringify({
      version: 1,
      coupons: [
        null,
        42,
        { code: goodCode },
        { code: "not a code!", addedAt: 1 },
        { code: cut, addedAt: 2 },
        { code: encodeCoupon(strangers), addedAt: 3 },
        { code: encodeCoupon(otherChain), addedAt: 4 },
        // Left to the site (no chain or marketplace in it): meaningless without one.
        { code: encodeCoupon(good, testSite), addedAt: 5 },
        { code: goodCode, addedAt: 6, label: "x".repeat(41) },
        { code: goodCode, addedAt: 7, label: "Kept" },
        { code: goodCode, addedAt: 8, label: "A duplicate" },
      ],
    });
    const list = parseStoredCoupons(raw, owner);
    expect(list).toEqual([{ signed: read(good), digest: couponDigest(good.coupon), addedAt: 7, label: "Kept" }]);

    // Adding to a list with junk in it keeps the good entries and drops the junk.
    localStorage.setItem(key, raw);
    const another = await signedTestCoupon({ salt: 14n });
    expect(addStoredCoupon(owner, another, { addedAt: 9 })).toBe("added");
    expect(readStoredCoupons(owner).map((entry) => entry.addedAt)).toEqual([9, 7]);
  });

  it("says when the browser cannot store the list", async () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("full", "QuotaExceededError");
    });
    expect(addStoredCoupon(owner, await signedTestCoupon({ salt: 21n }))).toBe("storageFailed");
    expect(readStoredCoupons(owner)).toEqual([]);
  });

  it("follows changes from this tab and from others", async () => {
    const { result } = renderHook(() => useStoredCoupons(owner));
    expect(result.current).toEqual([]);
    const first = await signedTestCoupon({ salt: 31n });
    act(() => void addStoredCoupon(owner, first, { addedAt: 1 }));
    expect(result.current.map((entry) => entry.signed)).toEqual([read(first)]);
    const same = result.current;

    // Another tab writes the list: the storage event brings it in.
    const second = await signedTestCoupon({ salt: 32n });
    const raw = JSON.stringify({
      version: 1,
      coupons: [
        { code: encodeCoupon(second), addedAt: 2 },
        { code: encodeCoupon(first), addedAt: 1 },
      ],
    });
    act(() => {
      localStorage.setItem(key, raw);
      window.dispatchEvent(new StorageEvent("storage", { key }));
    });
    expect(result.current.map((entry) => entry.signed)).toEqual([read(second), read(first)]);
    expect(result.current).not.toBe(same);
  });
});
