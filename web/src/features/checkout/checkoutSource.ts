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

const couponDraftKey = (chainId: number) => `agora.checkout.coupons.${chainId}`;

/** Coupon codes typed per line (listing id → code, "" when removed), kept for the tab like the address. */
export function readCouponDraft(chainId: number): Record<string, string | undefined> {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(couponDraftKey(chainId)) ?? "{}");
    if (!parsed || typeof parsed !== "object") return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, code]) => typeof code === "string")) as Record<
      string,
      string
    >;
  } catch {
    return {};
  }
}

export function writeCouponDraft(chainId: number, codes: Record<string, string | undefined>) {
  try {
    sessionStorage.setItem(couponDraftKey(chainId), JSON.stringify(codes));
  } catch {
    // Storage disabled: the codes last as long as the page.
  }
}
