import { z } from "zod";
import { fromBase64 } from "./bytes.js";
import { listingCategories } from "./categories.js";

/**
 * Versioned schemas of everything Agora stores on IPFS. Each document is a JSON file inside a
 * UnixFS directory (listing: `metadata.json`, profile: `profile.json`, …) next to the files it
 * references by relative path. Content from IPFS is untrusted data: these schemas are the gate.
 */

/** No HTML: a `<` that opens a tag, comment or declaration is refused outright. */
const HTML_TAG = /<\s*[/!?]?\s*[a-zA-Z]/;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Plain text of at most `max` characters: no markup, no control characters. */
export const plainText = (max: number, min = 1) =>
  z
    .string()
    .min(min)
    .max(max)
    .refine((text) => !HTML_TAG.test(text), "must not contain HTML or script tags")
    .refine((text) => !CONTROL.test(text), "must not contain control characters");

/** A relative path inside the document's directory: `photo-1.jpg`, `img/front.webp`. */
export const relativePath = z
  .string()
  .max(200)
  .regex(
    /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/,
    "must be a relative path inside the directory",
  )
  .refine((p) => !p.split("/").some((segment) => segment === "." || segment === ".."), "must not contain . or ..");

export const imageExtensions = ["jpg", "jpeg", "png", "webp", "gif", "avif"] as const;
export const imagePath = relativePath.refine(
  (p) => (imageExtensions as readonly string[]).includes(p.split(".").pop()!.toLowerCase()),
  `must name an image (${imageExtensions.join(", ")})`,
);

/** A CID as text (CIDv0 `Qm…` or CIDv1 base32 `b…`); parsed for real where it is used. */
export const cidText = z.string().regex(/^(Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{58,120})$/, "must be a CID");

/** 32 bytes in standard base64: an X25519 public key. */
export const x25519PublicKey = z.string().refine((text) => {
  try {
    return fromBase64(text).length === 32;
  } catch {
    return false;
  }
}, "must be a 32-byte key in base64");

const base64Bytes = (min: number, max: number) =>
  z.string().refine((text) => {
    try {
      const length = fromBase64(text).length;
      return length >= min && length <= max;
    } catch {
      return false;
    }
  }, `must be base64 of ${min}–${max} bytes`);

export { listingCategories };

export const listingConditions = [
  "new",
  "like-new",
  "used-good",
  "used-fair",
  "refurbished",
  "not-applicable",
] as const;

/** ISO 3166-1 alpha-2 country code, or a region word. */
export const shippingRegion = z.union([
  z.string().regex(/^[A-Z]{2}$/, "must be an ISO country code"),
  z.enum(["worldwide", "EU"]),
]);

export const imageRef = z.strictObject({
  /** Path of the photo inside the listing directory. */
  path: imagePath,
  /** Alt text, required for accessibility. */
  alt: plainText(200),
});

export const attribute = z.strictObject({ name: plainText(60), value: plainText(200) });

