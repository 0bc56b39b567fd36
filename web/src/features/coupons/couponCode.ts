// A signed coupon as a short, self-contained, URL-safe code (and a link to the cart with it), so a
// seller can share it as text, link or QR code and the buyer's browser needs nothing else.
//
// Binary layout (version 1), then base64url without padding:
//   version  u8 (= 1)
//   flags    u8   bits 0-1 listing: 0 any, 1 the seller's listing number, 2 any uint256
//                 bit 2 native token (token omitted)    bit 3 buyer present
//                 bit 4 expiry present                   bit 5 maxRedemptions present
//                 bit 6 chainId present (else the site's) bit 7 marketplace present (else the site's)
//   kind     u8
//   seller   20 bytes
//   listing  varint (number, or the whole id), if flagged
//   token    20 bytes, unless native
//   value    varint
//   buyer    20 bytes, if flagged
//   expiry, maxRedemptions  varint each, if flagged
//   salt     varint
//   chainId  varint, if flagged;  marketplace 20 bytes, if flagged
//   signature u8 tag: 0 = 64-byte EIP-2098 compact signature; 1 = varint length + raw bytes
//             (contract wallets' ERC-1271 signatures, or an ECDSA one that cannot be compacted)
//   checksum 4 bytes: keccak256 of everything before it
// Varints are unsigned LEB128. A listing id is `seller << 96 | number << 48`, so a listing of the
// coupon's own seller costs a few bytes. The checksum tells a mistyped or cut code from a forged one.
import {
  bytesToHex,
  getAddress,
  hexToBytes,
  keccak256,
  serializeSignature,
  zeroAddress,
  type Address,
  type Hex,
} from "viem";
import { HALF_CURVE_ORDER, type Coupon, type CouponDeployment, type SignedCoupon } from "./coupon";

export const COUPON_CODE_VERSION = 1;

/** Why a code cannot be read. */
export type CouponCodeErrorReason =
  /** Nothing to read. */
  | "empty"
  /** A character outside the code's alphabet, a cut code, or a checksum mismatch: a typing or copying slip. */
  | "mistyped"
  /** Made by a newer version of the site. */
  | "unsupportedVersion"
  /** The checksum holds but the contents do not parse: not made by {@link encodeCoupon}. */
  | "malformed"
  /** The code leaves chain and marketplace to the site, and this site has no Marketplace deployed. */
  | "noDeployment";

export class CouponCodeError extends Error {
  constructor(
    readonly reason: CouponCodeErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "CouponCodeError";
  }
}

const CHECKSUM_BYTES = 4;
const SIGNATURE_COMPACT = 0;
const SIGNATURE_RAW = 1;
const LISTING_ANY = 0;
const LISTING_NUMBER = 1;
const LISTING_ID = 2;
const flag = {
  nativeToken: 1 << 2,
  buyer: 1 << 3,
  expiry: 1 << 4,
  maxRedemptions: 1 << 5,
  chainId: 1 << 6,
  marketplace: 1 << 7,
} as const;

const UINT256_MAX = (1n << 256n) - 1n;
const LISTING_NUMBER_BITS = 48n;

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

