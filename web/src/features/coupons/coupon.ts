// A coupon is a seller's EIP-712 signed `Coupon` (contracts/src/lib/MarketplaceTypes.sol), redeemed
// on one line of the cart checkout. Everything here mirrors the contract (Checkout.sol,
// CouponHashing.sol): the type comes from the generated ABI, the digest is `couponHash`, and the
// discount is `_redeemCoupon`'s arithmetic. No React: sellers' tools and tests use it as well.
import { couponTypedData, noCoupon, type Coupon } from "@agora/contracts";

export {
  couponTypedData,
  couponTypes,
  MARKETPLACE_DOMAIN_NAME,
  MARKETPLACE_DOMAIN_VERSION,
  noCoupon,
  type Coupon,
} from "@agora/contracts";
import {
  bytesToHex,
  hashTypedData,
  hexToBytes,
  zeroAddress,
  type Account,
  type Address,
  type Chain,
  type Hex,
  type LocalAccount,
  type Transport,
  type WalletClient,
} from "viem";

/** A coupon with its seller's signature, as a cart line carries it. */
export interface SignedCoupon {
  coupon: Coupon;
  signature: Hex;
}

/** Where coupons are valid: the site's chain and its Marketplace contract. */
export interface CouponDeployment {
  chainId: number;
  marketplace: Address;
}

/** Coupon kinds (Checkout.sol `COUPON_PERCENT`, `COUPON_FIXED`). */
export const COUPON_PERCENT = 0;
export const COUPON_FIXED = 1;
/** Basis points in a whole: a percent coupon's `value` is at most this. */
export const BPS = 10_000n;

/**
 * The coupon's EIP-712 digest: the Marketplace's `couponHash(coupon)` (its id in `CouponRedeemed`,
 * `CouponRevoked` and the subgraph's `Coupon.id`). The contract hashes under its own chain and
 * address, so the two agree whenever the coupon's `chainId` and `marketplace` name that contract,
 * which is the only case in which it can be redeemed.
 */
export function couponDigest(coupon: Coupon): Hex {
  return hashTypedData(couponTypedData(coupon));
}

/**
 * The discount the contract takes off a line of `lineTotal` (price × quantity): basis points
 * rounded down, or a fixed amount capped at the line total. `null` where the contract reverts
 * with `InvalidCoupon` (an unknown kind, or more than 100%).
 */
export function discountFor(coupon: Pick<Coupon, "kind" | "value">, lineTotal: bigint): bigint | null {
  if (coupon.kind === COUPON_PERCENT) {
    if (coupon.value > BPS) return null;
    return (lineTotal * coupon.value) / BPS;
  }
  if (coupon.kind === COUPON_FIXED) return coupon.value < lineTotal ? coupon.value : lineTotal;
  return null;
}

/** The terms a seller chooses; everything else has a default (see {@link makeCoupon}). */
export interface CouponTerms {
  seller: Address;
  token: Address;
  kind: typeof COUPON_PERCENT | typeof COUPON_FIXED;
  /** Basis points (percent kind) or base units of `token` (fixed kind). */
  value: bigint;
  /** One listing, or 0 / omitted for every listing of the seller in `token`. */
  listingId?: bigint;
  /** Only this buyer, or omitted for anyone. */
  buyer?: Address;
  /** Last valid unix time (inclusive), or 0 / omitted for none. */
  expiry?: bigint;
  /** At most this many redemptions, or 0 / omitted for unlimited. */
  maxRedemptions?: number;
  /** Distinguishes otherwise identical coupons; random 64 bits when omitted (keeps codes short). */
  salt?: bigint;
}

function randomSalt(): bigint {
  const words = crypto.getRandomValues(new Uint32Array(2));
  return (BigInt(words[0]!) << 32n) | BigInt(words[1]!);
}

/** A complete coupon for `deployment` from a seller's terms. */
export function makeCoupon(terms: CouponTerms, deployment: CouponDeployment): Coupon {
  return {
    seller: terms.seller,
    listingId: terms.listingId ?? 0n,
    token: terms.token,
    kind: terms.kind,
    value: terms.value,
    buyer: terms.buyer ?? zeroAddress,
    expiry: terms.expiry ?? 0n,
    maxRedemptions: terms.maxRedemptions ?? 0,
    salt: terms.salt ?? randomSalt(),
    chainId: BigInt(deployment.chainId),
    marketplace: deployment.marketplace,
  };
}

/** Who can sign a coupon: a local account (tests, scripts) or a wallet client with its account. */
export type CouponSigner = LocalAccount | WalletClient<Transport, Chain | undefined, Account>;

// A client's `type` is a plain string, so it cannot discriminate the union by itself.
const isLocalAccount = (signer: CouponSigner): signer is LocalAccount =>
  signer.type === "local" && "publicKey" in signer;

/** The seller's EIP-712 signature of `coupon` (the signer must be `coupon.seller`). */
export async function signCoupon(signer: CouponSigner, coupon: Coupon): Promise<Hex> {
  const typedData = couponTypedData(coupon);
  if (isLocalAccount(signer)) return signer.signTypedData(typedData);
  return signer.signTypedData({ account: signer.account, ...typedData });
}

/** secp256k1's n / 2: OpenZeppelin's ECDSA refuses signatures with a larger s (malleability). */
export const HALF_CURVE_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;

/**
 * Whether `signature` has the shape the contract's ECDSA path accepts (OpenZeppelin's
 * `tryRecoverCalldata`): 65 bytes, low s, v of 27 or 28. Others can only pass as a contract
 * wallet's ERC-1271 signature.
 */
export function isContractEcdsaShape(signature: Hex): boolean {
  const bytes = hexToBytes(signature);
  if (bytes.length !== 65) return false;
  const s = BigInt(bytesToHex(bytes.slice(32, 64)));
  return s <= HALF_CURVE_ORDER && (bytes[64] === 27 || bytes[64] === 28);
}

/** The `coupon` and `couponSignature` fields of a `CartItem`, with or without a coupon. */
export function cartItemCoupon(signed: SignedCoupon | undefined): { coupon: Coupon; couponSignature: Hex } {
  return signed
    ? { coupon: signed.coupon, couponSignature: signed.signature }
    : { coupon: noCoupon, couponSignature: "0x" };
}
