// Renders subgraph.template.yaml for one network and compiles it with graph-cli, offline.
//
//   build/<network>/subgraph.yaml        the rendered manifest (paths relative to its folder)
//   build/<network>/build/               `graph build` output; build/subgraph.yaml is the built manifest
//   generated/                           `graph codegen` output (network-independent, used by src/)
//
// This layout is the one gnd expects: `gnd dev --manifests <manifest>` and `gnd test -m
// <manifest>` both read the build from `build/` next to the manifest. Nothing tracked is written.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);

/** subgraph/ */
export const subgraphDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = path.resolve(subgraphDir, "..");
const templatePath = path.join(subgraphDir, "subgraph.template.yaml");
const generatedDir = path.join(subgraphDir, "generated");
/** graph-cli's binary, from the workspace root's node_modules. */
export const graphBin = path.join(repoRoot, "node_modules", ".bin", "graph");
/** The data source whose address and start block come from networks.json. */
const CONTRACT = "Marketplace";

/** graph-cli's networks.json format: `{ network: { ContractName: { address, startBlock } } }`. */
export type Networks = Record<string, Record<string, { address: string; startBlock: number }>>;

export interface BuildSubgraphOptions {
  /** Network name in networks.json (the local chain is `localhost`). */
  network: string;
  /** Addresses per network; default: contracts/generated/networks.json. */
  networks?: Networks;
  /**
   * Whether to run `graph codegen` first (default true). Its output does not depend on the
   * network: building several networks in a row needs it once.
   */
  codegen?: boolean;
}

export interface BuildSubgraphResult {
  /** Absolute path of the rendered manifest; its build is in `buildDir` (= `<manifest dir>/build`). */
  manifest: string;
  /** Absolute path of the build directory (holds the built manifest `subgraph.yaml`, wasm, schema). */
  buildDir: string;
}

export const defaultNetworksPath = path.join(repoRoot, "contracts", "generated", "networks.json");

export async function readNetworks(file = defaultNetworksPath): Promise<Networks> {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build:contracts\``);
  return JSON.parse(await readFile(file, "utf8")) as Networks;
}

/** The networks with a Marketplace deployment, in file order: what the subgraph can be built for. */
export const deployedNetworks = (networks: Networks): string[] =>
  Object.keys(networks).filter((network) => networks[network]?.[CONTRACT]);

/** Throws, naming the known networks, unless `network` has a Marketplace deployment. */
export function requireNetwork(network: string, networks: Networks): void {
  if (networks[network]?.[CONTRACT]) return;
  const known = deployedNetworks(networks).join(", ") || "none (deploy first, then `npm run generate`)";
  throw new Error(`unknown network "${network}": the networks with a ${CONTRACT} deployment are ${known}`);
}

/** Folder of a network's rendered manifest. */
export function networkDir(network: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(network)) throw new Error(`invalid network name "${network}"`);
  return path.join(subgraphDir, "build", network);
}

/**
 * The template with the network's values filled in, its `file:` paths rewritten relative to
 * `outDir` (the template's are relative to subgraph/).
 */
export async function renderManifest(network: string, networks: Networks, outDir: string): Promise<string> {
  requireNetwork(network, networks);
  const entry = networks[network]![CONTRACT]!;
  if (!/^0x[0-9a-fA-F]{40}$/.test(entry.address)) throw new Error(`invalid ${CONTRACT} address ${entry.address}`);
  if (!Number.isSafeInteger(entry.startBlock) || entry.startBlock < 0) {
    throw new Error(`invalid ${CONTRACT} startBlock ${entry.startBlock}`);
  }
  // Placeholders are quoted in the template (`"{{startBlock}}"`) so that it stays valid YAML.
  const values: Record<string, string> = {
    network,
    address: `"${entry.address.toLowerCase()}"`,
    startBlock: String(entry.startBlock),
  };
  const template = await readFile(templatePath, "utf8");
  return template
    .replace(/"\{\{(\w+)\}\}"/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`unknown placeholder ${match} in ${templatePath}`);
      return value;
    })
    .replace(/^(\s*file:\s*)(\S+)\s*$/gm, (_line, prefix: string, file: string) => {
      const relative = path.relative(outDir, path.resolve(subgraphDir, file)).split(path.sep).join("/");
      return `${prefix}${relative}`;
    });
}

/** Writes `content` unless the file already holds it (keeps mtimes, and watchers, quiet). */
async function writeIfChanged(file: string, content: string): Promise<void> {
  if (existsSync(file) && (await readFile(file, "utf8")) === content) return;
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

async function graph(args: string[]): Promise<void> {
  try {
    await run(graphBin, args, {
      cwd: subgraphDir,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, FORCE_COLOR: "0" },
    });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`graph ${args[0]} failed:\n${stdout}\n${stderr}`);
  }
}

/** Renders the manifest of `network` and runs `graph codegen` (into generated/). */
export async function codegen(options: BuildSubgraphOptions): Promise<string> {
  const networks = options.networks ?? (await readNetworks());
  const outDir = networkDir(options.network);
  const manifest = path.join(outDir, "subgraph.yaml");
  await writeIfChanged(manifest, await renderManifest(options.network, networks, outDir));
  if (options.codegen !== false) await graph(["codegen", manifest, "--output-dir", generatedDir, "--skip-migrations"]);
  return manifest;
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders `subgraph.template.yaml` for `network` into build/<network>/subgraph.yaml, runs graph
 * codegen and graph build offline, and returns the manifest and its build directory. Calls in one
 * process run one at a time (they share generated/).
 */
export function buildSubgraph(options: BuildSubgraphOptions): Promise<BuildSubgraphResult> {
  const result = queue.then(async () => {
    const manifest = await codegen(options);
    const buildDir = path.join(path.dirname(manifest), "build");
    await graph(["build", manifest, "--output-dir", buildDir, "--skip-migrations"]);
    return { manifest, buildDir };
  });
  queue = result.catch(() => undefined);
  return result;
}