class Writer {
  private readonly bytes: number[] = [];
  byte(value: number) {
    this.bytes.push(value & 0xff);
  }
  raw(data: Uint8Array) {
    for (const value of data) this.bytes.push(value);
  }
  address(value: Address) {
    const data = hexToBytes(value);
    if (data.length !== 20) throw new RangeError(`Not an address: ${value}`);
    this.raw(data);
  }
  varint(value: bigint) {
    if (value < 0n || value > UINT256_MAX) throw new RangeError(`Out of uint256 range: ${value}`);
    do {
      const low = Number(value & 0x7fn);
      value >>= 7n;
      this.byte(value > 0n ? low | 0x80 : low);
    } while (value > 0n);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

const malformed = (what: string) => new CouponCodeError("malformed", `The coupon code's ${what} is invalid`);

class Reader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  byte(what: string): number {
    if (this.offset >= this.bytes.length) throw malformed(what);
    return this.bytes[this.offset++]!;
  }
  raw(length: number, what: string): Uint8Array {
    if (this.offset + length > this.bytes.length) throw malformed(what);
    const slice = this.bytes.slice(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
  address(what: string): Address {
    return getAddress(bytesToHex(this.raw(20, what)));
  }
  /** An unsigned LEB128 varint below 2^bits, in its shortest form. */
  varint(what: string, bits = 256n): bigint {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      const next = this.byte(what);
      value |= BigInt(next & 0x7f) << shift;
      shift += 7n;
      if ((next & 0x80) === 0) {
        if (next === 0 && shift > 7n) throw malformed(what); // a padded varint
        break;
      }
      if (shift >= bits + 7n) throw malformed(what);
    }
    if (value >> bits !== 0n) throw malformed(what);
    return value;
  }
  end() {
    if (this.offset !== this.bytes.length) throw malformed("length");
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const value of bytes) binary += String.fromCharCode(value);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const checksum = (payload: Uint8Array) => hexToBytes(keccak256(payload)).slice(0, CHECKSUM_BYTES);

/**
 * An ECDSA signature as 64 bytes (EIP-2098: s with yParity in its top bit), when it is one the
 * contract can accept once expanded back to r, s, v = 27 | 28. A wallet's v of 0 | 1 is
 * normalised on the way, which only makes the signature acceptable to `ecrecover`.
 */
function compactSignature(signature: Hex): Uint8Array | null {
  const bytes = hexToBytes(signature);
  if (bytes.length !== 65) return null;
  const v = bytes[64]!;
  if (![0, 1, 27, 28].includes(v)) return null;
  const s = BigInt(bytesToHex(bytes.slice(32, 64)));
  if (s > HALF_CURVE_ORDER) return null;
  const compact = bytes.slice(0, 64);
  if (v % 27 === 1) compact[32]! |= 0x80;
  return compact;
}

function expandSignature(compact: Uint8Array): Hex {
  const yParity = compact[32]! >> 7;
  const s = compact.slice(32, 64);
  s[0]! &= 0x7f;
  return serializeSignature({ r: bytesToHex(compact.slice(0, 32)), s: bytesToHex(s), yParity });
}

/**
 * The code of a signed coupon. `site` is this site's deployment: when the coupon's chain and
 * marketplace are the site's they are left out (the decoder fills them in from its own site).
 */
export function encodeCoupon({ coupon, signature }: SignedCoupon, site?: CouponDeployment): string {
  const out = new Writer();
  const sellerPrefix = BigInt(coupon.seller) << 96n;
  const numberMask = ((1n << LISTING_NUMBER_BITS) - 1n) << LISTING_NUMBER_BITS;
  let listingMode = LISTING_ID;
  if (coupon.listingId === 0n) listingMode = LISTING_ANY;
  else if ((coupon.listingId & ~numberMask) === sellerPrefix) listingMode = LISTING_NUMBER;
  const nativeToken = sameAddress(coupon.token, zeroAddress);
  const hasBuyer = !sameAddress(coupon.buyer, zeroAddress);
  const ownChain = site !== undefined && coupon.chainId === BigInt(site.chainId);
  const ownMarketplace = site !== undefined && sameAddress(coupon.marketplace, site.marketplace);

  out.byte(COUPON_CODE_VERSION);
  out.byte(
    listingMode |
      (nativeToken ? flag.nativeToken : 0) |
      (hasBuyer ? flag.buyer : 0) |
      (coupon.expiry !== 0n ? flag.expiry : 0) |
      (coupon.maxRedemptions !== 0 ? flag.maxRedemptions : 0) |
      (ownChain ? 0 : flag.chainId) |
      (ownMarketplace ? 0 : flag.marketplace),
  );
  if (!Number.isInteger(coupon.kind) || coupon.kind < 0 || coupon.kind > 0xff) {
    throw new RangeError(`Not a uint8 coupon kind: ${coupon.kind}`);
  }
  out.byte(coupon.kind);
  out.address(coupon.seller);
  if (listingMode === LISTING_NUMBER)
    out.varint((coupon.listingId >> LISTING_NUMBER_BITS) & ((1n << LISTING_NUMBER_BITS) - 1n));
  if (listingMode === LISTING_ID) out.varint(coupon.listingId);
  if (!nativeToken) out.address(coupon.token);
  out.varint(coupon.value);
  if (hasBuyer) out.address(coupon.buyer);
  if (coupon.expiry !== 0n) out.varint(coupon.expiry);
  if (coupon.maxRedemptions !== 0) out.varint(BigInt(coupon.maxRedemptions));
  out.varint(coupon.salt);
  if (!ownChain) out.varint(coupon.chainId);
  if (!ownMarketplace) out.address(coupon.marketplace);
  const compact = compactSignature(signature);
  if (compact) {
    out.byte(SIGNATURE_COMPACT);
    out.raw(compact);
  } else {
    const raw = hexToBytes(signature);
    out.byte(SIGNATURE_RAW);
    out.varint(BigInt(raw.length));
    out.raw(raw);
  }
  const payload = out.done();
  const code = new Uint8Array(payload.length + CHECKSUM_BYTES);
  code.set(payload);
  code.set(checksum(payload), payload.length);
  return toBase64Url(code);
}

/**
 * What a buyer typed or pasted, as a code: surrounding and inner whitespace dropped (codes broken
 * across lines), and the `coupon` parameter taken out of a pasted coupon link.
 */
export function normalizeCouponInput(text: string): string {
  const trimmed = text.trim();
  const fromLink = /[?&]coupon=([^&#\s]*)/.exec(trimmed);
  const code = fromLink ? decodeURIComponent(fromLink[1]!) : trimmed;
  return code.replace(/\s+/g, "");
}

/** The signed coupon in a code (checksummed addresses); throws a {@link CouponCodeError} saying why it cannot be read. */
export function decodeCoupon(code: string, site?: CouponDeployment): SignedCoupon {
  const text = normalizeCouponInput(code);
  if (text === "") throw new CouponCodeError("empty", "No coupon code");
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length <= CHECKSUM_BYTES + 1) {
    throw new CouponCodeError("mistyped", "The coupon code has characters or a length no code has");
  }
  const payload = bytes.slice(0, -CHECKSUM_BYTES);
  const expected = checksum(payload);
  if (!expected.every((value, index) => value === bytes[payload.length + index])) {
    throw new CouponCodeError("mistyped", "The coupon code's checksum does not match: it was mistyped or cut");
  }
  const input = new Reader(payload);
  const version = input.byte("version");
  if (version !== COUPON_CODE_VERSION) {
    throw new CouponCodeError("unsupportedVersion", `Coupon code version ${version} is not supported`);
  }
  const flags = input.byte("flags");
  const listingMode = flags & 0b11;
  if (listingMode > LISTING_ID) throw malformed("listing");
  if ((!(flags & flag.chainId) || !(flags & flag.marketplace)) && !site) {
    throw new CouponCodeError("noDeployment", "The coupon code is for this site's marketplace, and it has none");
  }
  const kind = input.byte("kind");
  const seller = input.address("seller");
  let listingId = 0n;
  if (listingMode === LISTING_NUMBER) {
    const number = input.varint("listing", LISTING_NUMBER_BITS);
    if (number === 0n) throw malformed("listing");
    listingId = (BigInt(seller) << 96n) | (number << LISTING_NUMBER_BITS);
  } else if (listingMode === LISTING_ID) {
    listingId = input.varint("listing");
  }
  const token: Address = flags & flag.nativeToken ? zeroAddress : input.address("token");
  const value = input.varint("value");
  const buyer: Address = flags & flag.buyer ? input.address("buyer") : zeroAddress;
  const expiry = flags & flag.expiry ? input.varint("expiry", 64n) : 0n;
  const maxRedemptions = flags & flag.maxRedemptions ? Number(input.varint("maxRedemptions", 32n)) : 0;
  const salt = input.varint("salt");
  const chainId = flags & flag.chainId ? input.varint("chainId") : BigInt(site!.chainId);
  const marketplace: Address = flags & flag.marketplace ? input.address("marketplace") : getAddress(site!.marketplace);
  const tag = input.byte("signature");
  let signature: Hex;
  if (tag === SIGNATURE_COMPACT) {
    signature = expandSignature(input.raw(64, "signature"));
  } else if (tag === SIGNATURE_RAW) {
    const length = input.varint("signature", 16n);
    signature = bytesToHex(input.raw(Number(length), "signature"));
  } else {
    throw malformed("signature");
  }
  input.end();
  const coupon: Coupon = {
    seller,
    listingId,
    token,
    kind,
    value,
    buyer,
    expiry,
    maxRedemptions,
    salt,
    chainId,
    marketplace,
  };
  return { coupon, signature };
}

/** The query parameter the cart and checkout read a coupon code from. */
export const COUPON_PARAM = "coupon";

/**
 * The link that opens this site's cart with the coupon, e.g. `https://shop.example/#/cart?coupon=…`.
 * `baseUrl` is any address of the site, e.g. `window.location.href` (its hash route is replaced),
 * so the link also works for a site served from a folder or an IPFS gateway path.
 */
export function couponLink(code: string, baseUrl: string): string {
  const base = baseUrl.split("#")[0]!;
  return `${base}#/cart?${COUPON_PARAM}=${encodeURIComponent(code)}`;
}
