import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { exporter, walkPath, type PathEntry, type UnixFSEntry } from "ipfs-unixfs-exporter";
import { CID } from "multiformats/cid";
import { encodeCar } from "../car.js";
import { contentTypeForPath, sniffContentType } from "../content-types.js";
import { CarRejectedError, importCar } from "./import-car.js";
import { boundaryOf, parseMultipart } from "./multipart.js";
import { openRepo, walkDag, type Repo } from "./repo.js";

export const DEFAULT_MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface IpfsNodeOptions {
  /** Port on 127.0.0.1 (0 = any free port). */
  port: number;
  /** Folder for the blockstore, datastore and pins. */
  repo: string;
  /** Origins allowed to call the RPC API from a browser (gateway reads are open to any origin). */
  corsOrigins?: readonly string[];
  /** `dag/import` bodies over this get 413 (default 20 MiB). */
  maxUploadBytes?: number;
  /** Log one line per request to stderr. */
  log?: (line: string) => void;
}

export interface IpfsNode {
  /** `http://127.0.0.1:<port>`: gateway at `/ipfs/…`, RPC at `/api/v0/…`. */
  readonly url: string;
  readonly port: number;
  readonly repo: Repo;
  readonly server: Server;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const IMMUTABLE = "public, max-age=29030400, immutable";
const KUBO_VERSION = {
  Version: "0.38.0",
  Commit: "agora-helia",
  Repo: "16",
  System: `${process.arch}/${process.platform}`,
  Golang: "n/a",
};

function errorName(error: unknown): string {
  return (error as { name?: string })?.name ?? "";
}

function isNotFound(error: unknown): boolean {
  const name = errorName(error);
  return name === "NotFoundError" || name === "BlockNotFoundWhileOfflineError" || name === "BadPathError";
}

function parseCid(text: string): CID {
  if (!text) throw new HttpError(400, "missing CID: use /ipfs/<cid>[/path]");
  try {
    return CID.parse(text);
  } catch {
    throw new HttpError(400, `invalid CID: ${text.slice(0, 100)}`);
  }
}

/**
 * Status of an error met while walking or exporting `<cid>/<path>` whose root block this node
 * holds. Imports are all-or-nothing, so the whole DAG is here: a missing link is a path that will
 * never exist (404), not content still to come; a codec the exporter cannot read is the request's
 * fault (400). Anything else is a real fault and stays a 500.
 */
function pathError(error: unknown, ipfsPath: string): unknown {
  if (isNotFound(error)) return new HttpError(404, `${ipfsPath} not found: ${(error as Error).message}`);
  if (errorName(error) === "NoResolverError")
    return new HttpError(400, `${ipfsPath}: unsupported codec (${(error as Error).message})`);
  return error;
}

/** Kubo-style RPC error body. */
function rpcError(res: ServerResponse, status: number, message: string) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify({ Message: message, Code: 0, Type: "error" }));
}

function textError(res: ServerResponse, status: number, message: string, head: boolean) {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" });
  res.end(head ? undefined : `${message}\n`);
}

/** Reads a body up to `limit` bytes; past it, drains (up to 4×) so the client sees the 413. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit * 4) {
    req.destroy();
    throw new HttpError(413, `upload of ${declared} bytes is over the ${limit}-byte limit`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      over = true;
      chunks.length = 0;
      if (size > limit * 4) break;
      continue;
    }
    chunks.push(chunk);
  }
  if (over || declared > limit) throw new HttpError(413, `upload is over the ${limit}-byte limit`);
  return Buffer.concat(chunks);
}

function acceptFormat(accept: string | undefined): string | undefined {
  if (!accept) return undefined;
  if (accept.includes("application/vnd.ipld.raw")) return "raw";
  if (accept.includes("application/vnd.ipld.car")) return "car";
  return undefined;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The entries along `cid/path` (root first) and the exported terminal entry. */
