import * as CarBufferWriter from "@ipld/car/buffer-writer";
import { CarBufferReader } from "@ipld/car/buffer-reader";
import { importer, type ImportCandidate } from "ipfs-unixfs-importer";
import type { CID } from "multiformats/cid";
import { blockLinks, verifyBlock } from "./blocks.js";
import { varint } from "multiformats";
import { concatBytes, utf8 } from "./bytes.js";
import { documentKinds, parseDocument, type DocumentInputOf, type DocumentKind, type DocumentOf } from "./schemas.js";

export interface DirectoryFile {
  /** Relative path inside the directory, e.g. `metadata.json` or `photos/1.jpg`. */
  path: string;
  content: Uint8Array;
}

export interface BuiltCar {
  /** Root CID, known before anything is uploaded. */
  root: CID;
  /**
   * The CAR (v1, one root, blocks in depth-first order from the root) as consecutive segments;
   * block data is not copied (leaves are views of the input). Uploads stream these directly.
   */
  chunks: Uint8Array[];
  /** Total CAR size in bytes. */
  size: number;
  /** The CAR as one contiguous array (concatenated on first use). */
  readonly bytes: Uint8Array;
  blockCount: number;
  /** Each imported file's own CID and size. */
  files: { path: string; cid: CID; size: number }[];
}

interface Block {
  cid: CID;
  bytes: Uint8Array;
}

/** The CID profile of IPIP-499: CIDv1, raw leaves, 1 MiB chunks; identical CIDs to Kubo and Helia. */
const IMPORT_OPTIONS = { profile: "unixfs-v1-2025", cidVersion: 1, rawLeaves: true } as const;

function memoryBlockstore() {
  const blocks = new Map<string, Block>();
  return {
    blocks,
    put(cid: CID, bytes: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {
      if (!(bytes instanceof Uint8Array)) throw new Error("unexpected streamed block from the importer");
      blocks.set(cid.toString(), { cid, bytes });
      return cid;
    },
  };
}

/** Orders blocks depth-first from the root (the trustless-gateway order), dropping duplicates. */
function depthFirst(root: CID, blocks: Map<string, Block>): Block[] {
  const ordered: Block[] = [];
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const cid = stack.pop()!;
    const key = cid.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    const block = blocks.get(key);
    if (!block) throw new Error(`importer produced no block for ${key}`);
    ordered.push(block);
    const links = blockLinks(block.cid, block.bytes);
    for (let i = links.length - 1; i >= 0; i--) stack.push(links[i]!);
  }
  return ordered;
}

/** A CARv1 as segments: header, then per block its length-and-CID prefix and its (uncopied) bytes. */
export function encodeCarChunks(root: CID, blocks: readonly Block[]): { chunks: Uint8Array[]; size: number } {
  const headerSize = CarBufferWriter.headerLength({ roots: [root] });
  const header = CarBufferWriter.createWriter(new ArrayBuffer(headerSize), { roots: [root], headerSize }).close();
  const chunks: Uint8Array[] = [header];
  let size = header.length;
  for (const { cid, bytes } of blocks) {
    const length = cid.bytes.length + bytes.length;
    const prefix = new Uint8Array(varint.encodingLength(length) + cid.bytes.length);
    varint.encodeTo(length, prefix, 0);
    prefix.set(cid.bytes, prefix.length - cid.bytes.length);
    chunks.push(prefix, bytes);
    size += prefix.length + bytes.length;
  }
  return { chunks, size };
}

export function encodeCar(root: CID, blocks: readonly Block[]): Uint8Array {
  return concatBytes(encodeCarChunks(root, blocks).chunks);
}

/** 1 MiB: the profile's chunk size. Pre-split input lets leaves be views of it, never copies. */
const CHUNK_SIZE = 1024 * 1024;

function* splitContent(content: Uint8Array): Generator<Uint8Array> {
  for (let offset = 0; offset < content.length; offset += CHUNK_SIZE)
    yield content.subarray(offset, offset + CHUNK_SIZE);
  if (content.length === 0) yield content;
}

