// The checkout's lines, re-checked against the index (the cart's one `Cart` query): price, stock,
// open/closed, each seller's published key and whether each listing is physical or digital. A
// listing bought now is read from the chain instead while the index is unusable.
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useCartLines } from "../../cart/CartProvider";
import type { CartLine } from "../../cart/cartStore";
import { checkLine, useCartCheck, type CartListing, type CheckedLine } from "../../cart/hooks/useCartCheck";
import { useChainListingOptions, useReadFromChain } from "../../listing/hooks/useListing";
import type { CheckoutSource } from "../checkoutSource";

export interface CheckoutLine extends CheckedLine {
  listing: CartListing;
  /** Digital goods need no address. */
  digital: boolean;
  /** The seller's X25519 key (base64) from their newest valid profile, if published. */
  sellerKey: string | undefined;
}

export interface CheckoutModel {
  lines: CheckoutLine[];
  /** Lines whose listing the index does not know (gone, or not indexed yet). */
  missing: CartLine[];
  token: CartListing["token"] | undefined;
  /** Every line can be bought as it is (no price change, stock, closed, missing key). */
  ready: boolean;
  needsAddress: boolean;
  /** Physical lines whose seller has no key: the order cannot be placed. */
  keyless: CheckoutLine[];
  subtotal: bigint;
}

export function buildCheckout(
  requested: readonly CartLine[],
  listings: readonly CartListing[],
  source: CheckoutSource,
): CheckoutModel {
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  const lines: CheckoutLine[] = [];
  const missing: CartLine[] = [];
  for (const line of requested) {
    const listing = byId.get(line.listingId);
    if (!listing) {
      missing.push(line);
      continue;
    }
    // Buy now has no price of its own: it is the listing's price now.
    const own = source.kind === "listing" ? { ...line, price: listing.price, token: listing.token.id } : line;
    const checked = checkLine(own, listing);
    lines.push({
      ...checked,
      listing,
      digital: listing.current[0]?.kind === "digital",
      sellerKey: listing.seller.profile[0]?.encryptionPublicKey ?? undefined,
    });
  }
  const keyless = lines.filter((line) => !line.digital && !line.sellerKey);
  return {
    lines,
    missing,
    token: lines[0]?.listing.token,
    ready:
      lines.length > 0 &&
      missing.length === 0 &&
      keyless.length === 0 &&
      lines.every((line) => line.problems.length === 0),
    needsAddress: lines.some((line) => !line.digital),
    keyless,
    subtotal: lines.reduce((sum, line) => sum + line.subtotal, 0n),
  };
}

/** The checkout of `source`: the cart's lines in its token, or one listing bought now. */
export function useCheckout(source: CheckoutSource) {
  const cart = useCartLines();
  const requested = useMemo<CartLine[]>(() => {
    if (source.kind === "cart") return cart.filter((line) => line.token.toLowerCase() === source.token);
    if (source.kind === "listing") {
      return [{ listingId: source.listingId, quantity: source.quantity, price: "0", token: "", addedAt: 0 }];
    }
    return [];
  }, [cart, source]);
  const index = useCartCheck(requested);
  // Buy now needs one listing, which the chain has: no index needed to buy it (the cart's lines
  // and coupons are checked on the index only).
  const buyNow = source.kind === "listing" ? source.listingId : "";
  const fromChain = useReadFromChain(index.error) && buyNow !== "";
  const chain = useQuery({
    ...useChainListingOptions(buyNow),
    select: (listing): CartListing[] => (listing ? [listing] : []),
    enabled: fromChain,
  });
  const check = fromChain ? chain : index;
  const model = useMemo(
    () => (check.data ? buildCheckout(requested, check.data, source) : undefined),
    [check.data, requested, source],
  );
  return { requested, check, model, fromChain };
}
