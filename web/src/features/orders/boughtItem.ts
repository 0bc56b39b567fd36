// What an order bought, as its pages show it: the metadata version published at purchase (what
// the buyer paid for), else the listing's current version when that one is unreadable.
import type { MetadataFieldsFragment } from "../../lib/indexer/generated/graphql";

export interface BoughtItemOrder {
  metadata: (MetadataFieldsFragment & { valid: boolean }) | null;
  listing: { id: string; current: MetadataFieldsFragment[] };
}

export interface BoughtItemView {
  name: string | undefined;
  /** `<directory cid>/<cover path>`, for IpfsImage. */
  photo: string | undefined;
  photoAlt: string;
  kind: string | null;
  /** The listing directory's CID (a review names it), if any version is readable. */
  cid: string | undefined;
  /** True when the purchase's own version was unreadable and the current one stands in. */
  fallback: boolean;
}

export function boughtItem(order: BoughtItemOrder): BoughtItemView {
  const own = order.metadata?.valid ? order.metadata : undefined;
  const metadata = own ?? order.listing.current[0];
  const name = metadata?.name?.trim() || undefined;
  const cover = metadata ? (metadata.coverImage ?? metadata.images?.[0]) : undefined;
  return {
    name,
    photo: metadata && cover ? `${metadata.cid}/${cover}` : undefined,
    photoAlt: metadata?.imageAlts?.[0]?.trim() || name || "",
    kind: metadata?.kind ?? null,
    cid: metadata?.cid,
    fallback: own === undefined && metadata !== undefined,
  };
}
