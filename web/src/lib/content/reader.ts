// The web app's IPFS reads, through the content layer (@agora/content): every byte verified
// against its CID in the browser, gateways from config.json tried in order with a timeout.
// The content layer is imported on first use, so pages that read no IPFS never load it.
import type { DocumentKind, DocumentOf, ListingMetadata, Profile } from "@agora/content";

export type ContentErrorKind =
  /** No gateway has it (or the path is not in the directory). */
  | "notFound"
  /** The gateways did not answer in time. */
  | "timeout"
  /** No gateway answered with a verified copy (down, refused, or bytes that fail their hash). */
  | "unavailable"
  /** It was read and verified, but is not a valid document (malformed JSON, failed schema). */
  | "unreadable"
  /** This site has no gateways configured. */
  | "notConfigured";

export class ContentError extends Error {
  constructor(
    readonly kind: ContentErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ContentError";
  }
}

export type DocumentRead<T> = { ok: true; document: T; files: string[] } | { ok: false; issues: string[] };

/** What pages read from IPFS. Tests pass a fake one to ContentProvider. */
export interface ContentReader {
  /** A photo (or any file) as a `blob:` URL, verified. */
  blobUrl(address: string, signal?: AbortSignal): Promise<string>;
  /** A listing directory's metadata.json, verified and validated. */
  listing(cid: string, signal?: AbortSignal): Promise<DocumentRead<ListingMetadata>>;
  /** A profile directory's profile.json, verified and validated. */
  profile(cid: string, signal?: AbortSignal): Promise<DocumentRead<Profile>>;
  /** Any document directory (review, evidence, …), verified and validated. */
  document<K extends DocumentKind>(kind: K, cid: string, signal?: AbortSignal): Promise<DocumentRead<DocumentOf<K>>>;
  /** A file's bytes, verified (sealed envelopes, message files). */
  bytes(address: string, signal?: AbortSignal): Promise<Uint8Array>;
}

export interface ContentReaderOptions {
  gateways: readonly string[];
  /** For each whole read across all gateways. */
  timeoutMs?: number;
}

/** Maps the content layer's errors (by name: the module is loaded lazily) to a kind pages show. */
function toContentError(error: unknown): ContentError {
  if (error instanceof ContentError) return error;
  const e = error as Error;
  const kind: ContentErrorKind =
    e?.name === "ContentNotFoundError" ? "notFound" : e?.name === "ContentTimeoutError" ? "timeout" : "unavailable";
  return new ContentError(kind, e?.message ?? String(error));
}

export function createContentReader({ gateways, timeoutMs = 10_000 }: ContentReaderOptions): ContentReader {
  let loading: Promise<typeof import("@agora/content")> | undefined;
  const load = () => (loading ??= import("@agora/content"));
  // Most pages show photos: fetch the content layer while the first index query is in flight.
  if (gateways.length > 0 && typeof window !== "undefined") setTimeout(() => void load().catch(() => {}), 0);
  const guard = async <T>(run: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (gateways.length === 0) throw new ContentError("notConfigured", "No ipfsGateways in config.json");
    try {
      return await run();
    } catch (error) {
      if (signal?.aborted) throw error;
      throw toContentError(error);
    }
  };
  const readDocument = <K extends DocumentKind>(kind: K, cid: string, signal?: AbortSignal) =>
    guard(async () => {
      const content = await load();
      const result = await content.readDocument(kind, cid, { gateways, timeoutMs, signal });
      return result.ok
        ? { ok: true as const, document: result.document as DocumentOf<K>, files: result.files }
        : { ok: false as const, issues: result.issues.map((issue) => `${issue.path || "/"}: ${issue.message}`) };
    }, signal);
  return {
    blobUrl: (address, signal) =>
      guard(async () => (await load()).readBlobUrl(address, { gateways, timeoutMs, signal }), signal),
    listing: (cid, signal) => readDocument("listing", cid, signal) as Promise<DocumentRead<ListingMetadata>>,
    profile: (cid, signal) => readDocument("profile", cid, signal) as Promise<DocumentRead<Profile>>,
    document: readDocument,
    bytes: (address, signal) =>
      guard(async () => (await load()).readVerified(address, { gateways, timeoutMs, signal }), signal),
  };
}
