// The digital delivery form: a download link, a licence key or code, a note (any of them, at least
// one), validated with zod for react-hook-form, and the agora/delivery@1 "digital" document they
// become, sealed to the buyer's key for this order like tracking details.
import type { Delivery } from "@agora/content";
import { z } from "zod";
import { httpsUrl, plainText, type TextErrorKey } from "./plainText";

export const LICENCE_KEY_MAX = 500;
export const DELIVERY_NOTE_MAX = 5_000;

export const deliverFormSchema = z
  .object({
    downloadUrl: httpsUrl,
    licenceKey: plainText(LICENCE_KEY_MAX, { optional: true }),
    note: plainText(DELIVERY_NOTE_MAX, { optional: true }),
  })
  .superRefine((values, ctx) => {
    if (!values.downloadUrl && !values.licenceKey && !values.note) {
      // A form-level error (react-hook-form's `errors.root`): nothing to deliver.
      ctx.addIssue({ code: "custom", path: ["root"], message: "empty" });
    }
  });
export type DeliverFormInput = z.input<typeof deliverFormSchema>;
export type DeliverFormValues = z.output<typeof deliverFormSchema>;
export type DeliverFormErrorKey = TextErrorKey | "url" | "empty";

export const emptyDeliverForm: DeliverFormInput = { downloadUrl: "", licenceKey: "", note: "" };

/** The words the sealed message is written with, in the seller's language. */
export interface DeliveryWording {
  /** Put before the licence key: "Licence key or code". */
  licenceKey: string;
  /** The message when only a link is given: "Your download link is below." */
  linkOnly: string;
}

/**
 * The delivery as the agora/delivery@1 "digital" document: the licence key (labelled) and the note
 * make its message, the link its one link; validated with the content layer's schema.
 */
export async function digitalPayload(values: DeliverFormValues, wording: DeliveryWording): Promise<Delivery> {
  const { DELIVERY_SCHEMA, deliverySchema } = await import("@agora/content");
  const parts = [values.licenceKey ? `${wording.licenceKey}: ${values.licenceKey}` : "", values.note].filter(Boolean);
  return deliverySchema.parse({
    schema: DELIVERY_SCHEMA,
    kind: "digital",
    message: parts.length > 0 ? parts.join("\n\n") : wording.linkOnly,
    links: values.downloadUrl ? [values.downloadUrl] : [],
  });
}
