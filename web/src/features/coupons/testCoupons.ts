// Test data for the coupon tests: anvil's well-known dev keys (public, never funded outside a
// local chain) as seller, buyer and stranger, the site of the test config, and a listing.
import { deployedContract } from "@agora/contracts";
import type { Address } from "viem";
import { privateKeyToAccount } from "viem/accounts";
import {
  makeCoupon,
  signCoupon,
  type Coupon,
  type CouponDeployment,
  type CouponTerms,
  type SignedCoupon,
} from "./coupon";

export const sellerAccount = privateKeyToAccount("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
export const buyerAccount = privateKeyToAccount("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
export const strangerAccount = privateKeyToAccount(
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
);

/** The site of `testConfig` (chain 31337) and its Marketplace from the generated deployments. */
export const testSite: CouponDeployment = {
  chainId: 31337,
  marketplace: deployedContract(31337, "Marketplace")!.address,
};

export const usdcAddress: Address = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

/** The seller's listing number `number`, as the subgraph writes its id. */
export const listingOf = (seller: Address, number: bigint) =>
  `0x${((BigInt(seller) << 96n) | (number << 48n)).toString(16)}`;

/** A coupon of the seller on the test site: 10% off any of their USDC listings unless told. */
export function testCoupon(terms: Partial<CouponTerms> = {}, overrides: Partial<Coupon> = {}): Coupon {
  return {
    ...makeCoupon(
      { seller: sellerAccount.address, token: usdcAddress, kind: 0, value: 1000n, salt: 7n, ...terms },
      testSite,
    ),
    ...overrides,
  };
}

export async function signedTestCoupon(
  terms: Partial<CouponTerms> = {},
  overrides: Partial<Coupon> = {},
): Promise<SignedCoupon> {
  const coupon = testCoupon(terms, overrides);
  return { coupon, signature: await signCoupon(sellerAccount, coupon) };
}
