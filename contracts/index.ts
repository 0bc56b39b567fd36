import type { Address, ContractFunctionArgs } from "viem";
import { abis, deployments } from "./generated/deployedContracts.js";

export { abis, deployments, networkNames } from "./generated/deployedContracts.js";
export type ContractName = keyof typeof abis;
export { permitArgument, permitTypedData, type Eip712DomainResult, type PermitMessage } from "./permit.js";
export {
  couponTypedData,
  couponTypes,
  MARKETPLACE_DOMAIN_NAME,
  MARKETPLACE_DOMAIN_VERSION,
  noCoupon,
  type Coupon,
} from "./coupon.js";

/** A deployed contract's address, ABI and start block on `chainId`, or undefined if not there. */
export function deployedContract<Name extends ContractName>(chainId: number, name: Name) {
  const chain = (
    deployments as Record<number, Partial<Record<ContractName, { address: Address; deployedOnBlock: number }>>>
  )[chainId];
  const entry = chain?.[name];
  return entry ? { ...entry, abi: abis[name] } : undefined;
}

/**
 * The immutable terms of an order, as emitted in `OrderPlaced` and passed back on every later call
 * (the Marketplace stores only a commitment to them). Inferred from the ABI's `Order` struct.
 */
export type OrderTerms = ContractFunctionArgs<typeof abis.Marketplace, "nonpayable", "confirmReceipt">[1];
