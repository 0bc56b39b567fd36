// The built site as one CAR: web/dist as a UnixFS directory, deterministic (the same files give
// the same root CID anywhere), optionally with a hoster's config.json and the Content-Security-
// Policy derived from it; uploaded through the same adapters the site uses for listings.
import { readFile } from "node:fs/promises";
import {
  buildDirectoryCar,
  kuboRpcTarget,
  pinataTarget,
  type BuiltCar,
  type DirectoryFile,
  type UploadTarget,
} from "@agora/content";
import { readDirectoryFiles } from "@agora/content/node";
import { contentSecurityPolicy, withCspMeta } from "./csp.js";

export interface SiteCarOptions {
  /** The built site (web/dist). */
  dist: string;
  /** A config.json to ship instead of dist's own; the CSP in index.html is derived from it. */
  configFile?: string;
  /** Keep the `*.map` source maps (left out by default: they are three quarters of the bytes). */
  sourcemaps?: boolean;
}

export interface SiteCar {
  built: BuiltCar;
  /** Exactly what the CAR holds, path-sorted. */
  files: DirectoryFile[];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Parses config.json text, naming the file when it is no JSON object. */
export function parseSiteConfig(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`${file} must be a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * The files of the site as it will be served: dist's files in byte order of their paths, with
 * config.json replaced by `configFile` (when given) and index.html carrying the matching policy.
 */
export async function siteFiles({ dist, configFile, sourcemaps = false }: SiteCarOptions): Promise<DirectoryFile[]> {
  let files = (await readDirectoryFiles(dist)).filter((file) => sourcemaps || !file.path.endsWith(".map"));
  if (!files.some((file) => file.path === "index.html"))
    throw new Error(`${dist} has no index.html: run npm run build`);
  if (configFile) {
    const content = new Uint8Array(await readFile(configFile));
    const policy = contentSecurityPolicy(parseSiteConfig(decoder.decode(content), configFile));
    files = files
      .filter((file) => file.path !== "config.json")
      .concat({ path: "config.json", content })
      .map((file) =>
        file.path === "index.html"
          ? { path: file.path, content: encoder.encode(withCspMeta(decoder.decode(file.content), policy)) }
          : file,
      );
  } else if (!files.some((file) => file.path === "config.json")) {
    throw new Error(`${dist} has no config.json: pass --config <file> (see HOSTING.md)`);
  }
  // Byte order, not locale order: the directory (and so the root CID) must not depend on the machine.
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function buildSiteCar(options: SiteCarOptions): Promise<SiteCar> {
  const files = await siteFiles(options);
  return { built: await buildDirectoryCar(files), files };
}

/**
 * An upload adapter from `<adapter>:<url>`: `kubo-rpc:http://127.0.0.1:5001` (any Kubo-RPC
 * `dag/import`, with `IPFS_UPLOAD_AUTHORIZATION` as its Authorization header when set) or
 * `pinata:https://uploads.pinata.cloud/v3/files` (with `PINATA_JWT`). Secrets come from the
 * environment, never from the command line (shell history) or a file in the repo.
 */
export function uploadTargetFrom(spec: string, env: NodeJS.ProcessEnv = process.env): UploadTarget {
  const colon = spec.indexOf(":");
  const adapter = colon > 0 ? spec.slice(0, colon) : "";
  const url = spec.slice(colon + 1);
  switch (adapter) {
    case "kubo-rpc": {
      const authorization = env.IPFS_UPLOAD_AUTHORIZATION;
      return kuboRpcTarget({ url, headers: authorization ? { authorization } : {} });
    }
    case "pinata": {
      const jwt = env.PINATA_JWT;
      if (!jwt) throw new Error("--upload pinata:… needs PINATA_JWT in the environment");
      return pinataTarget({ jwt, endpoint: url });
    }
    default:
      throw new Error(`--upload ${spec}: use kubo-rpc:<url> or pinata:<url>`);
  }
}

/** Where the site can be opened once the CAR is on IPFS: the public gateways' two URL forms. */
export function gatewayUrls(root: string) {
  return {
    ipfs: `ipfs://${root}/`,
    path: `https://ipfs.io/ipfs/${root}/`,
    subdomain: `https://${root}.ipfs.dweb.link/`,
  };
}
