// The stack's IPFS node, written to directly, and throwaway copies of it for outage scenarios.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildDirectoryCar, kuboRpcTarget, uploadBuiltCar, type DirectoryFile } from "@agora/content";
import { startIpfsNode, type IpfsNode } from "@agora/content/node";

export function stackIpfsUrl(): string {
  const url = process.env.AGORA_E2E_IPFS_URL;
  if (!url) throw new Error("AGORA_E2E_IPFS_URL is not set: run through the e2e global setup");
  return url;
}

/**
 * Uploads files as one UnixFS directory to the stack's node, as is: no schema check, so a test
 * can publish what a careless or hostile seller might. Answers the root CID (text and bytes).
 */
export async function uploadDirectory(files: DirectoryFile[]): Promise<{ cid: string; bytes: Uint8Array }> {
  const built = await buildDirectoryCar(files);
  const { root } = await uploadBuiltCar(kuboRpcTarget({ url: stackIpfsUrl() }), built);
  return { cid: root, bytes: built.root.bytes };
}

/**
 * A second, real IPFS node serving a copy of the stack's repo (the catalogue's photos and
 * documents) on a free port; the stack's own node keeps running for graph-node and other tests.
 * `dispose` stops it (if still running) and removes the copy.
 */
export async function startIpfsCopy(corsOrigins: string[] = []): Promise<{
  node: IpfsNode;
  dispose: () => Promise<void>;
}> {
  const stateDir = process.env.AGORA_E2E_STATE_DIR;
  if (!stateDir) throw new Error("AGORA_E2E_STATE_DIR is not set: run through the e2e global setup");
  const repo = await mkdtemp(path.join(tmpdir(), "agora-e2e-ipfs-"));
  try {
    await cp(path.join(stateDir, "ipfs"), repo, { recursive: true });
    const node = await startIpfsNode({ port: 0, repo, corsOrigins });
    return {
      node,
      dispose: async () => {
        await node.stop();
        await rm(repo, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(repo, { recursive: true, force: true });
    throw error;
  }
}
