import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, http } from "viem";
import { generateContractsModule } from "@agora/contracts/codegen";
import { deploymentFromBroadcast, readDeploymentFile, type DeploymentFile } from "@agora/contracts/deployments";
import { DEV_DEPLOYER_KEY, foundryBinary, LOCAL_CHAIN_ID } from "../stack/foundry.js";
import { runToCompletion } from "../stack/process.js";
import type { Service, StackContext } from "../stack/service.js";

export const LOCAL_NETWORK = "localhost";

export function localDeploymentPath(ctx: StackContext, chainId = LOCAL_CHAIN_ID): string {
  return path.join(ctx.stateDir, "deployments", `${chainId}.json`);
}

/** graph-node's name for a local chain: `localhost`, or `localhost-<id>` for another local chain. */
export const localNetworkName = (chainId: number) =>
  chainId === LOCAL_CHAIN_ID ? LOCAL_NETWORK : `${LOCAL_NETWORK}-${chainId}`;

/** True when every contract of the recorded deployment still has code on the running chain. */
async function deploymentIsLive(ctx: StackContext, file: string): Promise<DeploymentFile | undefined> {
  if (!existsSync(file)) return undefined;
  const deployment = await readDeploymentFile(file);
  const client = createPublicClient({ transport: http(ctx.urls.rpc) });
  for (const { address } of Object.values(deployment.contracts)) {
    const code = await client.getCode({ address });
    if (!code || code === "0x") return undefined;
  }
  return deployment;
}

/** The deployment the deploy service recorded; services after it need the contracts. */
export function requireDeployment(ctx: StackContext, who: string): DeploymentFile {
  if (!ctx.deployment) throw new Error(`${who} needs the deploy service started before it`);
  return ctx.deployment;
}

export interface DeployOptions {
  /** Rewrite contracts/generated/ with this deployment (`npm start`); tests leave it alone. */
  generate?: boolean;
  /** The chain anvil runs (another id than 31337 deploys in local-demo mode all the same). */
  chainId?: number;
}

/**
 * Deploys the contracts with `forge script contracts/script/Deploy.s.sol` (or keeps the deployment
 * already on a restarted chain) and records it in `<state>/deployments/31337.json`.
 */
export function deployService({ generate = false, chainId = LOCAL_CHAIN_ID }: DeployOptions = {}): Service {
  return {
    name: "deploy",
    async start(ctx) {
      const file = localDeploymentPath(ctx, chainId);
      let deployment = await deploymentIsLive(ctx, file);
      if (deployment) {
        console.log(`contracts: reusing the deployment in ${path.relative(ctx.root, file)}`);
      } else {
        const broadcastDir = path.join(ctx.stateDir, "broadcast");
        await runToCompletion(
          foundryBinary(ctx.root, "forge"),
          [
            "script",
            "contracts/script/Deploy.s.sol",
            "--rpc-url",
            ctx.urls.rpc!,
            "--broadcast",
            "--private-key",
            DEV_DEPLOYER_KEY,
          ],
          { cwd: ctx.root, env: { ...process.env, FOUNDRY_BROADCAST: broadcastDir, AGORA_LOCAL_DEMO: "true" } },
        );
        const client = createPublicClient({ transport: http(ctx.urls.rpc!) });
        deployment = await deploymentFromBroadcast(
          path.join(broadcastDir, "Deploy.s.sol", String(chainId), "run-latest.json"),
          localNetworkName(chainId),
          async (hash) => Number((await client.waitForTransactionReceipt({ hash: hash as `0x${string}` })).blockNumber),
        );
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `${JSON.stringify(deployment, null, 2)}\n`);
        console.log(`contracts: deployed ${Object.keys(deployment.contracts).join(", ")}`);
      }
      ctx.deployment = deployment;
      if (generate) await generateContractsModule({ root: ctx.root, localDeployment: file });
    },
  };
}
