// Is the index usable? One answer for the whole site: "down" (no subgraphUrl, unreachable, an HTTP
// or GraphQL error on `_meta`) or "lagging" (its block far behind the chain head read over
// config.rpcUrl). The shell's banner polls it; the listing and order pages read it to fall back to
// the chain. The chain head is read through a lazily loaded module: no viem client in the first load.
import { useQuery } from "@tanstack/react-query";
import { useAppConfig } from "../../config/ConfigContext";
import { IndexerError, type IndexerClient, type IndexerErrorKind } from "./client";
import { IndexerHealthDocument } from "./generated/graphql";
import { useIndexerClient } from "./IndexerProvider";
import { indexerKeys } from "./queryKeys";

/**
 * "Far behind" needs both: more than LAG_BLOCKS blocks *and* more than LAG_SECONDS of chain time.
 * Blocks alone would flag a fast chain (Base: a block every 2 s) after a normal hiccup of a minute;
 * time alone would flag a test chain whose clock was moved forward by hours in one block. Five
 * minutes is longer than graph-node takes to catch up after a restart or a reorg on the chains we
 * deploy to, and shorter than a buyer will wait for their order to appear.
 */
export const LAG_BLOCKS = 25;
export const LAG_SECONDS = 5 * 60;

/** How often the banner asks: gently while all is well, more often once it shows, to clear soon after recovery. */
export const HEALTH_POLL_MS = 60_000;
export const HEALTH_POLL_UNHEALTHY_MS = 20_000;

export type IndexerHealth =
  | { status: "ok"; indexedBlock: number }
  | { status: "down"; reason: IndexerErrorKind | "notConfigured" }
  | { status: "lagging"; indexedBlock: number; headBlock: number; behindBlocks: number; behindSeconds: number };

export interface BlockPoint {
  number: bigint | number;
  /** Unix seconds; null when graph-node does not report it. */
  timestamp: bigint | number | null;
}

/** Whether an index at `indexed` is far behind the chain at `head` (see LAG_BLOCKS, LAG_SECONDS). */
export function judgeLag(indexed: BlockPoint, head: BlockPoint): IndexerHealth {
  const behindBlocks = Math.max(0, Number(head.number) - Number(indexed.number));
  const behindSeconds =
    indexed.timestamp === null || head.timestamp === null
      ? // No time from graph-node: count the blocks at one a second, the fastest chain we serve.
        behindBlocks
      : Math.max(0, Number(head.timestamp) - Number(indexed.timestamp));
  if (behindBlocks > LAG_BLOCKS && behindSeconds > LAG_SECONDS) {
    return {
      status: "lagging",
      indexedBlock: Number(indexed.number),
      headBlock: Number(head.number),
      behindBlocks,
      behindSeconds,
    };
  }
  return { status: "ok", indexedBlock: Number(indexed.number) };
}

/**
 * Asks the index for its block and the chain for its head. The index failing is "down"; the chain
 * failing leaves the index's word ("ok": the pages cannot read the chain either).
 */
export async function checkIndexerHealth(
  client: IndexerClient | null,
  readHead: () => Promise<BlockPoint>,
  signal?: AbortSignal,
): Promise<IndexerHealth> {
  if (!client) return { status: "down", reason: "notConfigured" };
  let meta;
  try {
    ({ _meta: meta } = await client.request(IndexerHealthDocument, {}, signal));
  } catch (error) {
    if (signal?.aborted) throw error;
    return { status: "down", reason: error instanceof IndexerError ? error.kind : "unreachable" };
  }
  if (!meta) return { status: "down", reason: "graphql" };
  const head = await readHead().catch(() => null);
  if (!head) return { status: "ok", indexedBlock: meta.block.number };
  return judgeLag(meta.block, head);
}

/** True when pages should read from the chain instead of the index. */
export const indexUnusable = (health: IndexerHealth | undefined) =>
  health?.status === "down" || health?.status === "lagging";

function useHealthOptions() {
  const client = useIndexerClient();
  const { rpcUrl } = useAppConfig();
  return {
    queryKey: [...indexerKeys.health(), rpcUrl],
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      checkIndexerHealth(
        client,
        async () => {
          const chain = await import("../chain/chainReads");
          return chain.chainHead(chain.chainClient(rpcUrl));
        },
        signal,
      ),
    retry: false,
    staleTime: HEALTH_POLL_UNHEALTHY_MS / 2,
  };
}

/** The index's health, polled (the shell's banner: the one place that keeps it fresh). */
export function useIndexerHealth() {
  return useQuery({
    ...useHealthOptions(),
    refetchInterval: (query) =>
      indexUnusable(query.state.data as IndexerHealth | undefined) ? HEALTH_POLL_UNHEALTHY_MS : HEALTH_POLL_MS,
  });
}

/**
 * The last known health, without asking (undefined until the banner's first answer): pages choose
 * their source from it, so a page test with no shell makes no extra requests.
 */
export function useKnownIndexerHealth(): IndexerHealth | undefined {
  return useQuery({ ...useHealthOptions(), enabled: false }).data;
}
