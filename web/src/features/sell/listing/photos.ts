// A listing's photos in the editor: which files are taken (JPEG, PNG or WebP by their bytes, at
// most PHOTO_MAX_BYTES each, at most PHOTOS_MAX and PHOTOS_TOTAL_MAX_BYTES together), cleaned of
// their metadata (JPEG: see lib/content/jpegMetadata) before anything else sees them, and named in
// the listing directory. Every refusal happens here, before any upload.
import { JpegFormatError, stripJpegMetadata } from "../../../lib/content/jpegMetadata";
import { PHOTOS_MAX, type ImageEntry } from "./listingForm";

/** The content layer sets no size per photo: 5 MB keeps a listing quick to load on a phone. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** The reference IPFS node takes 20 MB per upload (content/src/node DEFAULT_MAX_UPLOAD_BYTES); the document needs a little. */
export const PHOTOS_TOTAL_MAX_BYTES = 19 * 1024 * 1024;
export { PHOTOS_MAX };

export const photoTypes = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
} as const;
export type PhotoType = keyof typeof photoTypes;

/** A photo of the form: its bytes as they will be published (a JPEG already without metadata). */
export interface ListingPhoto {
  /** Stable while the form is open (React keys, reordering). */
  id: string;
  /** The file's name, for messages and the preview's label. */
  name: string;
  type: PhotoType;
  bytes: Uint8Array;
  /** When editing: the path of a published photo kept as it is, and its alt text. */
  published?: ImageEntry;
}

export type PhotoProblem =
  | { kind: "type" | "unreadable"; name: string }
  | { kind: "size"; name: string; size: number }
  | { kind: "count" }
  | { kind: "total"; size: number };

const startsWith = (bytes: Uint8Array, values: readonly number[], at = 0) =>
  values.every((value, index) => bytes[at + index] === value);

/** The image type of `bytes` by their signature (what a file's name or declared type says is not trusted). */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return undefined;
}

let counter = 0;
export const newPhotoId = () => `photo-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/** What a file needs from a browser File (tests pass plain objects). */
export interface PickedFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Takes chosen files in order, after `current` photos: refuses (with the reason) a file that is too
 * big before reading it, one whose bytes are not a JPEG, PNG or WebP, a JPEG that cannot be parsed,
 * and whatever would pass the count or the total size. JPEGs come back without their metadata.
 */
export async function takePhotos(
  files: readonly PickedFile[],
  current: readonly ListingPhoto[],
): Promise<{ taken: ListingPhoto[]; problems: PhotoProblem[] }> {
  const taken: ListingPhoto[] = [];
  const problems: PhotoProblem[] = [];
  let total = current.reduce((sum, photo) => sum + photo.bytes.length, 0);
  for (const file of files) {
    if (file.size > PHOTO_MAX_BYTES) {
      problems.push({ kind: "size", name: file.name, size: file.size });
      continue;
    }
    if (current.length + taken.length >= PHOTOS_MAX) {
      problems.push({ kind: "count" });
      break;
    }
    const raw = new Uint8Array(await file.arrayBuffer());
    const type = sniffPhotoType(raw);
    if (!type) {
      problems.push({ kind: "type", name: file.name });
      continue;
    }
    let bytes: Uint8Array = raw;
    if (type === "image/jpeg") {
      try {
        bytes = stripJpegMetadata(raw).bytes;
      } catch (error) {
        if (!(error instanceof JpegFormatError)) throw error;
        problems.push({ kind: "unreadable", name: file.name });
        continue;
      }
    }
    if (total + bytes.length > PHOTOS_TOTAL_MAX_BYTES) {
      problems.push({ kind: "total", size: total + bytes.length });
      continue;
    }
    total += bytes.length;
    taken.push({ id: newPhotoId(), name: file.name, type, bytes });
  }
  return { taken, problems };
}

/** Moves the photo at `from` to `to` (the first photo is the cover). */
export function movePhoto<T>(photos: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= photos.length || to < 0 || to >= photos.length) return [...photos];
  const next = [...photos];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/**
 * The photos as files of the listing directory with their document entries, in order (the first is
 * the cover). A published photo keeps its path and alt text, so an edit that changes nothing builds
 * the same directory (the same CID); a new one is `photo-<n>.<ext>` with a free n, described by the
 * title (and its place: "Lamp (2)").
 */
export function photoFiles(
  photos: readonly ListingPhoto[],
  title: string,
): { images: ImageEntry[]; files: { path: string; content: Uint8Array }[] } {
  const used = new Set(photos.flatMap((photo) => (photo.published ? [photo.published.path] : [])));
  let next = 1;
  const images: ImageEntry[] = [];
  const files: { path: string; content: Uint8Array }[] = [];
  photos.forEach((photo, index) => {
    let entry = photo.published;
    if (!entry) {
      let path: string;
      do path = `photo-${next++}.${photoTypes[photo.type]}`;
      while (used.has(path));
      used.add(path);
      entry = { path, alt: index === 0 ? title : `${title} (${index + 1})` };
    }
    images.push(entry);
    files.push({ path: entry.path, content: photo.bytes });
  });
  return { images, files };
}

/** Total bytes of the photos. */
export const photosSize = (photos: readonly ListingPhoto[]) =>
  photos.reduce((sum, photo) => sum + photo.bytes.length, 0);
