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

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string })?.name ?? "";
  return name === "NotFoundError" || name === "BlockNotFoundWhileOfflineError" || name === "BadPathError";
}

function parseCid(text: string): CID {
  try {
    return CID.parse(text);
  } catch {
    throw new HttpError(400, `invalid CID: ${text.slice(0, 100)}`);
  }
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
  const path = rawPath.filter(Boolean).map((segment) => decodeURIComponent(segment));
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
    if (isNotFound(error)) throw new HttpError(404, `${ipfsPath} not found`);
    throw error;
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

function argOf(url: URL): string {
  const arg = url.searchParams.get("arg");
  if (!arg) throw new HttpError(400, 'argument "arg" is required');
  return arg.replace(/^\/ipfs\//, "");
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
      const pinRoots = url.searchParams.get("pin-roots") !== "false";
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
      if (url.searchParams.get("stats") === "true")
        lines.push(JSON.stringify({ Stats: { BlockCount: blockCount, BlockBytesCount: blockBytes } }));
      res.writeHead(200, { "content-type": "application/json", "x-chunked-output": "1" });
      res.end(`${lines.join("\n")}\n`);
      return;
    }
    case "cat": {
      const arg = argOf(url);
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const lengthParam = url.searchParams.get("length");
      let entry: UnixFSEntry;
      try {
        entry = await exporter(arg, repo.exporterStore);
      } catch (error) {
        if (isNotFound(error)) throw new HttpError(500, `${arg}: not found in this node (offline)`);
        throw new HttpError(500, (error as Error).message);
      }
      if (entry.type === "directory") throw new HttpError(500, "this dag node is a directory");
      if (entry.type === "object") throw new HttpError(500, "unknown node type: cat reads UnixFS only");
      const size = Number(entry.size);
      res.writeHead(200, {
        "content-type": "text/plain",
        "x-stream-output": "1",
        "x-content-length": String(size),
        "access-control-expose-headers": "X-Stream-Output, X-Chunked-Output, X-Content-Length",
      });
      await pipeline(
        Readable.from(entry.content({ offset, ...(lengthParam ? { length: Number(lengthParam) } : {}) })),
        res,
      );
      return;
    }
    case "block/get": {
      const cid = parseCid(argOf(url));
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
      const arg = url.searchParams.get("arg");
      const keys: Record<string, { Type: string }> = {};
      if (arg) {
        const cid = parseCid(arg.replace(/^\/ipfs\//, "").split("/")[0]!);
        if (!(await repo.helia.pins.isPinned(cid))) throw new HttpError(500, `path '${arg}' is not pinned`);
        keys[cid.toString()] = { Type: "recursive" };
      } else {
        for await (const pin of repo.helia.pins.ls()) keys[pin.cid.toString()] = { Type: "recursive" };
      }
      res.writeHead(200, { "content-type": "application/json" });
      if (url.searchParams.get("stream") === "true") {
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
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
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
