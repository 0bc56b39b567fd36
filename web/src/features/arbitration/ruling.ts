// The ruling form's fields (zod, for react-hook-form; its draft kept per order until the ruling is
// sent) and the document the reason is published as. The content layer has no ruling kind and the
// subgraph keeps `rulingCid` as any CID, so the reason goes to IPFS as one JSON file,
// `agora/ruling@1`, that anyone can read back (the order page shows it).
import { z } from "zod";
import { BPS } from "./split";

export const RULING_SCHEMA = "agora/ruling@1";
export const REASON_MIN = 20;
export const REASON_MAX = 5_000;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Messages are keys under `ruling.errors`. */
export const rulingFormSchema = z.object({
  /** The buyer's share in basis points, as text (a draft keeps text). */
  share: z
    .string()
    .regex(/^[0-9]{1,5}$/, "share")
    .refine((text) => Number(text) <= BPS, "share"),
  reason: z
    .string()
    .trim()
    .min(1, "required")
    .min(REASON_MIN, "tooShort")
    .max(REASON_MAX, "tooLong")
    .refine((text) => !CONTROL.test(text), "control"),
});
export type RulingFormValues = z.input<typeof rulingFormSchema>;
export type RulingErrorKey = "share" | "required" | "tooShort" | "tooLong" | "control";

/** Where the ruling form's draft is kept: one per chain and order. */
export const rulingDraftKey = (chainId: number, orderId: string) =>
  `agora.arbitration.draft.${chainId}.${BigInt(orderId).toString()}`;

export const rulingDocumentSchema = z.strictObject({
  schema: z.literal(RULING_SCHEMA),
  /** The order id, decimal. */
  orderId: z.string().regex(/^[0-9]{1,78}$/),
  buyerShareBps: z.number().int().min(0).max(BPS),
  reason: z.string().min(1).max(REASON_MAX),
});
export type RulingDocument = z.infer<typeof rulingDocumentSchema>;

/** The published ruling for `orderId` (decimal or hex). */
export function rulingDocument(orderId: string, buyerShareBps: number, reason: string): RulingDocument {
  return rulingDocumentSchema.parse({
    schema: RULING_SCHEMA,
    orderId: BigInt(orderId).toString(),
    buyerShareBps,
    reason: reason.trim(),
  });
}

/** A ruling file read back from IPFS; null when it is not a ruling document. */
export function parseRulingDocument(bytes: Uint8Array): RulingDocument | null {
  try {
    const parsed = rulingDocumentSchema.safeParse(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
