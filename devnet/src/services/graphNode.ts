import { mkdir } from "node:fs/promises";
import path from "node:path";
import { buildSubgraph } from "@agora/subgraph/build";
import { graphNetworks } from "@agora/contracts/deployments";
import { startOnLoopbackOnly } from "../netns/loopbackNamespace.js";
import { FatalStartError, waitForProcess } from "../stack/ready.js";
import type { Service, StackContext } from "../stack/service.js";
import { LOCAL_NETWORK, requireDeployment } from "./deploy.js";

/** gnd names the subgraphs it is given in order; ours is the only one. */
export const SUBGRAPH_NAME = "subgraph-0";

interface IndexingStatus {
  health: string;
  synced: boolean;
  fatalError: { message: string } | null;
  chains: { latestBlock: { number: string } | null; chainHeadBlock: { number: string } | null }[];
}

async function indexingStatus(ctx: StackContext): Promise<IndexingStatus | undefined> {
  const response = await fetch(`http://127.0.0.1:${ctx.ports.graphIndex}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query:
        "{ indexingStatuses { health synced fatalError { message } chains { latestBlock { number } chainHeadBlock { number } } } }",
    }),
    signal: AbortSignal.timeout(2_000),
  });
  const body = (await response.json()) as { data?: { indexingStatuses: IndexingStatus[] } };
  return body.data?.indexingStatuses[0];
}

async function subgraphAnswers(url: string): Promise<boolean> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ _meta { block { number } } }" }),
    signal: AbortSignal.timeout(2_000),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  return response.ok && !body.errors && body.data !== undefined;
}

/** The port of a `http://127.0.0.1:<port>` or `postgresql://…@127.0.0.1:<port>/…` URL. */
function portOf(url: string): number {
  const { hostname, port } = new URL(url);
  if (hostname !== "127.0.0.1" || !port) throw new Error(`graph-node reaches local services only, not ${url}`);
  return Number(port);
}

/**
 * graph-node's dev binary (`gnd dev`) indexing the local chain into the stack's own Postgres, with
 * the local IPFS node serving file data sources. Given a Postgres URL it needs no database of its
 * own, so it runs as the invoking user, root included. It binds every interface and has no option
 * against it, so it runs in a network namespace of its own with only its ports relayed to
 * 127.0.0.1 (see netns/). It stops on SIGINT only.
 */
export function graphNodeService({ syncTimeoutMs = 180_000 }: { syncTimeoutMs?: number } = {}): Service {
  return {
    name: "graph-node",
    async start(ctx) {
      if (!ctx.urls.ipfs || !ctx.urls.postgres || !ctx.urls.rpc) {
        throw new Error("graph-node needs the chain, IPFS and Postgres started before it");
      }
      // One block early: the block before the contract's has none of its events, while a start at
      // the deploying block has twice (stack test, clean clones) come out without the constructor's
      // events (owner, fee, treasury, windows): the indexer must not depend on that block's edge.
      const deployment = requireDeployment(ctx, "graph-node");
      const networks = graphNetworks([
        {
          ...deployment,
          contracts: Object.fromEntries(
            Object.entries(deployment.contracts).map(([name, entry]) => [
              name,
              { ...entry, deployedOnBlock: Math.max(0, entry.deployedOnBlock - 1) },
            ]),
          ),
        },
      ]);
      const { manifest, buildDir } = await buildSubgraph({ network: LOCAL_NETWORK, networks });

      const workDir = path.join(ctx.stateDir, "graph-node");
      await mkdir(workDir, { recursive: true });
      const gnd = await startOnLoopbackOnly({
        name: "graph-node",
        root: ctx.root,
        inbound: [ctx.ports.graphHttp, ctx.ports.graphAdmin, ctx.ports.graphIndex, ctx.ports.graphMetrics],
        outbound: [ctx.urls.rpc, ctx.urls.ipfs, ctx.urls.postgres].map(portOf),
        command: path.join(ctx.root, "node_modules", "@graphprotocol", "gnd-linux-x64", "bin", "gnd"),
        args: [
          "dev",
          "--manifests",
          `${manifest}:${path.relative(path.dirname(manifest), buildDir)}`,
          "--ethereum-rpc",
          `${LOCAL_NETWORK}:${ctx.urls.rpc}`,
          "--ipfs",
          ctx.urls.ipfs,
          "--postgres-url",
          ctx.urls.postgres,
          "--database-dir",
          workDir,
          "--http-port",
          String(ctx.ports.graphHttp),
          "--admin-port",
          String(ctx.ports.graphAdmin),
          "--index-node-port",
          String(ctx.ports.graphIndex),
          "--metrics-port",
          String(ctx.ports.graphMetrics),
        ],
        cwd: workDir,
        // Full-text search is a non-deterministic feature graph-node refuses unless allowed.
        env: {
          ...process.env,
          HOME: workDir,
          GRAPH_LOG: process.env.GRAPH_LOG ?? "info",
          GRAPH_ALLOW_NON_DETERMINISTIC_FULLTEXT_SEARCH: "true",
          // A local chain answers at once: poll for new blocks 4× as often as the default 1 s.
          ETHEREUM_POLLING_INTERVAL: "250",
          // The machine sets RUST_BACKTRACE=1, which makes graph-node capture a backtrace for every
          // error value the WASM runtime creates (e.g. on each memory read): indexing ran ~5× slower.
          // Panics still print theirs (RUST_BACKTRACE governs those).
          RUST_LIB_BACKTRACE: "0",
          // graph-node caches the chain head pointer for 1/4 of the block time it estimates (up to
          // 2 s). A block mined while the cache holds the previous head is ingested, but the
          // subgraph's block stream reads the stale head on every chain-head notification, goes
          // idle, and wakes only at GRAPH_CHAIN_HEAD_WATCHER_TIMEOUT (30 s): on an automining chain
          // with no next block, the last block stays unindexed for up to 30 s. One subgraph reading
          // the head from Postgres costs nothing; the cache is for many subgraphs on one node.
          GRAPH_STORE_DISABLE_CHAIN_HEAD_PTR_CACHE: "true",
        },
        logDir: ctx.logDir,
        stopSignal: "SIGINT",
      });
      const graphql = `http://127.0.0.1:${ctx.ports.graphHttp}/subgraphs/name/${SUBGRAPH_NAME}`;
      await waitForProcess(
        gnd,
        async () => {
          const status = await indexingStatus(ctx);
          if (status?.fatalError) throw new FatalStartError(`the subgraph failed: ${status.fatalError.message}`);
          if (status?.synced !== true || status.health !== "healthy") return false;
          // On a restart gnd re-creates the name after the old deployment reports synced.
          return subgraphAnswers(graphql);
        },
        { timeoutMs: syncTimeoutMs },
      );
      ctx.urls.graphql = graphql;
      return { stop: () => gnd.stop(20_000) };
    },
  };
}
