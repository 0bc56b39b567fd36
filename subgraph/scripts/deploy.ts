// Deploys a built subgraph (scripts/build.ts) to one of two kinds of target:
//
// - Subgraph Studio: graph-cli's `graph deploy <slug>`, which compiles, uploads to Studio's IPFS and
//   deploys. The deploy key comes from the environment or from `graph auth`, never from a file of ours.
// - Any graph-node, given its JSON-RPC admin URL and an IPFS node's Kubo RPC URL: the build's files
//   go to IPFS as CARs through `dag/import` (which Kubo and our local node both serve; graph-cli's
//   own upload needs `add`, which our node lacks), then the admin API's `subgraph_create` and
//   `subgraph_deploy` (the calls `graph create` and `graph deploy` make) start it.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { buildFileCar, kuboRpcTarget, uploadBuiltCar, type BuiltCar } from "@agora/content";
import { graphBin, subgraphDir } from "./build.js";

const run = promisify(execFile);

export interface StudioTarget {
  kind: "studio";
  /** The subgraph's slug in Subgraph Studio. */
  slug: string;
  /** The Studio deploy key; without it graph-cli uses the one `graph auth` stored. */
  deployKey?: string;
}

export interface NodeTarget {
  kind: "node";
  /** graph-node's JSON-RPC admin endpoint, e.g. http://127.0.0.1:8020. */
  node: string;
  /** The IPFS node graph-node reads from: its Kubo RPC base URL, e.g. http://127.0.0.1:5001. */
  ipfs: string;
  /** The subgraph name to create and deploy under, e.g. agora/base-sepolia. */
  name: string;
}

export type DeployTarget = StudioTarget | NodeTarget;

/** A subgraph name as graph-node accepts it: segments of letters, digits, `-` and `_`, joined by `/`. */
export function checkSubgraphName(name: string): string {
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(name) || name.length > 255) {
    throw new Error(`invalid subgraph name "${name}": use letters, digits, - and _, segments joined by /`);
  }
  return name;
}

/**
 * graph-cli's arguments for a Studio deploy of the rendered manifest `manifest` (build output into
 * `buildDir`). graph-cli's defaults choose Studio's deploy endpoint and IPFS.
 */
export function studioDeployArgs(options: {
  manifest: string;
  buildDir: string;
  slug: string;
  versionLabel: string;
  deployKey?: string;
}): string[] {
  checkSubgraphName(options.slug);
  return [
    "deploy",
    options.slug,
    options.manifest,
    "--output-dir",
    options.buildDir,
    "--version-label",
    options.versionLabel,
    "--skip-migrations",
    ...(options.deployKey ? ["--deploy-key", options.deployKey] : []),
  ];
}

/** graph-cli deploys to Studio; its output (with the Studio URLs) goes to the terminal. */
export async function deployToStudio(options: {
  manifest: string;
  buildDir: string;
  target: StudioTarget;
  versionLabel: string;
}): Promise<void> {
  const args = studioDeployArgs({
    manifest: options.manifest,
    buildDir: options.buildDir,
    slug: options.target.slug,
    versionLabel: options.versionLabel,
    ...(options.target.deployKey ? { deployKey: options.target.deployKey } : {}),
  });
  try {
    const { stdout, stderr } = await run(graphBin, args, {
      cwd: subgraphDir,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, FORCE_COLOR: "0" },
    });
    process.stdout.write(stdout + stderr);
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`graph deploy failed:\n${stdout}\n${stderr}`);
  }
}

/** A `file:` line of a built manifest: the path of a file of the build, relative to its manifest. */
const FILE_LINE = /^([ \t]*file:[ \t]*)(\S+)[ \t]*$/gm;

export interface BuildUpload {
  /** The manifest graph-node reads: every `file:` replaced by an IPFS link. */
  manifest: string;
  /** The CAR of that manifest; its root is the deployment's id. */
  manifestCar: BuiltCar;
  /** Each file of the build the manifest links, as a CAR. */
  files: { path: string; car: BuiltCar }[];
}

