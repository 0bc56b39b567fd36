import { exporter, NotFoundError, type UnixFSEntry } from "ipfs-unixfs-exporter";
import { CID } from "multiformats/cid";
import { mapBlockstore, MissingBlockError } from "./blocks.js";
import { collectBytes, fromUtf8 } from "./bytes.js";
import { readVerifiedCar } from "./car.js";
import { contentTypeForPath } from "./content-types.js";
import {
  documentKinds,
  parseDocument,
  referencedPaths,
  type DocumentIssue,
  type DocumentKind,
  type DocumentOf,
} from "./schemas.js";

/**
 * Verified reads: every byte is checked against its CID before it is returned. Gateways are a
 * list tried in order; each answers a trustless CAR (`?format=car`) whose blocks are hash-checked
 * and walked from the requested CID. Reads always end: a missing CID fails with a clear error.
 */
export interface ReadOptions {
  /** Gateway base URLs (e.g. `http://127.0.0.1:5001`, `https://trustless-gateway.link`), tried in order. */
  gateways: readonly string[];
  /** Time for the whole read across all gateways (default 15 s). */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Refuse larger answers (default 64 MiB). */
  maxBytes?: number;
}

export class ContentReadError extends Error {
  override name = "ContentReadError";
  constructor(
    message: string,
    /** What each gateway answered. */
    readonly attempts: string[] = [],
  ) {
    super(attempts.length > 0 ? `${message} (${attempts.join("; ")})` : message);
  }
}
/** No gateway has the content (or the path does not exist in it). */
export class ContentNotFoundError extends ContentReadError {
  override name = "ContentNotFoundError";
}
/** The read did not finish in time. */
export class ContentTimeoutError extends ContentReadError {
  override name = "ContentTimeoutError";
}

