// The SellerListings query's answers in their real shape, for the hub's tests.
import type { SellerListingsQuery } from "../../../lib/indexer/generated/graphql";
import { eth, usdc } from "../../../test/fixtures";
import type { HubAccount, HubListing, HubProfile } from "./sellerHub";

export const hubSeller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
export const hubSellerChecksummed = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
export const KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

/** A listing id as the subgraph has it: the seller's address over listing number `number`. */
export const hubListingId = (number: number) =>
  `0x${hubSeller.slice(2)}${number.toString(16).padStart(12, "0")}${"0".repeat(12)}`;

export function hubProfile(options: Partial<HubProfile> = {}): HubProfile {
  return {
    id: `${hubSeller}-1`,
    version: 1,
    cid: "bafyprofile",
    name: "Lin's Workshop",
    avatar: null,
    encryptionPublicKey: KEY,
    ...options,
  };
}

/** Listing `number`: "Item <number>", 12.5 USDC, 3 in stock, 2 sold, active, with one photo. */
export function hubListing(number: number, options: Partial<HubListing> & { name?: string | null } = {}): HubListing {
  const { name = `Item ${number}`, ...rest } = options;
  const id = hubListingId(number);
  const cid = `bafylisting${number}`;
  return {
    id,
    price: "12500000",
    stock: "3",
    status: "Active",
    unitsSold: "2",
    orderCount: 2,
    createdAt: "1700000000",
    closedAt: null,
    metadataCid: cid,
    token: usdc,
    current:
      name === null
        ? []
        : [
            {
              id: `${id}-1`,
              version: 1,
              cid,
              name,
              category: "home",
              condition: "new",
              kind: "physical",
              coverImage: "photo-1.png",
              images: ["photo-1.png"],
              imageAlts: [`${name}, front`],
            },
          ],
    ...rest,
  };
}

export const sold = (number: number, options: Partial<HubListing> = {}) =>
  hubListing(number, { stock: "0", unitsSold: "4", ...options });
export const closed = (number: number, options: Partial<HubListing> = {}) =>
  hubListing(number, { status: "Closed", stock: "0", closedAt: "1700086400", ...options });
export const inEth = (number: number) => hubListing(number, { price: "20000000000000000", token: eth });

export function hubAnswer(
  profile: HubProfile | undefined,
  listings: HubListing[] = [],
  counts: Partial<Pick<HubAccount, "listingCount" | "activeListingCount">> = {},
): SellerListingsQuery {
  return {
    account: {
      id: hubSeller,
      listingCount: listings.length,
      activeListingCount: listings.filter((listing) => listing.status === "Active").length,
      ...counts,
      profile: profile ? [profile] : [],
      listings,
    },
  };
}
