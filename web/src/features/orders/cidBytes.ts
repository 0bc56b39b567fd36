import { CID } from "multiformats/cid";
import { toHex, type Hex } from "viem";

/** A CID (text) as the raw bytes the contract's events carry (and the subgraph turns back into text). */
export const cidBytes = (cid: string): Hex => toHex(CID.parse(cid).bytes);
