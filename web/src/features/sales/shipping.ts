// The buyer's shipping address opened in the seller's browser. The checkout seals it to the
// seller's key for the listing (envelopeContexts.shipping: the order id is unknown before the
// purchase), so the context is the order's listing id: the order id with its low 48 bits cleared.
import type { ShippingAddress } from "@agora/content";

/** The listing an order belongs to: an order id is the listing id plus the order's number in its low 48 bits. */
export function listingIdOfOrder(orderId: string | bigint): bigint {
  return (BigInt(orderId) >> 48n) << 48n;
}

export type ShippingErrorKind = "invalid" | "wrongKey";

export class ShippingOpenError extends Error {
  override name = "ShippingOpenError";
  constructor(readonly kind: ShippingErrorKind) {
    super(kind === "wrongKey" ? "The address is not sealed to this key for this listing" : "Not a readable address");
  }
}

/** Opens the envelope file's bytes with the seller's secret key and validates the address inside. */
export async function openShippingAddress(
  bytes: Uint8Array,
  secretKey: Uint8Array,
  listingId: bigint,
): Promise<ShippingAddress> {
  const content = await import("@agora/content");
  const parseJson = (text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new ShippingOpenError("invalid");
    }
  };
  const envelope = content.envelopeSchema.safeParse(parseJson(content.fromUtf8(bytes)));
  if (!envelope.success) throw new ShippingOpenError("invalid");
  let text: string;
  try {
    text = content.openEnvelopeText(secretKey, envelope.data, {
      context: content.envelopeContexts.shipping(listingId),
    });
  } catch {
    throw new ShippingOpenError("wrongKey");
  }
  const address = content.shippingAddressSchema.safeParse(parseJson(text));
  if (!address.success) throw new ShippingOpenError("invalid");
  return address.data;
}
