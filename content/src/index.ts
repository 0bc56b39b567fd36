/**
 * @agora/content: browser-safe content layer shared by the web app, the demo seeding and tests.
 * Node-only pieces (the local IPFS node) are in `@agora/content/node`.
 */
import "./polyfill.js";

export * from "./schemas.js";
export * from "./crypto.js";
export * from "./car.js";
export * from "./upload.js";
export * from "./read.js";
export {
  createVerifiedFetchReader,
  type VerifiedFetchReader,
  type VerifiedFetchReaderOptions,
} from "./verified-fetch.js";
export { contentTypeForPath, sniffContentType } from "./content-types.js";
export { BlockVerificationError, MissingBlockError, UNIXFS_CODECS, verifyBlock, blockLinks } from "./blocks.js";
export { toBase64, fromBase64, utf8, fromUtf8 } from "./bytes.js";
export { publishDocument } from "./publish.js";
