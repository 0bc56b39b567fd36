// What the Sell hub shows, worked out from the SellerListings answer: how far a new seller is in the
// walkthrough, and each listing's state as the seller thinks of it (on sale, sold out, closed).
import type { SellerListingsQuery } from "../../../lib/indexer/generated/graphql";

export type HubAccount = NonNullable<SellerListingsQuery["account"]>;
export type HubListing = HubAccount["listings"][number];
export type HubProfile = HubAccount["profile"][number];

/** Active with stock, active with none left (the seller may restock), or closed for good. */
export type ListingState = "active" | "soldOut" | "closed";

export function listingState(listing: Pick<HubListing, "status" | "stock">): ListingState {
  if (listing.status === "Closed") return "closed";
  return BigInt(listing.stock) === 0n ? "soldOut" : "active";
}

/** No valid profile, a profile without an encryption key, or one buyers can seal addresses to. */
export type ProfileState = "none" | "noKey" | "ready";

export function profileState(profile: Pick<HubProfile, "encryptionPublicKey"> | undefined): ProfileState {
  if (!profile) return "none";
  return profile.encryptionPublicKey ? "ready" : "noKey";
}

export type StepState = "done" | "current" | "todo";

export interface WalkthroughSteps {
  /** 1: the profile with its encryption key. */
  profile: StepState;
  /** 2: the first listing (a physical one needs step 1; a digital one does not). */
  listing: StepState;
  /** 3: the shop's tools, once something is listed. */
  tools: StepState;
}

export function walkthroughSteps(profile: ProfileState, listingCount: number): WalkthroughSteps {
  const keyed = profile === "ready";
  const listed = listingCount > 0;
  return {
    profile: keyed ? "done" : "current",
    listing: listed ? "done" : keyed ? "current" : "todo",
    tools: listed ? "current" : "todo",
  };
}
