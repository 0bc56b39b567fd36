// The dispute/evidence and review forms: their fields (zod, for react-hook-form), their drafts in
// sessionStorage (per order and form, so a failed or rejected transaction or a reload loses
// nothing typed; cleared on success), and the IPFS documents they become (agora/evidence@1,
// agora/review@1 in @agora/content's schemas, which validate them again when published).
import type { DirectoryFile, EvidenceInput, ReviewInput } from "@agora/content";
import { z } from "zod";

/** No HTML tag, comment or declaration (the content layer refuses `<` that opens one). */
const HTML_TAG = /<\s*[/!?]?\s*[a-zA-Z]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Plain text as the content schemas take it; messages are keys under `forms.errors`. */
const plain = (max: number, { required }: { required: boolean }) =>
  z
    .string()
    .trim()
    .min(required ? 1 : 0, "required")
    .max(max, "tooLong")
    .refine((text) => !HTML_TAG.test(text), "markup")
    .refine((text) => !CONTROL.test(text), "control");

export const STATEMENT_MAX = 10_000;
export const REVIEW_TITLE_MAX = 120;
export const REVIEW_BODY_MAX = 5_000;
/** Photos per document: a review's schema allows 6; a dispute statement's attachments are kept to as many. */
export const MAX_PHOTOS = 6;
/** Each photo's size limit, so an upload stays reasonable on a phone connection. */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export const evidenceFormSchema = z.object({ statement: plain(STATEMENT_MAX, { required: true }) });
export type EvidenceFormValues = z.input<typeof evidenceFormSchema>;

export const reviewFormSchema = z.object({
  rating: z.enum(["1", "2", "3", "4", "5"], "rating"),
  title: plain(REVIEW_TITLE_MAX, { required: false }),
  body: plain(REVIEW_BODY_MAX, { required: false }),
});
export type ReviewFormInput = z.input<typeof reviewFormSchema>;
export type ReviewFormValues = z.output<typeof reviewFormSchema>;

export type DraftForm = "dispute" | "evidence" | "review";

/** Where a form's draft is kept: one per chain, order and form (order ids repeat across chains). */
export const draftKey = (chainId: number, orderId: string, form: DraftForm) =>
  `agora.orders.draft.${chainId}.${form}.${orderId.toLowerCase()}`;

export const imageExtensions: ReadonlySet<string> = new Set(["jpg", "jpeg", "png", "webp", "gif", "avif"]);
const typeExtensions: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/gif": "gif",
  "image/avif": "avif",
};

/** A photo's file extension from its name or type; undefined when it is not an image the schemas take. */
export function photoExtension(file: { name: string; type: string }): string | undefined {
  const fromName = file.name.split(".").pop()?.toLowerCase();
  if (fromName && fromName !== file.name.toLowerCase() && imageExtensions.has(fromName)) return fromName;
  return typeExtensions[file.type];
}

/** The photos as files of the document's directory: `photo-1.jpg`, `photo-2.png`, … */
export async function photoFiles(photos: readonly File[]): Promise<DirectoryFile[]> {
  return Promise.all(
    photos.map(async (photo, index) => ({
      path: `photo-${index + 1}.${photoExtension(photo) ?? "jpg"}`,
      content: new Uint8Array(await photo.arrayBuffer()),
    })),
  );
}

/** A file of the document sealed to the arbiter (an envelope), with what it is. */
export interface SealedAttachmentFile {
  file: DirectoryFile;
  description: string;
}

/**
 * A dispute statement or evidence, with its photos as attachments (described for the arbiter) and
 * any files sealed to the arbiter (the shared messages) after them. Publish `files` and the sealed
 * files together.
 */
export function evidenceDocument(
  orderId: string,
  statement: string,
  files: readonly DirectoryFile[],
  describe: (index: number) => string,
  sealed: readonly SealedAttachmentFile[] = [],
): EvidenceInput {
  return {
    schema: "agora/evidence@1",
    orderId: BigInt(orderId).toString(),
    statement: statement.trim(),
    attachments: [
      ...files.map((file, index) => ({ path: file.path, description: describe(index), sealed: false })),
      ...sealed.map(({ file, description }) => ({ path: file.path, description, sealed: true })),
    ],
  };
}

/** A review of the order's listing (its directory CID at purchase), with photos and their alt texts. */
export function reviewDocument(
  orderId: string,
  listingCid: string,
  values: ReviewFormValues,
  files: readonly DirectoryFile[],
  alt: (index: number) => string,
): ReviewInput {
  const title = values.title.trim();
  return {
    schema: "agora/review@1",
    orderId: BigInt(orderId).toString(),
    listing: listingCid,
    rating: Number(values.rating),
    ...(title ? { title } : {}),
    body: values.body.trim(),
    images: files.map((file, index) => ({ path: file.path, alt: alt(index) })),
  };
}
