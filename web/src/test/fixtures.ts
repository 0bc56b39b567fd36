// Shared test data: a listing card as the subgraph answers it, for the pages' component tests.
import type { ListingCardFragment } from "../lib/indexer/generated/graphql";

export const testSeller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
export const usdc = { id: "0x5fbdb2315678afecb367f032d93f642f64180aa3", symbol: "USDC", decimals: 6, native: false };
export const eth = { id: "0x0000000000000000000000000000000000000000", symbol: "ETH", decimals: 18, native: true };

export interface CardOptions extends Partial<ListingCardFragment> {
  /** The current version's name; null for a listing with no valid metadata. */
  name?: string | null;
  category?: string;
  version?: number;
  images?: string[];
}

/** 12.5 USDC, 3 in stock, by a seller rated 4.5 (2), current version 1 "Item <id>" in home. */
export function listingCard(id: string, options: CardOptions = {}): ListingCardFragment {
  const { name = `Item ${id}`, category = "home", version = 1, images = [], ...rest } = options;
  return {
    id,
    price: "12500000",
    stock: "3",
    status: "Active",
    ratingAverage: "0",
    ratingCount: 0,
    createdAt: "1700000000",
    metadataVersion: version,
    metadataCid: `bafylisting${id}`,
    token: usdc,
    current:
      name === null
        ? []
        : [
            {
              id: `${id}-${version}`,
              version,
              cid: `bafylisting${id}`,
              name,
              category,
              condition: "new",
              kind: "physical",
              coverImage: images[0] ?? null,
              images,
              imageAlts: images.map((_, index) => `${name}, photo ${index + 1}`),
            },
          ],
    seller: {
      id: testSeller,
      ratingAverage: "4.5",
      ratingCount: 2,
      profile: [{ id: "p", version: 1, cid: "bafyp", name: "Lin's Workshop", avatar: null }],
    },
    ...rest,
  };
}
