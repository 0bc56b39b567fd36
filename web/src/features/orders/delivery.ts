// A seller's delivery (tracking details or a digital good: agora/delivery@1) opened in the buyer's
// browser: the envelope is sealed to the buyer's key for this order only
// (envelopeContexts.delivery), so the same envelope cannot be replayed on another order.
import type { Delivery } from "@agora/content";

export type DeliveryErrorKind = "invalid" | "wrongKey";

export class DeliveryOpenError extends Error {
  override name = "DeliveryOpenError";
  constructor(readonly kind: DeliveryErrorKind) {
    super(kind === "wrongKey" ? "The delivery is not sealed to this key for this order" : "Not a readable delivery");
  }
}

/** Opens the envelope file's bytes with the buyer's secret key and validates what is inside. */
export async function openDelivery(bytes: Uint8Array, secretKey: Uint8Array, orderId: string): Promise<Delivery> {
  const content = await import("@agora/content");
  const parseJson = (text: string) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new DeliveryOpenError("invalid");
    }
  };
  const envelope = content.envelopeSchema.safeParse(parseJson(content.fromUtf8(bytes)));
  if (!envelope.success) throw new DeliveryOpenError("invalid");
  let text: string;
  try {
    text = content.openEnvelopeText(secretKey, envelope.data, { context: content.envelopeContexts.delivery(orderId) });
  } catch {
    throw new DeliveryOpenError("wrongKey");
  }
  const delivery = content.deliverySchema.safeParse(parseJson(text));
  if (!delivery.success) throw new DeliveryOpenError("invalid");
  return delivery.data;
}

/** A wallet's "the user said no" anywhere in an error's cause chain (EIP-1193 code 4001). */
export function isUserRejection(error: unknown): boolean {
  let current = error as { name?: unknown; code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 20; depth++) {
    if (current.name === "UserRejectedRequestError" || current.code === 4001) return true;
    current = current.cause as typeof current;
  }
  return false;
}
