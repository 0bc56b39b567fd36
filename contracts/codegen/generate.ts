import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { graphNetworks, readDeploymentFile, type DeploymentFile } from "./deployments.js";

/** Source folders whose concrete contracts reach the apps; scripts and tests do not. */
const SOURCE_DIRS = ["contracts/src/", "contracts/mocks/"];
/**
 * Interfaces of other contracts the project calls, by name: the subgraph reads any allowed
 * token's symbol and decimals through IERC20Metadata (compiled from OpenZeppelin with the rest).
 */
const INTERFACES = ["IERC20Metadata"];

interface ForgeArtifact {
  abi: unknown[];
  bytecode: { object: string };
  ast?: { absolutePath: string };
  metadata?: { settings?: { compilationTarget?: Record<string, string> } };
}

export interface GenerateOptions {
  /** Repository root (holds out/, deployments/ and contracts/). */
  root: string;
  /** The local chain's deployment (local state); public chains come from deployments/*.json. */
  localDeployment?: string;
  /** Several local chains' deployments (multi-chain tests), besides or instead of `localDeployment`. */
  localDeployments?: readonly string[];
}

/** Every concrete contract in SOURCE_DIRS and every one of INTERFACES, by name, with its ABI, from forge's out/. */
async function readAbis(root: string): Promise<Map<string, unknown[]>> {
  const outDir = path.join(root, "out");
  if (!existsSync(outDir)) throw new Error("out/ is missing: run `npm run build:contracts` (forge build, then this)");
  const abis = new Map<string, unknown[]>();
  for (const folder of await readdir(outDir)) {
    if (!folder.endsWith(".sol")) continue;
    for (const file of await readdir(path.join(outDir, folder))) {
      if (!file.endsWith(".json")) continue;
      const artifact = JSON.parse(await readFile(path.join(outDir, folder, file), "utf8")) as ForgeArtifact;
      const target = Object.entries(artifact.metadata?.settings?.compilationTarget ?? {})[0];
      if (!target) continue;
      const [source, name] = target;
      const concrete = artifact.bytecode.object.length > 2;
      if ((concrete && SOURCE_DIRS.some((dir) => source.startsWith(dir))) || INTERFACES.includes(name)) {
        if (abis.has(name)) throw new Error(`two contracts are named ${name}: names must be unique`);
        abis.set(name, artifact.abi);
      }
    }
  }
  const missing = INTERFACES.filter((name) => !abis.has(name));
  if (missing.length) throw new Error(`out/ lacks the interface(s) ${missing.join(", ")}: is OpenZeppelin compiled?`);
  return abis;
}

async function readDeployments(root: string, localDeployments: readonly string[]): Promise<DeploymentFile[]> {
  const dir = path.join(root, "deployments");
  const files = existsSync(dir)
    ? (await readdir(dir)).filter((file) => /^\d+\.json$/.test(file)).map((file) => path.join(dir, file))
    : [];
  files.push(...localDeployments.filter((file) => existsSync(file)));
  const deployments = await Promise.all(files.map(readDeploymentFile));
  const seen = new Set<number>();
  for (const deployment of deployments) {
    if (seen.has(deployment.chainId)) throw new Error(`two deployment files for chain ${deployment.chainId}`);
    seen.add(deployment.chainId);
  }
  return deployments.sort((a, b) => a.chainId - b.chainId);
}

/**
 * Writes contracts/generated/: `deployedContracts.ts` (ABIs `as const` + addresses per chain id,
 * for the web app and tests), `abis/<Name>.json` and `networks.json` (graph-cli format, for the
 * subgraph). The one source of every ABI and address outside contracts/.
 */
export async function generateContractsModule({
  root,
  localDeployment,
  localDeployments = [],
}: GenerateOptions): Promise<string> {
  const abis = await readAbis(root);
  const deployments = await readDeployments(root, [...(localDeployment ? [localDeployment] : []), ...localDeployments]);
  for (const deployment of deployments) {
    for (const name of Object.keys(deployment.contracts)) {
      if (!abis.has(name)) throw new Error(`chain ${deployment.chainId} deploys ${name}, which out/ does not have`);
    }
  }

  const outDir = path.join(root, "contracts", "generated");
  await rm(outDir, { recursive: true, force: true });
  await mkdir(path.join(outDir, "abis"), { recursive: true });

  const names = [...abis.keys()].sort();
  const abiLines = names.map((name) => `  ${name}: ${JSON.stringify(abis.get(name))},`);
  const chainLines = deployments.map((deployment) => {
    const entries = Object.entries(deployment.contracts)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([name, entry]) => `    ${name}: { address: "${entry.address}", deployedOnBlock: ${entry.deployedOnBlock} },`,
      );
    return `  ${deployment.chainId}: {\n${entries.join("\n")}\n  },`;
  });
  const networkLines = deployments.map((deployment) => `  ${deployment.chainId}: "${deployment.network}",`);
  // Addresses apart from the ABIs: the site checks its config.json against them in its first load,
  // where the ABIs (tens of KB) have no place.
  const addressModule = `// Autogenerated by \`npm run generate\` from the deployment files. Do not edit.
import type { Deployments } from "../codegen/types.js";
import type { abis } from "./deployedContracts.js";

export const deployments = {
${chainLines.join("\n")}
} as const satisfies Deployments<keyof typeof abis>;

export const networkNames = {
${networkLines.join("\n")}
} as const satisfies Record<number, string>;
`;
  await writeFile(path.join(outDir, "addresses.ts"), addressModule);
  const module = `// Autogenerated by \`npm run generate\` from forge's out/ and the deployment files. Do not edit.
export { deployments, networkNames } from "./addresses.js";

export const abis = {
${abiLines.join("\n")}
} as const;
`;
  const modulePath = path.join(outDir, "deployedContracts.ts");
  await writeFile(modulePath, module);

  for (const name of names) {
    await writeFile(path.join(outDir, "abis", `${name}.json`), `${JSON.stringify(abis.get(name), null, 2)}\n`);
  }
  await writeFile(path.join(outDir, "networks.json"), `${JSON.stringify(graphNetworks(deployments), null, 2)}\n`);
  return modulePath;
}
