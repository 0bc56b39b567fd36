// The hoster's hidden list (config.json `hidden`): what this site chooses not to show.
import { sellerOfListing } from "../lib/chain/listingId";
import type { AppConfig } from "./appConfig";

export type HiddenReason = "listing" | "seller";

/** Why this site hides listing `id` (0x-hex or decimal), or null when it shows it. */
export function listingHiddenReason(hidden: AppConfig["hidden"], id: string): HiddenReason | null {
  let value: bigint;
  try {
    value = BigInt(id);
  } catch {
    return null;
  }
  if (hidden.listings.includes(value.toString())) return "listing";
  if (hidden.sellers.includes(sellerOfListing(value))) return "seller";
  return null;
}

export const isSellerHidden = (hidden: AppConfig["hidden"], address: string) =>
  hidden.sellers.includes(address.toLowerCase());
