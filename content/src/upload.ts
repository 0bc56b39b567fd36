import type { BuiltCar } from "./car.js";
import { utf8 } from "./bytes.js";

/**
 * Where CARs go. The local node by default; in production any Kubo-RPC `dag/import` endpoint the
 * hoster runs, or a pinning service used with the seller's own credentials. Credentials are
 * always supplied by the caller: nothing secret is ever built into the site.
 */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadCarOptions {
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

export interface UploadTarget {
  /** For messages, e.g. `kubo-rpc http://127.0.0.1:5001`. */
  readonly name: string;
  /** Uploads (and pins) a CAR, whole or as segments; resolves with the root CID(s) the service reports. */
  uploadCar(car: CarBytes, options?: UploadCarOptions): Promise<{ roots: string[] }>;
}

/** A CAR as one array or as consecutive segments (`BuiltCar.chunks`). */
export type CarBytes = Uint8Array | readonly Uint8Array[];

const segmentsOf = (car: CarBytes): readonly Uint8Array[] => (car instanceof Uint8Array ? [car] : car);
const sizeOf = (parts: readonly Uint8Array[]) => parts.reduce((sum, part) => sum + part.length, 0);

export class UploadError extends Error {
  override name = "UploadError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export class RootMismatchError extends UploadError {
  override name = "RootMismatchError";
}

interface HttpResult {
  status: number;
  body: string;
}

const CHUNK = 64 * 1024;

/**
 * POSTs bytes with upload progress: XMLHttpRequest in browsers (fetch cannot report upload
 * progress there), a streamed fetch body elsewhere (progress = bytes handed to the socket).
 */
export async function postWithProgress(
  url: string,
  parts: readonly Uint8Array[],
  { headers = {}, onProgress, signal }: { headers?: Record<string, string> } & UploadCarOptions = {},
): Promise<HttpResult> {
  const total = sizeOf(parts);
  if (typeof XMLHttpRequest !== "undefined") {
    return new Promise<HttpResult>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open("POST", url);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => onProgress?.({ loaded: event.loaded, total });
      xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
      xhr.onerror = () => reject(new UploadError(`upload to ${url} failed: network error`));
      xhr.onabort = () => reject(signal?.reason ?? new DOMException("aborted", "AbortError"));
      if (signal?.aborted) return xhr.onabort(new ProgressEvent("abort"));
      signal?.addEventListener("abort", () => xhr.abort(), { once: true });
      xhr.send(new Blob(parts as Uint8Array<ArrayBuffer>[]));
    });
  }
  let loaded = 0;
  let part = 0;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      while (part < parts.length && offset >= parts[part]!.length) {
        part++;
        offset = 0;
      }
      if (part >= parts.length) {
        controller.close();
        return;
      }
      const current = parts[part]!;
      const chunk = current.subarray(offset, Math.min(offset + CHUNK, current.length));
      offset += chunk.length;
      loaded += chunk.length;
      controller.enqueue(chunk);
      onProgress?.({ loaded, total });
    },
  });
  const response = await fetch(url, {
    method: "POST",
    headers,
    body: stream,
    signal,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  return { status: response.status, body: await response.text() };
}

/** A multipart/form-data body with one file part plus text fields, as Kubo and Pinata expect. */
export function multipartBody(
  file: CarBytes,
  { fileName = "upload.car", contentType = "application/vnd.ipld.car", fields = {} as Record<string, string> } = {},
): { parts: Uint8Array[]; contentType: string } {
  const boundary = `----agora-${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(utf8(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  parts.push(
    utf8(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
    ),
    ...segmentsOf(file),
    utf8(`\r\n--${boundary}--\r\n`),
  );
  return { parts, contentType: `multipart/form-data; boundary=${boundary}` };
}

function errorMessage(result: HttpResult): string {
  try {
    const json = JSON.parse(result.body) as { Message?: string; error?: unknown; message?: string };
    return json.Message ?? json.message ?? JSON.stringify(json.error ?? json);
  } catch {
    return result.body.slice(0, 300) || `HTTP ${result.status}`;
  }
}

export interface KuboRpcTargetOptions {
  /** Base URL of the RPC API, e.g. `http://127.0.0.1:5001` (without `/api/v0`). */
  url: string;
  /** Extra headers, e.g. an Authorization the hoster's endpoint wants. */
  headers?: Record<string, string>;
}

/** Any Kubo-RPC `dag/import` endpoint: our local node, a hoster's Kubo, Filebase's RPC, … */
export function kuboRpcTarget({ url, headers = {} }: KuboRpcTargetOptions): UploadTarget {
  const base = url.replace(/\/+$/, "");
  return {
    name: `kubo-rpc ${base}`,
    async uploadCar(car, options = {}) {
      const { parts, contentType } = multipartBody(car);
      const result = await postWithProgress(`${base}/api/v0/dag/import?pin-roots=true`, parts, {
        ...options,
        headers: { ...headers, "content-type": contentType },
      });
      if (result.status !== 200)
        throw new UploadError(`${base} refused the CAR (${result.status}): ${errorMessage(result)}`, result.status);
      const roots: string[] = [];
      for (const line of result.body.split("\n")) {
        if (!line.trim()) continue;
        const message = JSON.parse(line) as { Root?: { Cid: { "/": string }; PinErrorMsg?: string } };
        if (!message.Root) continue;
        if (message.Root.PinErrorMsg)
          throw new UploadError(`${base} could not pin ${message.Root.Cid["/"]}: ${message.Root.PinErrorMsg}`);
        roots.push(message.Root.Cid["/"]);
      }
      return { roots };
    },
  };
}

export interface PinataTargetOptions {
  /** The seller's own Pinata JWT (kept in their browser), or a short-lived signed upload JWT. */
  jwt: string;
  endpoint?: string;
  /** Name shown in the Pinata dashboard. */
  name?: string;
}

/** Pinata's v3 upload API with `car=true` (public network; a paid plan is needed for CARs). */
export function pinataTarget({
  jwt,
  endpoint = "https://uploads.pinata.cloud/v3/files",
  name = "agora.car",
}: PinataTargetOptions): UploadTarget {
  return {
    name: `pinata ${endpoint}`,
    async uploadCar(car, options = {}) {
      const { parts, contentType } = multipartBody(car, {
        fileName: name,
        fields: { network: "public", name, car: "true" },
      });
      const result = await postWithProgress(endpoint, parts, {
        ...options,
        headers: { authorization: `Bearer ${jwt}`, "content-type": contentType },
      });
      if (result.status < 200 || result.status >= 300) {
        throw new UploadError(`Pinata refused the CAR (${result.status}): ${errorMessage(result)}`, result.status);
      }
      const json = JSON.parse(result.body) as { data?: { cid?: string } };
      if (!json.data?.cid) throw new UploadError(`Pinata answered without a CID: ${result.body.slice(0, 200)}`);
      return { roots: [json.data.cid] };
    },
  };
}

/**
 * The part of `@storacha/client`'s `Client` this adapter uses. Storacha authorizes with UCANs held
 * by the user's own agent, so the caller passes a logged-in client (the site never holds keys).
 */
export interface StorachaClientLike {
  uploadCAR(
    car: Blob,
    options?: { signal?: AbortSignal; onUploadProgress?: (status: { loaded: number; total: number }) => void },
  ): Promise<{ toString(): string }>;
}

export function storachaTarget({ client }: { client: StorachaClientLike }): UploadTarget {
  return {
    name: "storacha",
    async uploadCar(car, options = {}) {
      const segments = segmentsOf(car);
      const total = sizeOf(segments);
      const root = await client.uploadCAR(
        new Blob(segments as Uint8Array<ArrayBuffer>[], { type: "application/vnd.ipld.car" }),
        {
          signal: options.signal,
          onUploadProgress: (status) => options.onProgress?.({ loaded: Math.min(status.loaded, total), total }),
        },
      );
      return { roots: [root.toString()] };
    },
  };
}

/** Uploads a built CAR and checks that the service's root equals the one computed locally. */
export async function uploadBuiltCar(
  target: UploadTarget,
  built: Pick<BuiltCar, "root" | "chunks">,
  options: UploadCarOptions = {},
) {
  const { roots } = await target.uploadCar(built.chunks, options);
  const expected = built.root.toString();
  const expectedV1 = built.root.toV1().toString();
  if (!roots.some((root) => root === expected || root === expectedV1)) {
    throw new RootMismatchError(`${target.name} reported root ${roots.join(", ") || "(none)"}, expected ${expected}`);
  }
  return { root: expected };
}
