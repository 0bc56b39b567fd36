// What a checkout sends: the cheapest contract call for the lines (one listing without a coupon
// is `purchase`, anything else the all-or-nothing cart `checkout`), the exact ETH value, and
// `maxTotal` = the total the buyer reviewed, so a price raised in flight reverts instead of
// charging more. Pure: the island that sends it and the tests share it.
import type { abis } from "@agora/contracts";
import type { ContractFunctionArgs, Hex } from "viem";
import { cartItemCoupon, type SignedCoupon } from "../coupons/coupon";

type CartItem = ContractFunctionArgs<typeof abis.Marketplace, "payable", "checkout">[0][number];

/** A coupon the checkout validated, with the discount it takes off its line. */
export interface AppliedCoupon extends SignedCoupon {
  discount: bigint;
}

export interface PurchaseLine {
  listingId: bigint;
  quantity: number;
  unitPrice: bigint;
  /** Raw CID bytes of the shipping address sealed to the seller ("0x" for digital goods). */
  shippingCid: Hex;
  coupon?: AppliedCoupon;
}

/** An EIP-2612 permit as `…WithPermit` takes it. */
export interface PermitArgument {
  value: bigint;
  deadline: bigint;
  v: number;
  r: Hex;
  s: Hex;
}

export const lineSubtotal = (line: Pick<PurchaseLine, "quantity" | "unitPrice">) =>
  line.unitPrice * BigInt(line.quantity);

/** What the lines cost after their coupons: the amount paid into escrow. */
export function purchaseTotal(lines: readonly PurchaseLine[]): bigint {
  return lines.reduce((sum, line) => {
    const subtotal = lineSubtotal(line);
    const discount = line.coupon ? (line.coupon.discount > subtotal ? subtotal : line.coupon.discount) : 0n;
    return sum + subtotal - discount;
  }, 0n);
}

export type PurchaseCall =
  | { functionName: "purchase"; args: readonly [bigint, number, bigint, Hex]; value: bigint }
  | { functionName: "purchaseWithPermit"; args: readonly [bigint, number, bigint, Hex, PermitArgument]; value: 0n }
  | { functionName: "checkout"; args: readonly [readonly CartItem[], bigint]; value: bigint }
  | { functionName: "checkoutWithPermit"; args: readonly [readonly CartItem[], bigint, PermitArgument]; value: 0n };

/**
 * The call for `lines` paid in one token: native ETH sends the exact total as value; an ERC-20
 * sends nothing (an allowance, or the permit given here, covers it).
 */
export function purchaseCall({
  lines,
  native,
  permit,
}: {
  lines: readonly PurchaseLine[];
  native: boolean;
  permit?: PermitArgument;
}): PurchaseCall {
  if (lines.length === 0) throw new Error("Nothing to buy");
  if (native && permit) throw new Error("ETH needs no permit");
  const maxTotal = purchaseTotal(lines);
  const value = native ? maxTotal : 0n;
  const [first] = lines;
  if (lines.length === 1 && !first!.coupon) {
    const args = [first!.listingId, first!.quantity, maxTotal, first!.shippingCid] as const;
    return permit
      ? { functionName: "purchaseWithPermit", args: [...args, permit], value: 0n }
      : { functionName: "purchase", args, value };
  }
  const items: CartItem[] = lines.map((line) => ({
    listingId: line.listingId,
    quantity: line.quantity,
    shippingCid: line.shippingCid,
    ...cartItemCoupon(line.coupon),
  }));
  return permit
    ? { functionName: "checkoutWithPermit", args: [items, maxTotal, permit], value: 0n }
    : { functionName: "checkout", args: [items, maxTotal], value };
}