async function importToCar(candidates: ImportCandidate[], wrapWithDirectory: boolean): Promise<BuiltCar> {
  const store = memoryBlockstore();
  const files: BuiltCar["files"] = [];
  let root: CID | undefined;
  for await (const entry of importer(candidates, store, { ...IMPORT_OPTIONS, wrapWithDirectory })) {
    if (entry.path === "" || !wrapWithDirectory) root = entry.cid;
    if (entry.path) files.push({ path: entry.path, cid: entry.cid, size: Number(entry.size) });
  }
  if (!root) throw new Error("nothing was imported");
  const blocks = depthFirst(root, store.blocks);
  const { chunks, size } = encodeCarChunks(root, blocks);
  let bytes: Uint8Array | undefined;
  return {
    root,
    chunks,
    size,
    get bytes() {
      return (bytes ??= concatBytes(chunks));
    },
    blockCount: blocks.length,
    files,
  };
}

/** Packs files into one UnixFS directory and returns it as a CAR. */
export async function buildDirectoryCar(files: readonly DirectoryFile[]): Promise<BuiltCar> {
  if (files.length === 0) throw new Error("a directory needs at least one file");
  const paths = new Set<string>();
  for (const file of files) {
    if (paths.has(file.path)) throw new Error(`duplicate path ${file.path}`);
    paths.add(file.path);
  }
  return importToCar(
    files.map((file) => ({ path: file.path, content: splitContent(file.content) })),
    true,
  );
}

/** Packs one file (no directory) as a CAR; its root is the file's CID. */
export async function buildFileCar(content: Uint8Array): Promise<BuiltCar> {
  return importToCar([{ content: splitContent(content) }], false);
}

export class InvalidDocumentError extends Error {
  override name = "InvalidDocumentError";
  constructor(
    message: string,
    readonly issues: { path: string; message: string }[],
  ) {
    super(message);
  }
}

export interface BuiltDocument<K extends DocumentKind> extends BuiltCar {
  document: DocumentOf<K>;
}

/**
 * Validates a document (listing, profile, review, evidence) and its files, then builds its
 * directory: `<kind file name>` (e.g. `metadata.json`) plus the files it references. Used by the
 * web app's forms and by the demo seeding alike.
 */
export async function buildDocumentCar<K extends DocumentKind>(
  kind: K,
  document: DocumentInputOf<K>,
  files: readonly DirectoryFile[] = [],
): Promise<BuiltDocument<K>> {
  const fileName = documentKinds[kind].fileName;
  if (files.some((file) => file.path === fileName)) throw new Error(`${fileName} is written from the document`);
  const parsed = parseDocument(
    kind,
    document,
    files.map((file) => file.path),
  );
  if (!parsed.ok) {
    throw new InvalidDocumentError(
      `invalid ${kind}: ${parsed.issues.map((issue) => `${issue.path || "(document)"}: ${issue.message}`).join("; ")}`,
      parsed.issues,
    );
  }
  const json = utf8(`${JSON.stringify(parsed.value, null, 2)}\n`);
  const built = await buildDirectoryCar([{ path: fileName, content: json }, ...files]);
  return Object.assign(built, { document: parsed.value });
}

/** `buildDocumentCar("listing", metadata, photos)`. */
export const buildListingCar = (metadata: DocumentInputOf<"listing">, photos: readonly DirectoryFile[]) =>
  buildDocumentCar("listing", metadata, photos);

export interface VerifiedCar {
  roots: CID[];
  /** Every block, hash-checked, keyed by CID string. */
  blocks: Map<string, Block>;
}

/** Parses a CAR and checks every block against its CID; throws on malformed or tampered input. */
export async function readVerifiedCar(bytes: Uint8Array, codecs?: ReadonlySet<number>): Promise<VerifiedCar> {
  let reader: CarBufferReader;
  try {
    reader = CarBufferReader.fromBytes(bytes);
  } catch (error) {
    throw new Error(`malformed CAR: ${(error as Error).message}`);
  }
  const blocks = new Map<string, Block>();
  for (const block of reader.blocks()) {
    await verifyBlock(block.cid, block.bytes, codecs);
    blocks.set(block.cid.toString(), block);
  }
  return { roots: reader.getRoots(), blocks };
}
