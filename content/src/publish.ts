import { buildDocumentCar, type DirectoryFile } from "./car.js";
import type { DocumentInputOf, DocumentKind } from "./schemas.js";
import { uploadBuiltCar, type UploadCarOptions, type UploadTarget } from "./upload.js";

/**
 * Validates, builds and uploads a document directory in one call, checking the returned root:
 * what the Sell form and the demo seeding both do. Resolves with the root CID to put on chain.
 */
export async function publishDocument<K extends DocumentKind>(
  target: UploadTarget,
  kind: K,
  document: DocumentInputOf<K>,
  files: readonly DirectoryFile[] = [],
  options: UploadCarOptions = {},
) {
  const built = await buildDocumentCar(kind, document, files);
  const { root } = await uploadBuiltCar(target, built, options);
  return { root, document: built.document, bytes: built.size };
}
