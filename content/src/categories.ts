/**
 * The listing categories, in their own dependency-free module so that a page can import the list
 * (e.g. the web app's category menu) without loading the schemas or the IPFS stack.
 */
export const listingCategories = [
  "electronics",
  "home",
  "fashion",
  "books",
  "art",
  "collectibles",
  "sports",
  "toys",
  "music",
  "digital",
  "other",
] as const;

export type ListingCategory = (typeof listingCategories)[number];
