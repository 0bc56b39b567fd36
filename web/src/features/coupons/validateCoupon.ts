// Checks a coupon in the browser, before the buyer signs, the way the contract will at checkout
// (Checkout.sol `_redeemCoupon`): the same checks in the same order, so the first reason shown is
// the revert the buyer would otherwise pay gas to meet. Reads are injected (subgraph or chain), so
// the rules are tested without a network.
import { recoverTypedDataAddress, zeroAddress, type Address, type Hex, type PublicClient } from "viem";
import { sellerOfListing } from "../../lib/chain/listingId";
import {
  couponDigest,
  couponTypedData,
  discountFor,
  isContractEcdsaShape,
  type Coupon,
  type CouponDeployment,
  type SignedCoupon,
} from "./coupon";
import { CouponCodeError, decodeCoupon } from "./couponCode";

/** The cart line a coupon is for. */
export interface CouponLineScope {
  /** The listing id, 0x-hex (as the subgraph has it) or decimal; its top 160 bits are the seller. */
  listingId: string;
  /** The listing's payment token (zero address for ETH). */
  token: string;
  /** Unit price × quantity, in the token's base units. */
  lineTotal: bigint;
}

/** What the contract has counted for a coupon. */
export interface CouponRedemptionState {
  revoked: boolean;
  /** Redemptions counted (the contract counts only for coupons with a maximum). */
  used: bigint;
}

/** The chain reads signature checks of contract wallets need. */
export type CouponPublicClient = Pick<PublicClient, "getCode" | "verifyTypedData">;

export interface CouponCheckContext {
  line: CouponLineScope;
  /** The connected account, or undefined with no wallet connected. */
  buyer: string | undefined;
  /** The site's chain and Marketplace; undefined when the site has none deployed. */
  site: CouponDeployment | undefined;
  /** Current unix time in seconds. */
  now: bigint;
  /** How often the coupon (by digest) was redeemed, and whether it was revoked. */
  redemptions: (digest: Hex) => Promise<CouponRedemptionState>;
  /** For sellers that are contract wallets (ERC-1271); without one only ECDSA signatures pass. */
  publicClient?: () => CouponPublicClient;
}

/** Why a coupon cannot be used on this line, with what the sentence needs. */
export type CouponRefusal =
  | { reason: "mistyped" }
  | { reason: "unsupportedVersion" }
  | { reason: "malformed" }
  | { reason: "notDeployed" }
  | { reason: "wrongChain"; chainId: bigint }
  | { reason: "wrongMarketplace" }
  | { reason: "wrongSeller" }
  | { reason: "wrongListing"; listingId: bigint }
  | { reason: "wrongToken" }
  | { reason: "connectWallet"; buyer: Address }
  | { reason: "wrongBuyer"; buyer: Address }
  | { reason: "expired"; expiry: bigint }
  | { reason: "badSignature" }
  | { reason: "revoked" }
  | { reason: "usedUp"; used: bigint; max: number }
  | { reason: "invalidTerms" };

export type CouponRefusalReason = CouponRefusal["reason"];

/** A coupon the contract will accept on the line, and what it takes off. */
export interface ValidatedCoupon extends SignedCoupon {
  /** `couponHash`: the coupon's id on chain and in the subgraph. */
  digest: Hex;
  /** Taken off the line total, in the token's base units. */
  discount: bigint;
  /** Redemptions left, or null for unlimited. */
  remaining: bigint | null;
}

