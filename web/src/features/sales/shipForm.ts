// The ship form: its fields (zod, for react-hook-form), where its draft is kept (per chain and
// order, so a failed or rejected transaction or a reload loses nothing typed; cleared on success),
// and the agora/delivery@1 payload it becomes (sealed to the buyer's key for this order).
import type { Delivery } from "@agora/content";
import { z } from "zod";
import { salesDraftKey } from "./drafts";
import { httpsUrl, plainText, type TextErrorKey } from "./plainText";

export const CARRIER_MAX = 60;
export const TRACKING_NUMBER_MAX = 100;

export const shipFormSchema = z.object({
  carrier: plainText(CARRIER_MAX),
  trackingNumber: plainText(TRACKING_NUMBER_MAX),
  trackingUrl: httpsUrl,
});
export type ShipFormValues = z.input<typeof shipFormSchema>;
export type ShipFormErrorKey = TextErrorKey | "url";

export const emptyShipForm: ShipFormValues = { carrier: "", trackingNumber: "", trackingUrl: "" };

/** Where the ship form's draft is kept: one per chain and order. */
export const shipDraftKey = (chainId: number, orderId: string) => salesDraftKey("ship", chainId, orderId);

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
