// The Marketplace's coupon as clients sign and pass it: the struct's type, its EIP-712 fields taken
// from the ABI (never typed by hand), the typed data a seller signs, and the empty coupon of a cart
// line without one. Shared by the web app, the demo seed and the gas bench.
import type { ContractFunctionArgs } from "viem";
import { zeroAddress } from "viem";
import { abis } from "./generated/deployedContracts.js";

/** The contract's `Coupon` struct, as viem encodes it (uint64/uint256 as bigint, uint8/uint32 as number). */
export type Coupon = ContractFunctionArgs<typeof abis.Marketplace, "view", "couponHash">[0];

/** The Marketplace's EIP-712 domain (Checkout.sol: `EIP712("Agora Marketplace", "1")`). */
export const MARKETPLACE_DOMAIN_NAME = "Agora Marketplace";
export const MARKETPLACE_DOMAIN_VERSION = "1";

type MarketplaceAbiItem = (typeof abis.Marketplace)[number];
type CouponHashAbi = Extract<MarketplaceAbiItem, { type: "function"; name: "couponHash" }>;
type CouponComponents = CouponHashAbi["inputs"][0]["components"];
type Eip712Fields<T extends readonly unknown[]> = {
  readonly [K in keyof T]: T[K] extends { name: infer Name; type: infer Type } ? { name: Name; type: Type } : never;
};

const couponHashAbi = abis.Marketplace.find(
  (item): item is CouponHashAbi => item.type === "function" && item.name === "couponHash",
);
if (!couponHashAbi) throw new Error("The Marketplace ABI has no couponHash(Coupon)");

/**
 * The EIP-712 fields of `Coupon`, taken from the ABI's struct (same names, types and order as
 * CouponHashing's typehash). Only `name` and `type` are kept: wallets reject unknown keys.
 */
export const couponTypes = {
  Coupon: couponHashAbi.inputs[0].components.map(({ name, type }) => ({
    name,
    type,
  })) as unknown as Eip712Fields<CouponComponents>,
} as const;

/** What the seller signs: the coupon under the domain of the Marketplace it names. */
export function couponTypedData(coupon: Coupon) {
  return {
    domain: {
      name: MARKETPLACE_DOMAIN_NAME,
      version: MARKETPLACE_DOMAIN_VERSION,
      chainId: coupon.chainId,
      verifyingContract: coupon.marketplace,
    },
    types: couponTypes,
    primaryType: "Coupon",
    message: coupon,
  } as const;
}

/** An all-zero coupon: what a cart line without a coupon passes (the contract ignores it). */
export const noCoupon: Coupon = {
  seller: zeroAddress,
  listingId: 0n,
  token: zeroAddress,
  kind: 0,
  value: 0n,
  buyer: zeroAddress,
  expiry: 0n,
  maxRedemptions: 0,
  salt: 0n,
  chainId: 0n,
  marketplace: zeroAddress,
};