export type CouponCheck = ({ ok: true } & ValidatedCoupon) | ({ ok: false } & CouponRefusal);

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `_checkCouponScope`: the checks that need no signature, in the contract's order. */
function scopeRefusal(coupon: Coupon, context: CouponCheckContext & { site: CouponDeployment }): CouponRefusal | null {
  const { line, buyer, site, now } = context;
  if (coupon.chainId !== BigInt(site.chainId)) return { reason: "wrongChain", chainId: coupon.chainId };
  if (!same(coupon.marketplace, site.marketplace)) return { reason: "wrongMarketplace" };
  const listingId = BigInt(line.listingId);
  if (!same(coupon.seller, sellerOfListing(listingId))) return { reason: "wrongSeller" };
  if (coupon.listingId !== 0n && coupon.listingId !== listingId) {
    return { reason: "wrongListing", listingId: coupon.listingId };
  }
  if (!same(coupon.token, line.token)) return { reason: "wrongToken" };
  if (!same(coupon.buyer, zeroAddress)) {
    if (buyer === undefined) return { reason: "connectWallet", buyer: coupon.buyer };
    if (!same(coupon.buyer, buyer)) return { reason: "wrongBuyer", buyer: coupon.buyer };
  }
  if (coupon.expiry !== 0n && now > coupon.expiry) return { reason: "expired", expiry: coupon.expiry };
  return null;
}

/**
 * OpenZeppelin's `SignatureChecker` as the contract runs it: ECDSA recovery for an account without
 * code, ERC-1271 for a contract wallet. The ECDSA path is tried locally first (no request for
 * the common case); only when it fails is the chain asked whether the seller is a contract, and
 * the contract asked (viem's `verifyTypedData`). An account with EIP-7702 code whose own key
 * signed passes here; its delegate decides on chain.
 */
export async function isSignedBySeller(
  { coupon, signature }: SignedCoupon,
  publicClient?: () => CouponPublicClient,
): Promise<boolean> {
  const typedData = couponTypedData(coupon);
  if (isContractEcdsaShape(signature)) {
    const signer = await recoverTypedDataAddress({ ...typedData, signature }).catch(() => undefined);
    if (signer && same(signer, coupon.seller)) return true;
  }
  const client = publicClient?.();
  if (!client) return false;
  const code = await client.getCode({ address: coupon.seller });
  if (!code || code === "0x") return false;
  return client.verifyTypedData({ address: coupon.seller, signature, ...typedData });
}

/**
 * Whether `signed` can be redeemed on `context.line` by `context.buyer` now, and its discount.
 * Rejects only when a read fails (subgraph or chain); every refusal is a result.
 */
export async function validateCoupon(signed: SignedCoupon, context: CouponCheckContext): Promise<CouponCheck> {
  const { site } = context;
  if (!site) return { ok: false, reason: "notDeployed" };
  const { coupon, signature } = signed;
  const scope = scopeRefusal(coupon, { ...context, site });
  if (scope) return { ok: false, ...scope };
  if (!(await isSignedBySeller(signed, context.publicClient))) return { ok: false, reason: "badSignature" };
  const digest = couponDigest(coupon);
  const { revoked, used } = await context.redemptions(digest);
  if (revoked) return { ok: false, reason: "revoked" };
  if (coupon.maxRedemptions !== 0 && used >= BigInt(coupon.maxRedemptions)) {
    return { ok: false, reason: "usedUp", used, max: coupon.maxRedemptions };
  }
  const discount = discountFor(coupon, context.line.lineTotal);
  if (discount === null) return { ok: false, reason: "invalidTerms" };
  const remaining = coupon.maxRedemptions === 0 ? null : BigInt(coupon.maxRedemptions) - used;
  return { ok: true, coupon, signature, digest, discount, remaining };
}

/** {@link validateCoupon} of a code as typed or pasted; an unreadable code is a refusal too. */
export async function checkCouponCode(code: string, context: CouponCheckContext): Promise<CouponCheck> {
  let signed: SignedCoupon;
  try {
    signed = decodeCoupon(code, context.site);
  } catch (error) {
    if (!(error instanceof CouponCodeError)) throw error;
    switch (error.reason) {
      case "empty":
      case "mistyped":
        return { ok: false, reason: "mistyped" };
      case "noDeployment":
        return { ok: false, reason: "notDeployed" };
      default:
        return { ok: false, reason: error.reason };
    }
  }
  return validateCoupon(signed, context);
}
