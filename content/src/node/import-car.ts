import type { CID } from "multiformats/cid";
import { BlockVerificationError, blockLinks } from "../blocks.js";
import { readVerifiedCar } from "../car.js";
import type { Repo } from "./repo.js";

/** A CAR the node refuses (HTTP 400); nothing of it was stored. */
export class CarRejectedError extends Error {
  override name = "CarRejectedError";
}

/** Blocks bigger than this cannot be exchanged with other IPFS peers (bitswap's limit). */
export const MAX_BLOCK_BYTES = 2 * 1024 * 1024;

export interface ImportResult {
  roots: CID[];
  blockCount: number;
  blockBytes: number;
}

/**
 * Imports a CAR all-or-nothing: every block's hash is checked and every root's DAG must be
 * complete (from the CAR plus blocks already stored) before anything is written; then the
 * reachable blocks are stored and the roots pinned recursively.
 */
export async function importCar(repo: Repo, bytes: Uint8Array): Promise<ImportResult> {
  let car;
  try {
    car = await readVerifiedCar(bytes);
  } catch (error) {
    throw new CarRejectedError(
      error instanceof BlockVerificationError
        ? `tampered or unsupported block: ${error.message}`
        : (error as Error).message,
    );
  }
  if (car.roots.length === 0) throw new CarRejectedError("the CAR names no root");
  for (const block of car.blocks.values()) {
    if (block.bytes.length > MAX_BLOCK_BYTES)
      throw new CarRejectedError(`block ${block.cid} is over ${MAX_BLOCK_BYTES} bytes`);
  }

  const toStore = new Map<string, { cid: CID; bytes: Uint8Array }>();
  const visited = new Set<string>();
  for (const root of car.roots) {
    const stack: CID[] = [root];
    while (stack.length > 0) {
      const cid = stack.pop()!;
      const key = cid.toString();
      if (visited.has(key)) continue;
      visited.add(key);
      const block = car.blocks.get(key);
      if (!block) {
        // Blocks already here came from an earlier complete import: their DAG is whole.
        if (await repo.has(cid)) continue;
        throw new CarRejectedError(`the CAR is incomplete: block ${key} under root ${root} is missing`);
      }
      toStore.set(key, block);
      try {
        stack.push(...blockLinks(cid, block.bytes));
      } catch (error) {
        throw new CarRejectedError(`block ${key} is not valid dag-pb: ${(error as Error).message}`);
      }
    }
  }

  let blockBytes = 0;
  for (const block of toStore.values()) {
    blockBytes += block.bytes.length;
    await repo.helia.blockstore.put(block.cid, block.bytes);
  }
  for (const root of car.roots) {
    if (await repo.helia.pins.isPinned(root)) continue;
    for await (const _ of repo.helia.pins.add(root, { offline: true } as object)) {
      // walking the DAG records each block's pin
    }
  }
  return { roots: car.roots, blockCount: toStore.size, blockBytes };
}
