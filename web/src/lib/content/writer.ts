// The web app's IPFS writes, through the content layer: documents are validated and built into a
// CAR in the browser (their CID known before upload), uploaded with progress to the hoster's
// Kubo-RPC endpoint (config.ipfsUploadUrl), and the node's answer must match. Private payloads
// (shipping addresses, messages, deliveries) are sealed to their recipient's key first.
import type { DirectoryFile, DocumentInputOf, DocumentKind, UploadTarget } from "@agora/content";

export class UploadNotConfiguredError extends Error {
  override name = "UploadNotConfiguredError";
  constructor() {
    super("This site has no IPFS upload endpoint (ipfsUploadUrl in config.json)");
  }
}

export interface WriteOptions {
  /** 0..1 as the CAR is sent. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

export interface ContentWriter {
  /**
   * Seals text to a recipient's X25519 public key (base64) as an envelope, uploads it as one file
   * and resolves with its CID. `context` binds it to its use (see sealEnvelope).
   */
  sealText(recipientPublicKey: string, text: string, context: string, options?: WriteOptions): Promise<string>;
  /**
   * Uploads a JSON value (already sealed where private, e.g. a message file) as one file and
   * resolves with its CID.
   */
  uploadJson(value: unknown, options?: WriteOptions): Promise<string>;
  /** Uploads UTF-8 text as one bare file (e.g. a review reply) and resolves with its CID. */
  uploadText(text: string, options?: WriteOptions): Promise<string>;
  /** Validates, builds and uploads a document directory; resolves with its root CID. */
  publish<K extends DocumentKind>(
    kind: K,
    document: DocumentInputOf<K>,
    files?: readonly DirectoryFile[],
    options?: WriteOptions,
  ): Promise<string>;
}

const load = () => import("@agora/content");

export function createContentWriter(uploadUrl: string | undefined): ContentWriter {
  let target: Promise<UploadTarget> | undefined;
  const targetOf = () => {
    if (!uploadUrl) return Promise.reject(new UploadNotConfiguredError());
    return (target ??= load().then((content) => content.kuboRpcTarget({ url: uploadUrl })));
  };
  const progressOf = (options: WriteOptions) => ({
    signal: options.signal,
    onProgress: options.onProgress
      ? ({ loaded, total }: { loaded: number; total: number }) => options.onProgress!(total > 0 ? loaded / total : 1)
      : undefined,
  });
  const uploadText = async (text: string, options: WriteOptions = {}) => {
    const [content, upload] = await Promise.all([load(), targetOf()]);
    const built = await content.buildFileCar(content.utf8(text));
    const { root } = await content.uploadBuiltCar(upload, built, progressOf(options));
    return root;
  };
  return {
    async sealText(recipientPublicKey, text, context, options) {
      const envelope = (await load()).sealEnvelope(recipientPublicKey, text, { context });
      return uploadText(JSON.stringify(envelope), options);
    },
    uploadJson: (value, options) => uploadText(JSON.stringify(value), options),
    uploadText,
    async publish(kind, document, files = [], options = {}) {
      const [content, upload] = await Promise.all([load(), targetOf()]);
      const { root } = await content.publishDocument(upload, kind, document, files, progressOf(options));
      return String(root);
    },
  };
}