/** A CID's raw bytes as the contracts take them (`bytes` arguments), in 0x-hex. */
export function cidToHex(cid: string | CID): `0x${string}` {
  const bytes = (typeof cid === "string" ? CID.parse(cid) : cid).bytes;
  return `0x${Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

export interface IpfsAddress {
  cid: CID;
  /** Path inside the root, without leading slash ("" for the root itself). */
  path: string;
}

/** Accepts `<cid>`, `<cid>/<path>`, `/ipfs/<cid>/<path>` and `ipfs://<cid>/<path>`. */
export function parseIpfsAddress(address: string | CID): IpfsAddress {
  if (typeof address !== "string") return { cid: address, path: "" };
  const trimmed = address.replace(/^ipfs:\/\//, "").replace(/^\/?ipfs\//, "");
  const [first = "", ...rest] = trimmed.split("/");
  let cid: CID;
  try {
    cid = CID.parse(first);
  } catch {
    throw new ContentReadError(`not an IPFS address: ${address}`);
  }
  return { cid, path: rest.filter(Boolean).join("/") };
}

const CAR_ACCEPT = "application/vnd.ipld.car; version=1; order=dfs; dups=y";

function encodePath(path: string): string {
  return path ? `/${path.split("/").map(encodeURIComponent).join("/")}` : "";
}

async function fetchVerifiedEntry(gateway: string, { cid, path }: IpfsAddress, signal: AbortSignal, maxBytes: number) {
  const base = gateway.replace(/\/+$/, "");
  const response = await fetch(`${base}/ipfs/${cid}${encodePath(path)}?format=car&dag-scope=entity`, {
    headers: { accept: CAR_ACCEPT },
    signal,
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return { notFound: true as const, message: `${base}: not found` };
  }
  if (response.status !== 200) {
    await response.body?.cancel();
    throw new Error(`${base}: HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`${base}: answer of ${declared} bytes is over the ${maxBytes}-byte limit`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new Error(`${base}: answer is over the ${maxBytes}-byte limit`);
  const car = await readVerifiedCar(bytes);
  const store = mapBlockstore(car.blocks);
  const entry = await exporter(`${cid}${path ? `/${path}` : ""}`, store);
  return { entry, store };
}

async function withDeadline<T>(
  options: ReadOptions,
  what: string,
  run: (signal: AbortSignal, attempts: string[]) => Promise<T>,
) {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const attempts: string[] = [];
  try {
    return await run(signal, attempts);
  } catch (error) {
    if (timeout.aborted)
      throw new ContentTimeoutError(`reading ${what} timed out after ${timeoutMs / 1000} s`, attempts);
    throw error;
  }
}

/** Resolves an address to a verified UnixFS entry, trying each gateway in turn. */
async function resolveEntry(address: IpfsAddress, options: ReadOptions, signal: AbortSignal, attempts: string[]) {
  const what = `${address.cid}${encodePath(address.path)}`;
  if (options.gateways.length === 0) throw new ContentReadError(`no gateways configured to read ${what}`);
  let allNotFound = true;
  for (const gateway of options.gateways) {
    try {
      const result = await fetchVerifiedEntry(gateway, address, signal, options.maxBytes ?? 64 * 1024 * 1024);
      if (result.notFound) {
        attempts.push(result.message);
        continue;
      }
      return result;
    } catch (error) {
      if (signal.aborted) throw error;
      const e = error as Error;
      if (e instanceof NotFoundError) {
        attempts.push(`${gateway}: ${e.message}`);
        continue;
      }
      allNotFound = false;
      const cause = e.cause instanceof Error ? ` (${e.cause.message})` : "";
      attempts.push(
        e instanceof MissingBlockError
          ? `${gateway}: incomplete answer, ${e.message}`
          : `${gateway}: ${e.message}${cause}`,
      );
    }
  }
  if (allNotFound) throw new ContentNotFoundError(`${what} was not found on any gateway`, attempts);
  throw new ContentReadError(`could not read a verified copy of ${what}`, attempts);
}

async function entryBytes(entry: UnixFSEntry, what: string): Promise<Uint8Array> {
  if (entry.type === "directory") throw new ContentReadError(`${what} is a directory, not a file`);
  if (entry.type === "object") throw new ContentReadError(`${what} is not UnixFS`);
  return collectBytes(entry.content());
}

/** Reads a file's bytes, verified against its CID. */
export function readVerified(address: string | CID, options: ReadOptions): Promise<Uint8Array> {
  const parsed = parseIpfsAddress(address);
  const what = `${parsed.cid}${encodePath(parsed.path)}`;
  return withDeadline(options, what, async (signal, attempts) => {
    const { entry } = await resolveEntry(parsed, options, signal, attempts);
    try {
      return await entryBytes(entry, what);
    } catch (error) {
      if (error instanceof MissingBlockError)
        throw new ContentReadError(`gateway sent an incomplete CAR for ${what}: ${error.message}`);
      throw error;
    }
  });
}

/** Lists a directory's entry names (verified). */
export function listDirectory(address: string | CID, options: ReadOptions): Promise<string[]> {
  const parsed = parseIpfsAddress(address);
  const what = `${parsed.cid}${encodePath(parsed.path)}`;
  return withDeadline(options, what, async (signal, attempts) => {
    const { entry } = await resolveEntry(parsed, options, signal, attempts);
    if (entry.type !== "directory") throw new ContentReadError(`${what} is not a directory`);
    const names: string[] = [];
    for await (const child of entry.entries()) names.push(child.name);
    return names;
  });
}

export type ReadDocumentResult<K extends DocumentKind> =
  | { ok: true; root: string; document: DocumentOf<K>; files: string[] }
  | { ok: false; root: string; reason: "unreadable"; issues: DocumentIssue[] };

/**
 * Reads a document directory (e.g. a listing) and validates it, including that every file it
 * references is in the directory. A document that fails its schema is `{ ok: false, reason:
 * "unreadable" }` (shown as "unreadable listing"); a missing CID or a timeout throws.
 */
export async function readDocument<K extends DocumentKind>(
  kind: K,
  root: string | CID,
  options: ReadOptions,
): Promise<ReadDocumentResult<K>> {
  const { cid } = parseIpfsAddress(root);
  const rootText = cid.toString();
  const [files, bytes] = await Promise.all([
    listDirectory(cid, options),
    readVerified(`${rootText}/${documentKinds[kind].fileName}`, options),
  ]);
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(bytes));
  } catch {
    return { ok: false, root: rootText, reason: "unreadable", issues: [{ path: "", message: "not UTF-8 JSON" }] };
  }
  // Paths in subfolders count as present when their top folder is (checked again when loaded).
  const present = new Set(files);
  const referenced = referencedPaths(kind, json).filter((p) => p.includes("/") && present.has(p.split("/")[0]!));
  const parsed = parseDocument(kind, json, [...files, ...referenced]);
  if (!parsed.ok) return { ok: false, root: rootText, reason: "unreadable", issues: parsed.issues };
  return { ok: true, root: rootText, document: parsed.value, files };
}

/** Reads an image (or any file) and returns a `blob:` URL typed by its file name (browser only). */
export async function readBlobUrl(address: string, options: ReadOptions): Promise<string> {
  const bytes = await readVerified(address, options);
  const type = contentTypeForPath(parseIpfsAddress(address).path) ?? "application/octet-stream";
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}