/**
 * The build in `buildDir` packed for IPFS: each file its manifest names (schema, ABIs, WASM) as a
 * UnixFS file, and the manifest with those names replaced by `{ "/": "/ipfs/<cid>" }` links, as
 * graph-cli writes them.
 */
export async function packBuild(buildDir: string): Promise<BuildUpload> {
  const built = await readFile(path.join(buildDir, "subgraph.yaml"), "utf8");
  const cars = new Map<string, BuiltCar>();
  for (const [, , file] of built.matchAll(FILE_LINE)) {
    if (cars.has(file!)) continue;
    const absolute = path.resolve(buildDir, file!);
    if (!absolute.startsWith(buildDir + path.sep)) throw new Error(`the manifest links ${file}, outside its build`);
    cars.set(file!, await buildFileCar(new Uint8Array(await readFile(absolute))));
  }
  if (cars.size === 0) throw new Error(`${buildDir}/subgraph.yaml links no files: is it a graph build output?`);
  const manifest = built.replace(
    FILE_LINE,
    (_line, prefix: string, file: string) => `${prefix}{ "/": "/ipfs/${cars.get(file)!.root.toString()}" }`,
  );
  return {
    manifest,
    manifestCar: await buildFileCar(new TextEncoder().encode(manifest)),
    files: [...cars].map(([file, car]) => ({ path: file, car })),
  };
}

/** Uploads the packed build through Kubo RPC `dag/import` (pinned) and returns the manifest's CID. */
export async function uploadBuild(buildDir: string, ipfs: string): Promise<string> {
  const packed = await packBuild(buildDir);
  const target = kuboRpcTarget({ url: ipfs });
  // The manifest last: once it is there, everything it links is too.
  for (const car of [...packed.files.map((file) => file.car), packed.manifestCar]) await uploadBuiltCar(target, car);
  return packed.manifestCar.root.toString();
}

/** One JSON-RPC call to graph-node's admin API; its error message becomes the thrown error's. */
export async function adminCall<T>(node: string, method: string, params: Record<string, unknown>): Promise<T> {
  const response = await fetch(node, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const text = await response.text();
  let body: { result?: T; error?: { message?: string; code?: number } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${node} answered ${method} with HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
  if (body.error) throw new Error(`${node} refused ${method}: ${body.error.message ?? `code ${body.error.code}`}`);
  return body.result as T;
}

export interface NodeDeployment {
  /** The deployment's id: the CID of the uploaded manifest. */
  deployment: string;
  /** graph-node's answer: its GraphQL endpoint (may start with `:port`, relative to the node's host). */
  queries: string;
}

/** Uploads the build, creates the name (if new) and deploys the build under it. */
export async function deployToNode(options: {
  buildDir: string;
  target: NodeTarget;
  versionLabel: string;
  /** Told the manifest's CID once the build is on IPFS, before graph-node is asked. */
  onUploaded?: (manifestCid: string) => void;
}): Promise<NodeDeployment> {
  const { node, ipfs, name } = options.target;
  checkSubgraphName(name);
  const deployment = await uploadBuild(options.buildDir, ipfs);
  options.onUploaded?.(deployment);
  try {
    await adminCall(node, "subgraph_create", { name });
  } catch (error) {
    // A redeploy: the name stays, the new version replaces the current one.
    if (!/already exists/i.test((error as Error).message)) throw error;
  }
  const result = await adminCall<{ queries: string }>(node, "subgraph_deploy", {
    name,
    ipfs_hash: deployment,
    version_label: options.versionLabel,
  });
  const base = new URL(node);
  const queries = result.queries.startsWith(":")
    ? `${base.protocol}//${base.hostname}${result.queries}`
    : result.queries;
  return { deployment, queries };
}
