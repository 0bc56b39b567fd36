// What a checkout is for, from its URL: "buy now" (`?listing=<id>&qty=<n>`) or one payment token's
// group of the cart (`?token=<address>`). Coupon codes may ride along (`?coupon=<code>`).
import { MAX_LINE_QUANTITY } from "../cart/cartStore";

export type CheckoutSource =
  { kind: "listing"; listingId: string; quantity: number } | { kind: "cart"; token: string } | { kind: "invalid" };

const hexId = /^0x[0-9a-f]{1,64}$/;
const address = /^0x[0-9a-f]{40}$/;

export function parseCheckoutSource(params: URLSearchParams): CheckoutSource {
  const listing = params.get("listing")?.toLowerCase();
  if (listing !== undefined) {
    const quantity = Number(params.get("qty") ?? "1");
    if (!hexId.test(listing) || !Number.isInteger(quantity) || quantity < 1 || quantity > MAX_LINE_QUANTITY) {
      return { kind: "invalid" };
    }
    return { kind: "listing", listingId: listing, quantity };
  }
  const token = params.get("token")?.toLowerCase();
  if (token !== undefined && address.test(token)) return { kind: "cart", token };
  return { kind: "invalid" };
}

/** The URL of the checkout of one listing. */
export const buyNowPath = (listingId: string, quantity = 1) => `/checkout?listing=${listingId}&qty=${quantity}`;
/** The URL of the checkout of the cart's lines in one token. */
export const cartCheckoutPath = (token: string, coupon?: string | null) =>
  `/checkout?token=${token}${coupon ? `&coupon=${encodeURIComponent(coupon)}` : ""}`;

/** Where the coupon codes typed per line are kept (listing id → code, "" when removed). */
export const couponDraftKey = (chainId: number) => `agora.checkout.coupons.${chainId}`;
