// Demo catalogue entries the page tests open, found in the subgraph rather than hard-coded ids.
import { subgraphQuery } from "./subgraph";

interface ReviewedRow {
  listing: {
    id: string;
    seller: { id: string };
    current: { images: string[] | null }[];
  };
  reply: { id: string } | null;
}

/**
 * A demo listing with two photos and a review the seller replied to (the seed reviews a few
 * listings, devnet/src/seed/seed.ts), and its seller: the pages that show the most.
 */
export async function reviewedListing(): Promise<{ listingId: string; sellerId: string }> {
  const { reviews } = await subgraphQuery<{ reviews: ReviewedRow[] }>(
    `
      {
        reviews(where: { counted: true }, first: 100, orderBy: timestamp) {
          listing {
            id
            seller {
              id
            }
            current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) {
              images
            }
          }
          reply {
            id
          }
        }
      }
    `,
    {},
  );
  const found = reviews.find((review) => review.reply !== null && review.listing.current[0]?.images?.length === 2);
  if (!found) throw new Error("the demo catalogue has no reviewed listing with a reply and two photos");
  return { listingId: found.listing.id, sellerId: found.listing.seller.id };
}
