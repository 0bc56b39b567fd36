// The listing directory (metadata.json + its photos) as a CAR built in the browser with the content
// layer: validated against agora/listing@1, its root CID known before anything leaves the page,
// then uploaded with progress to a Kubo-RPC endpoint whose answer must name that same root
// (uploadBuiltCar refuses any other with RootMismatchError). The content layer is loaded on use.
import type { BuiltDocument, DirectoryFile, ListingMetadataInput, UploadTarget } from "@agora/content";

export interface BuiltListing {
  /** The directory's root CID: what goes on chain once the node has stored it. */
  root: string;
  /** The CAR's size in bytes. */
  size: number;
  built: BuiltDocument<"listing">;
}

/** Validates the document against its files and builds the directory; throws InvalidDocumentError when invalid. */
export async function buildListing(
  document: ListingMetadataInput,
  files: readonly DirectoryFile[],
): Promise<BuiltListing> {
  const { buildListingCar } = await import("@agora/content");
  const built = await buildListingCar(document, files);
  return { root: built.root.toString(), size: built.size, built };
}

/** The site's upload endpoint (config.ipfsUploadUrl) as a content-layer target. */
export async function kuboTarget(url: string): Promise<UploadTarget> {
  const { kuboRpcTarget } = await import("@agora/content");
  return kuboRpcTarget({ url });
}

/**
 * Uploads a built listing, reporting progress 0..1, and resolves with its root once the node has
 * answered with that same root (RootMismatchError otherwise).
 */
export async function uploadListing(
  target: UploadTarget,
  listing: BuiltListing,
  { onProgress, signal }: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<string> {
  const { uploadBuiltCar } = await import("@agora/content");
  const { root } = await uploadBuiltCar(target, listing.built, {
    signal,
    onProgress: onProgress && (({ loaded, total }) => onProgress(total > 0 ? loaded / total : 1)),
  });
  return root;
}

/** Whether an upload failed because the node answered with another root (by name: the module loads lazily). */
export const isRootMismatch = (error: unknown) => error instanceof Error && error.name === "RootMismatchError";
