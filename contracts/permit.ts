import { parseSignature, type Address, type Hex } from "viem";

/** What a token's EIP-5267 `eip712Domain()` returns. */
export type Eip712DomainResult = readonly [Hex, string, string, bigint, Address, Hex, readonly bigint[]];

export interface PermitMessage {
  owner: Address;
  spender: Address;
  value: bigint;
  nonce: bigint;
  deadline: bigint;
}

/** EIP-2612's `Permit`, signed over the token's own EIP-712 domain (as its `eip712Domain()` states it). */
export function permitTypedData(domain: Eip712DomainResult, message: PermitMessage) {
  const [, name, version, chainId, verifyingContract] = domain;
  return {
    domain: { name, version, chainId, verifyingContract },
    types: {
      Permit: [
        { name: "owner", type: "address" },
        { name: "spender", type: "address" },
        { name: "value", type: "uint256" },
        { name: "nonce", type: "uint256" },
        { name: "deadline", type: "uint256" },
      ],
    },
    primaryType: "Permit",
    message,
  } as const;
}

/** The permit argument of the Marketplace's `…WithPermit` functions, from the signature. */
export function permitArgument(signature: Hex, value: bigint, deadline: bigint) {
  const { v, r, s, yParity } = parseSignature(signature);
  return { value, deadline, v: Number(v ?? BigInt(yParity + 27)), r, s };
}
