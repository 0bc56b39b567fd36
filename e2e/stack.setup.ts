import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPublicClient, http } from "viem";
import { generateContractsModule } from "@agora/contracts/codegen";
import {
  anvilService,
  demoListings,
  deployService,
  graphNodeService,
  ipfsService,
  localDeploymentPath,
  postgresService,
  privateStackContext,
  removeStackState,
  seedService,
  startStack,
  webService,
  type RunningStack,
} from "@agora/devnet";

/** A second local chain (its own anvil and contracts, no index): the site runs on both. */
const SECOND_CHAIN_ID = 31338;

/** Every listing of the demo catalogue. */
const CATALOGUE_SIZE = Object.values(demoListings).reduce((total, items) => total + items.length, 0);

/** Waits until graph-node has indexed the chain head and every catalogue listing's metadata file. */
async function waitForIndex(graphqlUrl: string, rpcUrl: string): Promise<void> {
  const head = Number(await createPublicClient({ transport: http(rpcUrl) }).getBlockNumber());
  const deadline = Date.now() + 120_000;
  for (;;) {
    const data = await fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ _meta { block { number } } listingMetadata_collection(first: 1000) { id } }" }),
    })
      .then((response) => response.json())
      .then(
        (body: { data?: { _meta: { block: { number: number } }; listingMetadata_collection: unknown[] } }) => body.data,
      )
      .catch(() => undefined);
    if (data && data._meta.block.number >= head && data.listingMetadata_collection.length >= CATALOGUE_SIZE) return;
    if (Date.now() > deadline) throw new Error(`graph-node did not index block ${head} and the catalogue in time`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Starts one private full stack for the browser tests (anvil with the contracts, the local IPFS
 * node, the demo catalogue, Postgres and graph-node, the built site with its config.json) on free
 * ports, and hands its URLs to them through the env. Stopped and removed after the run.
 */
export default async function globalSetup() {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-e2e-"));
  const ctx = await privateStackContext(stateDir);
  const stacks: RunningStack[] = [];
  const stop = async () => {
    for (const stack of stacks.reverse()) await stack.stop();
    await removeStackState(stateDir);
  };
  try {
    // Blocks every second too: graph-node writes a fetched IPFS file's entities with the next block.
    stacks.push(
      await startStack(
        [anvilService({ persist: false, blockTime: 1 }), deployService(), ipfsService, seedService()],
        ctx,
      ),
    );
    const secondDir = path.join(stateDir, "second-chain");
    await mkdir(secondDir);
    const second = await privateStackContext(secondDir);
    // The second chain comes up while graph-node indexes the first.
    const started = await Promise.allSettled([
      startStack(
        [
          anvilService({ persist: false, blockTime: 1, chainId: SECOND_CHAIN_ID }),
          deployService({ chainId: SECOND_CHAIN_ID }),
        ],
        second,
      ),
      startStack([postgresService(), graphNodeService()], ctx),
    ]);
    for (const result of started) if (result.status === "fulfilled") stacks.push(result.value);
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    // The site's contracts module knows both chains (the web build below reads it).
    await generateContractsModule({
      root: ctx.root,
      localDeployments: [localDeploymentPath(ctx), localDeploymentPath(second, SECOND_CHAIN_ID)],
    });
    await waitForIndex(ctx.urls.graphql!, ctx.urls.rpc!);
    const otherChains = [
      { chainId: SECOND_CHAIN_ID, chainName: "Agora local 2 (anvil)", rpcUrl: second.urls.rpc!, devWallet: true },
    ];
    stacks.push(await startStack([webService({ mode: "preview", otherChains })], ctx));
    process.env.AGORA_E2E_SECOND_CHAIN_ID = String(SECOND_CHAIN_ID);
    process.env.AGORA_E2E_SECOND_RPC_URL = second.urls.rpc;
  } catch (error) {
    await stop();
    throw error;
  }
  process.env.AGORA_E2E_WEB_URL = ctx.urls.web;
  process.env.AGORA_E2E_RPC_URL = ctx.urls.rpc;
  process.env.AGORA_E2E_GRAPHQL_URL = ctx.urls.graphql;
  process.env.AGORA_E2E_IPFS_URL = ctx.urls.ipfs;
  process.env.AGORA_E2E_STATE_DIR = stateDir;
  return stop;
}