export const variant = z.strictObject({
  /** Stable id, referenced by orders. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "must be a short lowercase id"),
  name: plainText(100),
  attributes: z.array(attribute).max(10).default([]),
});

export const LISTING_SCHEMA = "agora/listing@1";

/** `metadata.json` of a listing (modelled on schema.org Product). Price and stock live on chain. */
export const listingMetadataSchema = z
  .strictObject({
    schema: z.literal(LISTING_SCHEMA),
    name: plainText(120),
    description: plainText(5_000),
    category: z.enum(listingCategories),
    condition: z.enum(listingConditions),
    /** The first image is the cover. */
    images: z.array(imageRef).min(1).max(12),
    attributes: z.array(attribute).max(30).default([]),
    variants: z.array(variant).max(50).default([]),
    /** Physical goods ship; digital goods are delivered in a sealed envelope to the buyer. */
    kind: z.enum(["physical", "digital"]),
    shipping: z
      .strictObject({
        regions: z.array(shippingRegion).min(1).max(250),
        handlingDays: z.int().min(0).max(60),
      })
      .optional(),
  })
  .superRefine((listing, ctx) => {
    if (listing.kind === "physical" && !listing.shipping) {
      ctx.addIssue({ code: "custom", path: ["shipping"], message: "physical listings must state shipping" });
    }
    if (listing.kind === "digital" && listing.shipping) {
      ctx.addIssue({ code: "custom", path: ["shipping"], message: "digital listings do not ship" });
    }
    if (listing.kind === "digital" && listing.condition !== "not-applicable") {
      ctx.addIssue({ code: "custom", path: ["condition"], message: "digital listings use condition not-applicable" });
    }
    const ids = listing.variants.map((v) => v.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: "custom", path: ["variants"], message: "variant ids must be unique" });
  });

export const PROFILE_SCHEMA = "agora/profile@1";

/** `profile.json` of a seller or buyer profile. */
export const profileSchema = z.strictObject({
  schema: z.literal(PROFILE_SCHEMA),
  name: plainText(60),
  avatar: imagePath.optional(),
  bio: plainText(1_000).optional(),
  /** X25519 public key (base64) buyers seal shipping addresses and messages to. */
  encryptionPublicKey: x25519PublicKey,
});

export const REVIEW_SCHEMA = "agora/review@1";

/** `review.json`, written by a buyer after a completed order. */
export const reviewSchema = z.strictObject({
  schema: z.literal(REVIEW_SCHEMA),
  /** The marketplace order id, as a decimal string (uint256). */
  orderId: z.string().regex(/^[0-9]{1,78}$/),
  /** Root CID of the reviewed listing. */
  listing: cidText,
  rating: z.int().min(1).max(5),
  title: plainText(120).optional(),
  body: plainText(5_000, 0),
  images: z.array(imageRef).max(6).default([]),
});

export const EVIDENCE_SCHEMA = "agora/evidence@1";

/** `evidence.json`, submitted by either party of a disputed order. */
export const evidenceSchema = z.strictObject({
  schema: z.literal(EVIDENCE_SCHEMA),
  orderId: z.string().regex(/^[0-9]{1,78}$/),
  statement: plainText(10_000),
  attachments: z
    .array(
      z.strictObject({
        path: relativePath,
        description: plainText(500),
        /** True when the file is a sealed envelope (JSON) to the arbiter. */
        sealed: z.boolean().default(false),
      }),
    )
    .max(20)
    .default([]),
});

export const ENVELOPE_ALGORITHM = "x25519-hkdf-sha256-xchacha20poly1305";

/** A sealed envelope: only the holder of the recipient's X25519 secret key can open it. */
export const envelopeSchema = z.strictObject({
  version: z.literal(1),
  algorithm: z.literal(ENVELOPE_ALGORITHM),
  ephemeralPublicKey: x25519PublicKey,
  nonce: base64Bytes(24, 24),
  /** XChaCha20-Poly1305 output: ciphertext then 16-byte tag (at most 1 MiB of plaintext). */
  ciphertext: base64Bytes(16, 1_048_576 + 16),
});

// Private payloads: JSON sealed in envelopes (see crypto.ts), never published in the clear.

export const SHIPPING_ADDRESS_SCHEMA = "agora/shipping-address@1";

/** A buyer's shipping address, sealed to the seller's key and passed with the order. */
export const shippingAddressSchema = z.strictObject({
  schema: z.literal(SHIPPING_ADDRESS_SCHEMA),
  name: plainText(100),
  line1: plainText(200),
  line2: plainText(200).optional(),
  city: plainText(100),
  region: plainText(100).optional(),
  postalCode: plainText(20),
  /** ISO 3166-1 alpha-2, upper case. */
  country: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter country code"),
  phone: z
    .string()
    .regex(/^\+?[0-9][0-9 ()-]{4,24}$/, "must be a phone number")
    .optional(),
  /** Delivery instructions for the seller. */
  note: plainText(500).optional(),
});

export const DELIVERY_SCHEMA = "agora/delivery@1";

/** What a seller seals to the buyer when shipping: tracking details, or a digital good. */
export const deliverySchema = z.discriminatedUnion("kind", [
  z.strictObject({
    schema: z.literal(DELIVERY_SCHEMA),
    kind: z.literal("shipment"),
    carrier: plainText(60),
    trackingNumber: plainText(100),
    trackingUrl: z.url({ protocol: /^https?$/ }).optional(),
    note: plainText(1_000).optional(),
  }),
  z.strictObject({
    schema: z.literal(DELIVERY_SCHEMA),
    kind: z.literal("digital"),
    /** The delivery itself: a licence key, instructions, … */
    message: plainText(10_000),
    links: z
      .array(z.url({ protocol: /^https?$/ }))
      .max(20)
      .default([]),
  }),
]);

export const MESSAGE_SCHEMA = "agora/message@1";

/**
 * A message on an order. The file is this document with the text sealed once per reader (the
 * recipient and the sender, so both can read the thread); each reader opens the envelope its key
 * opens.
 */
export const messageFileSchema = z.strictObject({
  schema: z.literal(MESSAGE_SCHEMA),
  envelopes: z.array(envelopeSchema).min(1).max(3),
});

export type ShippingAddress = z.infer<typeof shippingAddressSchema>;
export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;
export type Delivery = z.infer<typeof deliverySchema>;
export type MessageFile = z.infer<typeof messageFileSchema>;

export type ListingMetadata = z.infer<typeof listingMetadataSchema>;
export type ListingMetadataInput = z.input<typeof listingMetadataSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type ReviewInput = z.input<typeof reviewSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceInput = z.input<typeof evidenceSchema>;
export type Envelope = z.infer<typeof envelopeSchema>;

/** The kinds of directory documents, their schema and file name inside the directory. */
export const documentKinds = {
  listing: { schema: listingMetadataSchema, fileName: "metadata.json" },
  profile: { schema: profileSchema, fileName: "profile.json" },
  review: { schema: reviewSchema, fileName: "review.json" },
  evidence: { schema: evidenceSchema, fileName: "evidence.json" },
} as const;

export type DocumentKind = keyof typeof documentKinds;
export type DocumentOf<K extends DocumentKind> = z.infer<(typeof documentKinds)[K]["schema"]>;
export type DocumentInputOf<K extends DocumentKind> = z.input<(typeof documentKinds)[K]["schema"]>;

export interface DocumentIssue {
  path: string;
  message: string;
}

export type ParseDocumentResult<T> = { ok: true; value: T } | { ok: false; issues: DocumentIssue[] };

/** The relative paths a document references (images, avatar, attachments). */
export function referencedPaths(kind: DocumentKind, document: unknown): string[] {
  const doc = document as Record<string, unknown>;
  switch (kind) {
    case "listing":
    case "review":
      return ((doc.images as { path: string }[] | undefined) ?? []).map((image) => image.path);
    case "profile":
      return typeof doc.avatar === "string" ? [doc.avatar] : [];
    case "evidence":
      return ((doc.attachments as { path: string }[] | undefined) ?? []).map((a) => a.path);
  }
}

/**
 * Validates a document; with `files` (the paths present in its directory) also checks that every
 * path it references exists. Never throws: a bad document gives `{ ok: false, issues }`, which the
 * UI shows as "unreadable listing".
 */
export function parseDocument<K extends DocumentKind>(
  kind: K,
  input: unknown,
  files?: Iterable<string>,
): ParseDocumentResult<DocumentOf<K>> {
  const result = documentKinds[kind].schema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  }
  if (files) {
    const present = new Set(files);
    const missing = referencedPaths(kind, result.data).filter((p) => !present.has(p));
    if (missing.length > 0) {
      return {
        ok: false,
        issues: missing.map((p) => ({ path: p, message: `references ${p}, which is not in the directory` })),
      };
    }
  }
  return { ok: true, value: result.data as DocumentOf<K> };
}

export const parseListingMetadata = (input: unknown, files?: Iterable<string>) =>
  parseDocument("listing", input, files);
