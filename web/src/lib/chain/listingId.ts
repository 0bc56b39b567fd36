// A listing id packs its seller and its global listing number (contracts: seller << 96 |
// listingNumber << 48); pages name listings by the number, and hosts hide sellers by the address.

import { shortHex } from "./display";

const NUMBER_MASK = (1n << 48n) - 1n;

const parse = (id: string): bigint | undefined => {
  try {
    return BigInt(id);
  } catch {
    return undefined;
  }
};

/** The seller address in a listing id (its top 160 bits), lowercase. */
export function sellerOfListing(id: bigint): string {
  return `0x${(id >> 96n).toString(16).padStart(40, "0")}`;
}

/** "#12" for a listing id (hex or decimal); ids that are not listing-shaped are shortened as they are. */
export function listingLabel(id: string): string {
  const value = parse(id);
  const number = value === undefined ? 0n : (value >> 48n) & NUMBER_MASK;
  if (number > 0n) return `#${number}`;
  return shortHex(id);
}
