import type { Address } from "viem";
import { abis, deployments } from "./generated/deployedContracts.js";

export { abis, deployments, networkNames } from "./generated/deployedContracts.js";
export type ContractName = keyof typeof abis;

/** A deployed contract's address, ABI and start block on `chainId`, or undefined if not there. */
export function deployedContract<Name extends ContractName>(chainId: number, name: Name) {
  const chain = (
    deployments as Record<number, Partial<Record<ContractName, { address: Address; deployedOnBlock: number }>>>
  )[chainId];
  const entry = chain?.[name];
  return entry ? { ...entry, abi: abis[name] } : undefined;
}
