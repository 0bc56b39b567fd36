import "../polyfill.js";
import type { Helia } from "@helia/interface";
import * as dagPb from "@ipld/dag-pb";
import { FsBlockstore } from "blockstore-fs";
import { FsDatastore } from "datastore-fs";
import { createHeliaLight } from "helia";
import { UnixFS } from "ipfs-unixfs";
import type { CID } from "multiformats/cid";
import path from "node:path";
import { blockLinks } from "../blocks.js";
import { collectBytes } from "../bytes.js";

/**
 * The node's storage: a Helia without libp2p (nothing to listen on or dial), with no block
 * brokers (nothing to fetch from) and a router that knows nothing (Helia hangs with zero
 * routers), over a filesystem blockstore and datastore in `repo`. Every read is `offline`.
 */
export interface Repo {
  readonly helia: Helia;
  has(cid: CID): Promise<boolean>;
  /** The block's bytes; throws a `NotFoundError`-named error when absent. */
  get(cid: CID): Promise<Uint8Array>;
  /** A read-only blockstore view for ipfs-unixfs-exporter. */
  readonly exporterStore: { get(cid: CID, options?: object): AsyncGenerator<Uint8Array> };
  close(): Promise<void>;
}

export const noopRouter = {
  name: "agora-noop",
  async *findProviders() {},
};

export async function openRepo(repo: string): Promise<Repo> {
  const blockstore = new FsBlockstore(path.join(repo, "blocks"));
  const datastore = new FsDatastore(path.join(repo, "datastore"));
  await blockstore.open();
  await datastore.open();
  const helia = createHeliaLight({ blockstore, datastore, routers: [noopRouter], blockBrokers: [] });
  await helia.start();
  const offline = { offline: true } as const;
  return {
    helia,
    has: async (cid) => await helia.blockstore.has(cid),
    get: (cid) => collectBytes(helia.blockstore.get(cid, offline)),
    exporterStore: {
      get: (cid, options = {}) => helia.blockstore.get(cid, { ...options, ...offline }) as AsyncGenerator<Uint8Array>,
    },
    async close() {
      await helia.stop();
      await blockstore.close();
      await datastore.close();
    },
  };
}

/** Depth-first (pre-order) CIDs of the DAG under `root`, as the trustless gateway's CAR order. */
export async function* walkDag(
  repo: Repo,
  root: CID,
  scope: "all" | "entity" | "block" = "all",
): AsyncGenerator<{ cid: CID; bytes: Uint8Array }> {
  const seen = new Set<string>();
  const stack: CID[] = [root];
  while (stack.length > 0) {
    const cid = stack.pop()!;
    const key = cid.toString();
    if (seen.has(key)) continue;
    seen.add(key);
    const bytes = await repo.get(cid);
    yield { cid, bytes };
    if (scope === "block") return;
    const links = blockLinks(cid, bytes);
    if (scope === "entity" && cid === root && isDirectoryNode(cid, bytes)) return;
    for (let i = links.length - 1; i >= 0; i--) stack.push(links[i]!);
  }
}

/** True for a dag-pb node whose UnixFS type is a directory or a HAMT shard. */
function isDirectoryNode(cid: CID, bytes: Uint8Array): boolean {
  if (cid.code !== dagPb.code) return false;
  const data = dagPb.decode(bytes).Data;
  if (!data) return false;
  const type = UnixFS.unmarshal(data).type;
  return type === "directory" || type === "hamt-sharded-directory";
}
