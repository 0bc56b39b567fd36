import * as dagPb from "@ipld/dag-pb";
import { CID } from "multiformats/cid";
import { identity } from "multiformats/hashes/identity";
import { sha256 } from "multiformats/hashes/sha2";
import * as raw from "multiformats/codecs/raw";

/** Codecs of UnixFS: real IPFS nodes' `cat` and graph-node read only these. */
export const UNIXFS_CODECS: ReadonlySet<number> = new Set([dagPb.code, raw.code]);

export class BlockVerificationError extends Error {
  override name = "BlockVerificationError";
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Throws unless `bytes` hash to `cid` (sha2-256 or identity) and the codec is allowed. */
export async function verifyBlock(
  cid: CID,
  bytes: Uint8Array,
  codecs: ReadonlySet<number> = UNIXFS_CODECS,
): Promise<void> {
  if (!codecs.has(cid.code)) {
    throw new BlockVerificationError(
      `block ${cid} has codec 0x${cid.code.toString(16)}, only UnixFS (dag-pb, raw) is accepted`,
    );
  }
  const { code, digest } = cid.multihash;
  if (code === identity.code) {
    if (!equalBytes(digest, bytes)) throw new BlockVerificationError(`identity block ${cid} does not match its bytes`);
    return;
  }
  if (code !== sha256.code)
    throw new BlockVerificationError(`block ${cid} uses unsupported hash 0x${code.toString(16)}`);
  const actual = await sha256.digest(bytes);
  if (!equalBytes(actual.digest, digest)) throw new BlockVerificationError(`block ${cid} does not match its hash`);
}

/** CIDs a UnixFS block links to (none for raw leaves). */
export function blockLinks(cid: CID, bytes: Uint8Array): CID[] {
  if (cid.code !== dagPb.code) return [];
  return dagPb.decode(bytes).Links.map((link) => link.Hash);
}

export { CID };

/** A block a read needed that the source (gateway CAR, local store) did not have. */
export class MissingBlockError extends Error {
  override name = "MissingBlockError";
  constructor(readonly cid: CID) {
    super(`block ${cid} is missing`);
  }
}

/** A read-only blockstore (as ipfs-unixfs-exporter wants it) over a map of verified blocks. */
export function mapBlockstore(blocks: Map<string, { bytes: Uint8Array }>) {
  return {
    *get(cid: CID): Generator<Uint8Array> {
      const block = blocks.get(cid.toString());
      if (!block) throw new MissingBlockError(cid);
      yield block.bytes;
    },
  };
}