async function resolvePath(
  repo: Repo,
  cid: CID,
  path: string[],
): Promise<{ entries: PathEntry[]; terminal: UnixFSEntry }> {
  const entries: PathEntry[] = [];
  for await (const entry of walkPath(`${cid}${path.length ? `/${path.join("/")}` : ""}`, repo.exporterStore))
    entries.push(entry);
  const last = entries.at(-1);
  if (!last) throw new HttpError(404, "path not found");
  return { entries, terminal: await exporter(last.cid, repo.exporterStore) };
}

async function handleGateway(repo: Repo, req: IncomingMessage, res: ServerResponse, url: URL) {
  const head = req.method === "HEAD";
  const [cidText = "", ...rawPath] = url.pathname.slice("/ipfs/".length).split("/");
  const cid = parseCid(cidText);
  const trailingSlash = rawPath.length > 0 && rawPath.at(-1) === "";
  const path = rawPath.filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw new HttpError(400, `malformed percent-encoding in path segment ${JSON.stringify(segment.slice(0, 100))}`);
    }
  });
  const ipfsPath = `/ipfs/${cid}${path.length ? `/${path.join("/")}` : ""}`;

  if (!(await repo.has(cid))) {
    // A node that never fetches has exactly what it caches: `only-if-cached` gets 412 when absent.
    if (/only-if-cached/i.test(req.headers["cache-control"] ?? ""))
      throw new HttpError(412, `${cid} is not in this node`);
    throw new HttpError(404, `${cid} is not in this node`);
  }
  const format = url.searchParams.get("format") ?? acceptFormat(req.headers.accept);
  const common = {
    "x-ipfs-path": ipfsPath,
    "cache-control": IMMUTABLE,
    "x-content-type-options": "nosniff",
  };

  let resolved;
  try {
    resolved = await resolvePath(repo, cid, path);
  } catch (error) {
    throw pathError(error, ipfsPath);
  }
  const { entries, terminal } = resolved;
  const roots = entries.map((entry) => entry.cid.toString()).join(",");

  if (format === "raw") {
    const bytes = await repo.get(terminal.cid);
    res.writeHead(200, {
      ...common,
      "content-type": "application/vnd.ipld.raw",
      "content-length": bytes.length,
      etag: `"${terminal.cid}.raw"`,
      "x-ipfs-roots": roots,
      "content-disposition": `attachment; filename="${terminal.cid}.bin"`,
      vary: "Accept",
    });
    res.end(head ? undefined : bytes);
    return;
  }
  if (format === "car") {
    const scopeParam = url.searchParams.get("dag-scope") ?? "all";
    if (scopeParam !== "all" && scopeParam !== "entity" && scopeParam !== "block")
      throw new HttpError(400, `unknown dag-scope ${scopeParam}`);
    const blocks: { cid: CID; bytes: Uint8Array }[] = [];
    for (const entry of entries.slice(0, -1)) blocks.push({ cid: entry.cid, bytes: await repo.get(entry.cid) });
    for await (const block of walkDag(repo, terminal.cid, scopeParam)) blocks.push(block);
    const car = encodeCar(cid, blocks);
    res.writeHead(200, {
      ...common,
      "content-type": "application/vnd.ipld.car; version=1; order=dfs; dups=n",
      "content-length": car.length,
      etag: `"${terminal.cid}.car.${scopeParam}"`,
      "x-ipfs-roots": roots,
      "content-disposition": `attachment; filename="${terminal.cid}.car"`,
      vary: "Accept",
    });
    res.end(head ? undefined : car);
    return;
  }
  if (format) throw new HttpError(400, `unsupported format ${format} (this node serves raw, car and UnixFS)`);

  let entry = terminal;
  let name = path.at(-1) ?? "";
  if (entry.type === "directory") {
    const names: string[] = [];
    for await (const child of entry.entries()) names.push(child.name);
    if (names.includes("index.html")) {
      if (!trailingSlash && !url.pathname.endsWith("/")) {
        res.writeHead(301, { ...common, location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      entry = await exporter(`${entry.cid}/index.html`, repo.exporterStore);
      name = "index.html";
    } else {
      const base = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
      const items = names
        .map((n) => `<li><a href="${escapeHtml(base + encodeURIComponent(n))}">${escapeHtml(n)}</a></li>`)
        .join("");
      const html = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(ipfsPath)}</title><h1>${escapeHtml(ipfsPath)}</h1><ul>${items}</ul>\n`;
      res.writeHead(200, {
        ...common,
        "content-type": "text/html; charset=utf-8",
        etag: `"DirIndex-${terminal.cid}"`,
        "x-ipfs-roots": roots,
      });
      res.end(head ? undefined : html);
      return;
    }
  }
  if (entry.type === "object" || entry.type === "directory")
    throw new HttpError(400, `${ipfsPath} is not a UnixFS file`);

  const etag = `"${entry.cid}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { ...common, etag });
    res.end();
    return;
  }
  const content = entry.content()[Symbol.asyncIterator]();
  const first = await content.next();
  const firstChunk = first.done ? new Uint8Array() : first.value;
  const type = contentTypeForPath(name) ?? sniffContentType(firstChunk);
  res.writeHead(200, {
    ...common,
    "content-type": type,
    "content-length": Number(entry.size),
    etag,
    "x-ipfs-roots": roots,
    "access-control-expose-headers": "Content-Length, Content-Type, X-Ipfs-Path, X-Ipfs-Roots, Etag",
  });
  if (head) {
    await content.return?.();
    res.end();
    return;
  }
  async function* rest() {
    yield firstChunk;
    for (;;) {
      const next = await content.next();
      if (next.done) return;
      yield next.value;
    }
  }
  await pipeline(Readable.from(rest()), res);
}

/** The one `arg` of a command that takes exactly one. */
function argOf(url: URL): string {
  const args = url.searchParams.getAll("arg");
  if (args.length > 1) throw new HttpError(400, `this node takes one "arg" per call (got ${args.length})`);
  const arg = args[0];
  if (!arg) throw new HttpError(400, 'argument "arg" is required');
  return arg;
}

/** `<cid>[/path]` or `/ipfs/<cid>[/path]`: the root CID and the normalised path. */
function parseIpfsPath(arg: string): { cid: CID; path: string[]; ipfsPath: string } {
  if (/^\/ipns\//.test(arg)) throw new HttpError(400, `${arg.slice(0, 100)}: this node resolves no IPNS names`);
  const bare = arg.replace(/^\/ipfs\//, "");
  if (bare.startsWith("/"))
    throw new HttpError(400, `invalid path ${arg.slice(0, 100)}: use <cid>[/path] or /ipfs/<cid>[/path]`);
  const [cidText = "", ...segments] = bare.split("/");
  const cid = parseCid(cidText);
  const path = segments.filter(Boolean);
  return { cid, path, ipfsPath: `${cid}${path.length ? `/${path.join("/")}` : ""}` };
}

/** A non-negative integer query parameter, or undefined when absent. */
function integerParam(url: URL, name: string): number | undefined {
  const text = url.searchParams.get(name);
  if (text === null) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value))
    throw new HttpError(
      400,
      `invalid value ${JSON.stringify(text.slice(0, 100))} for "${name}": expected a non-negative integer`,
    );
  return value;
}

/** A boolean query parameter as Kubo reads them (Go's ParseBool; a bare `?flag` is true). */
function booleanParam(url: URL, name: string, fallback: boolean): boolean {
  const text = url.searchParams.get(name);
  if (text === null) return fallback;
  if (["", "1", "t", "T", "true", "TRUE", "True"].includes(text)) return true;
  if (["0", "f", "F", "false", "FALSE", "False"].includes(text)) return false;
  throw new HttpError(400, `invalid value ${JSON.stringify(text.slice(0, 100))} for "${name}": expected true or false`);
}

async function handleRpc(repo: Repo, req: IncomingMessage, res: ServerResponse, url: URL, maxUploadBytes: number) {
  const command = url.pathname.slice("/api/v0/".length);
  switch (command) {
    case "version":
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(KUBO_VERSION));
      return;
    case "dag/import": {
      const body = await readBody(req, maxUploadBytes);
      const boundary = boundaryOf(req.headers["content-type"]);
      let cars: Uint8Array[];
      if (boundary) {
        try {
          cars = parseMultipart(body, boundary)
            .filter((part) => part.fileName !== undefined || part.name?.startsWith("file"))
            .map((part) => part.content);
        } catch (error) {
          throw new HttpError(400, `malformed multipart body: ${(error as Error).message}`);
        }
      } else {
        cars = [body];
      }
      if (cars.length === 0) throw new HttpError(400, 'no CAR in the request (send it as the multipart field "file")');
      const pinRoots = booleanParam(url, "pin-roots", true);
      const stats = booleanParam(url, "stats", false);
      if (!pinRoots)
        throw new HttpError(400, "this node always pins imported roots (pin-roots=false is not supported)");
      const lines: string[] = [];
      let blockCount = 0;
      let blockBytes = 0;
      for (const car of cars) {
        try {
          const result = await importCar(repo, car);
          blockCount += result.blockCount;
          blockBytes += result.blockBytes;
          for (const root of result.roots)
            lines.push(JSON.stringify({ Root: { Cid: { "/": root.toString() }, PinErrorMsg: "" } }));
        } catch (error) {
          if (error instanceof CarRejectedError) throw new HttpError(400, error.message);
          throw error;
        }
      }
      if (stats) lines.push(JSON.stringify({ Stats: { BlockCount: blockCount, BlockBytesCount: blockBytes } }));
      res.writeHead(200, { "content-type": "application/json", "x-chunked-output": "1" });
      res.end(`${lines.join("\n")}\n`);
      return;
    }
    case "cat": {
      // Everything is checked before the 200 goes out: after it, a failure can only cut the stream.
      const { cid, ipfsPath } = parseIpfsPath(argOf(url));
      const offset = integerParam(url, "offset") ?? 0;
      const length = integerParam(url, "length");
      // Content that may still arrive (a later import) keeps Kubo's offline answer, a 500, which
      // graph-node retries; what can never succeed below is a 4xx.
      if (!(await repo.has(cid))) throw new HttpError(500, `${ipfsPath}: not found in this node (offline)`);
      let entry: UnixFSEntry;
      try {
        entry = await exporter(ipfsPath, repo.exporterStore);
      } catch (error) {
        throw pathError(error, ipfsPath);
      }
      if (entry.type === "directory") throw new HttpError(400, `${ipfsPath}: this dag node is a directory`);
      if (entry.type === "object")
        throw new HttpError(400, `${ipfsPath}: unknown node type: cat reads UnixFS files only`);
      const size = Number(entry.size);
      res.writeHead(200, {
        "content-type": "text/plain",
        "x-stream-output": "1",
        "x-content-length": String(size),
        "access-control-expose-headers": "X-Stream-Output, X-Chunked-Output, X-Content-Length",
      });
      // An offset at or past the end reads nothing; a length past the end reads to the end.
      if (offset >= size || length === 0) {
        res.end();
        return;
      }
      await pipeline(Readable.from(entry.content({ offset, ...(length !== undefined ? { length } : {}) })), res);
      return;
    }
    case "block/get": {
      const { cid, path, ipfsPath } = parseIpfsPath(argOf(url));
      if (path.length > 0) throw new HttpError(400, `block/get takes a CID, not a path: ${ipfsPath.slice(0, 100)}`);
      let bytes: Uint8Array;
      try {
        bytes = await repo.get(cid);
      } catch (error) {
        if (isNotFound(error)) throw new HttpError(500, `block ${cid} was not found locally (offline)`);
        throw error;
      }
      res.writeHead(200, { "content-type": "application/octet-stream", "content-length": bytes.length });
      res.end(bytes);
      return;
    }
    case "pin/ls": {
      // Every pin here is recursive (imports pin their roots); blocks under a root are indirect.
      const type = url.searchParams.get("type") ?? "all";
      if (!["all", "recursive", "direct", "indirect"].includes(type))
        throw new HttpError(
          400,
          `invalid type ${JSON.stringify(type.slice(0, 100))}: use all, recursive, direct or indirect`,
        );
      const stream = booleanParam(url, "stream", false);
      const args = url.searchParams.getAll("arg");
      const keys: Record<string, { Type: string }> = {};
      if (args.length === 0) {
        if (type === "indirect") throw new HttpError(501, "this node does not list indirect pins without an arg");
        if (type !== "direct")
          for await (const pin of repo.helia.pins.ls()) keys[pin.cid.toString()] = { Type: "recursive" };
      }
      for (const arg of args) {
        const { cid, path, ipfsPath } = parseIpfsPath(arg);
        const notPinned = new HttpError(500, `path '${arg}' is not pinned`); // Kubo's answer
        let target = cid;
        if (path.length > 0) {
          if (!(await repo.has(cid))) throw notPinned;
          try {
            target = (await resolvePath(repo, cid, path)).terminal.cid;
          } catch (error) {
            throw pathError(error, ipfsPath);
          }
        }
        if (!(await repo.helia.pins.isPinned(target))) throw notPinned;
        const isRoot = await repo.helia.pins.get(target).then(
          () => true,
          () => false,
        );
        const pinType = isRoot ? "recursive" : "indirect";
        if (type !== "all" && type !== pinType) throw notPinned;
        keys[target.toString()] = { Type: pinType };
      }
      res.writeHead(200, { "content-type": "application/json" });
      if (stream) {
        res.end(
          Object.entries(keys)
            .map(([cid, { Type }]) => JSON.stringify({ Cid: cid, Type }))
            .join("\n") + "\n",
        );
      } else {
        res.end(JSON.stringify({ Keys: keys }));
      }
      return;
    }
    default:
      throw new HttpError(404, `command not found: ${command}`);
  }
}

/** Starts the local IPFS node: gateway + Kubo RPC subset on one port of 127.0.0.1. */
export async function startIpfsNode(options: IpfsNodeOptions): Promise<IpfsNode> {
  const repo = await openRepo(options.repo);
  const maxUploadBytes = options.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const corsOrigins = new Set(options.corsOrigins ?? []);
  const log = options.log;

  const server = createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://127.0.0.1");
    } catch {
      // An absolute-form target that is no URL ("GET http://[ HTTP/1.1"): answered here, since a
      // throw in this callback would take the whole node down.
      res.on("finish", () => log?.(`${req.method} ${JSON.stringify(req.url)} ${res.statusCode}`));
      return textError(res, 400, "malformed request target", req.method === "HEAD");
    }
    const origin = req.headers.origin;
    const isRpc = url.pathname.startsWith("/api/v0/");
    const isGateway = url.pathname.startsWith("/ipfs/");
    const rpcOriginAllowed = origin !== undefined && (corsOrigins.has(origin) || corsOrigins.has("*"));
    if (isGateway) {
      res.setHeader("access-control-allow-origin", "*");
    } else if (isRpc && rpcOriginAllowed) {
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "Origin");
    }
    res.on("finish", () => log?.(`${req.method} ${url.pathname}${url.search} ${res.statusCode}`));

    const run = async () => {
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          "access-control-allow-methods": isRpc ? "POST, OPTIONS" : "GET, HEAD, OPTIONS",
          "access-control-allow-headers": "Content-Type, Range, Authorization, Accept, Cache-Control",
          "access-control-max-age": "86400",
        });
        res.end();
        return;
      }
      if (isGateway) {
        if (req.method !== "GET" && req.method !== "HEAD") throw new HttpError(405, "the gateway answers GET and HEAD");
        return handleGateway(repo, req, res, url);
      }
      if (isRpc) {
        if (req.method !== "POST") throw new HttpError(405, "the RPC API answers POST only");
        // Like Kubo: a browser may only call the RPC API from an allowed origin.
        if (origin !== undefined && !rpcOriginAllowed)
          throw new HttpError(403, `origin ${origin} may not use the RPC API`);
        return handleRpc(repo, req, res, url, maxUploadBytes);
      }
      throw new HttpError(404, "not found: use /ipfs/<cid> or /api/v0/<command>");
    };
    run().catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500 && !(error instanceof HttpError)) log?.(`error: ${(error as Error)?.stack ?? message}`);
      if (status === 413) res.setHeader("connection", "close");
      if (isRpc) rpcError(res, status, message);
      else textError(res, status, message, req.method === "HEAD");
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      await repo.close();
    })());

  return { url: `http://127.0.0.1:${port}`, port, repo, server, stop };
}
