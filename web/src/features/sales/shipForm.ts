// The ship form: its fields (zod, for react-hook-form), where its draft is kept (per chain and
// order, so a failed or rejected transaction or a reload loses nothing typed; cleared on success),
// and the agora/delivery@1 payload it becomes (sealed to the buyer's key for this order).
import type { Delivery } from "@agora/content";
import { z } from "zod";

export const CARRIER_MAX = 60;
export const TRACKING_NUMBER_MAX = 100;

/** No HTML tag, comment or declaration (the content layer refuses `<` that opens one). */
const HTML_TAG = /<\s*[/!?]?\s*[a-zA-Z]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Required plain text; messages are keys under `ship.errors`. */
const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((text) => !HTML_TAG.test(text), "markup")
    .refine((text) => !CONTROL.test(text), "control");

/** An https address, or nothing. */
const trackingUrl = z
  .string()
  .trim()
  .refine((text) => {
    if (text === "") return true;
    try {
      return new URL(text).protocol === "https:";
    } catch {
      return false;
    }
  }, "url");

export const shipFormSchema = z.object({
  carrier: plain(CARRIER_MAX),
  trackingNumber: plain(TRACKING_NUMBER_MAX),
  trackingUrl,
});
export type ShipFormValues = z.input<typeof shipFormSchema>;
export type ShipFormErrorKey = "required" | "tooLong" | "markup" | "control" | "url";

export const emptyShipForm: ShipFormValues = { carrier: "", trackingNumber: "", trackingUrl: "" };

/** Where the ship form's draft is kept: one per chain and order. */
export const shipDraftKey = (chainId: number, orderId: string) =>
  `agora.sales.shipDraft.${chainId}.${BigInt(orderId).toString()}`;

/** The tracking details as the agora/delivery@1 document sealed to the buyer. */
export async function shipmentPayload(values: ShipFormValues): Promise<Delivery> {
  const { DELIVERY_SCHEMA, deliverySchema } = await import("@agora/content");
  const parsed = shipFormSchema.parse(values);
  return deliverySchema.parse({
    schema: DELIVERY_SCHEMA,
    kind: "shipment",
    carrier: parsed.carrier,
    trackingNumber: parsed.trackingNumber,
    ...(parsed.trackingUrl ? { trackingUrl: parsed.trackingUrl } : {}),
  });
}
