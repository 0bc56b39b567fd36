import { describe, expect, it } from "vitest";
import { zeroAddress } from "viem";
import { purchaseCall, purchaseTotal, type AppliedCoupon, type PurchaseLine } from "./purchase";

const line = (listingId: bigint, quantity: number, unitPrice: bigint, coupon?: AppliedCoupon): PurchaseLine => ({
  listingId,
  quantity,
  unitPrice,
  shippingCid: "0x0155",
  coupon,
});
const coupon = (discount: bigint): AppliedCoupon => ({
  coupon: {
    seller: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
    listingId: 0n,
    token: zeroAddress,
    kind: 1,
    value: discount,
    buyer: zeroAddress,
    expiry: 0n,
    maxRedemptions: 0,
    salt: 1n,
    chainId: 31337n,
    marketplace: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
  },
  signature: "0x12",
  discount,
});
const permit = { value: 100n, deadline: 1n, v: 27, r: "0x01", s: "0x02" } as const;

describe("the purchase call", () => {
  it("buys one listing without a coupon with purchase, paying the exact ETH total, maxTotal = that total", () => {
    const call = purchaseCall({ lines: [line(7n, 3, 1_000n)], native: true });
    expect(call).toEqual({ functionName: "purchase", args: [7n, 3, 3_000n, "0x0155"], value: 3_000n });
  });

  it("sends no value for an ERC-20, and the permit variant when given a permit", () => {
    expect(purchaseCall({ lines: [line(7n, 1, 5n)], native: false }).value).toBe(0n);
    const call = purchaseCall({ lines: [line(7n, 2, 5n)], native: false, permit });
    expect(call.functionName).toBe("purchaseWithPermit");
    expect(call.args).toEqual([7n, 2, 10n, "0x0155", permit]);
  });

  it("checks out several lines (or a coupon) with the cart checkout, all or nothing, coupons per line", () => {
    const call = purchaseCall({ lines: [line(1n, 1, 100n, coupon(30n)), line(2n, 2, 50n)], native: true });
    expect(call.functionName).toBe("checkout");
    if (call.functionName !== "checkout") return;
    const [items, maxTotal] = call.args;
    expect(maxTotal).toBe(170n);
    expect(call.value).toBe(170n);
    expect(items[0]!.couponSignature).toBe("0x12");
    expect(items[0]!.coupon.value).toBe(30n);
    // A line without a coupon sends an empty signature (the contract ignores its coupon then).
    expect(items[1]!.couponSignature).toBe("0x");
    expect(items[1]!.coupon.seller).toBe(zeroAddress);
    expect(items.map((item) => [item.listingId, item.quantity])).toEqual([
      [1n, 1],
      [2n, 2],
    ]);

    const single = purchaseCall({ lines: [line(1n, 1, 100n, coupon(30n))], native: false, permit });
    expect(single.functionName).toBe("checkoutWithPermit");
  });

  it("never counts a discount larger than its line", () => {
    expect(purchaseTotal([line(1n, 1, 100n, coupon(500n)), line(2n, 1, 40n)])).toBe(40n);
  });

  it("refuses an empty order and a permit for ETH", () => {
    expect(() => purchaseCall({ lines: [], native: true })).toThrow("Nothing to buy");
    expect(() => purchaseCall({ lines: [line(1n, 1, 1n)], native: true, permit })).toThrow();
  });
});
