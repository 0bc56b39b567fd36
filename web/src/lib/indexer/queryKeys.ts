// Query keys of everything read from the subgraph, from one factory: pages invalidate by entity
// after a write (e.g. every `listing` key once a listing changed).
export const indexerKeys = {
  all: ["indexer"] as const,
  indexedBlock: () => [...indexerKeys.all, "indexedBlock"] as const,
  /** Whether the index answers and how far behind the chain head it is (the banner polls it). */
  health: () => [...indexerKeys.all, "health"] as const,
  /** A listing read from the chain when the index is down (under its page: writes refresh both). */
  listingFromChain: (id: string) => [...indexerKeys.listing(id), "chain"] as const,
  /** An order read from the chain's views and logs when the index is down (under its page). */
  orderFromChain: (id: string) => [...indexerKeys.order(id), "chain"] as const,
  listings: () => [...indexerKeys.all, "listing"] as const,
  browse: (variables: object) => [...indexerKeys.listings(), "browse", variables] as const,
  search: (variables: object) => [...indexerKeys.listings(), "search", variables] as const,
  tokens: () => [...indexerKeys.all, "tokens"] as const,
  listing: (id: string) => [...indexerKeys.listings(), "page", id] as const,
  cart: (ids: readonly string[]) => [...indexerKeys.listings(), "cart", [...ids].sort()] as const,
  /** The listing editor's read (tokens, arbiters, the seller's key, the edited listing); under listings. */
  sellForm: (seller: string, listing: string) => [...indexerKeys.listings(), "sellForm", seller, listing] as const,
  /** The Sell hub's list of a seller's own listings (under listings: any listing write refreshes it). */
  sellerListings: (seller: string, variables: object) =>
    [...indexerKeys.listings(), "seller", seller, variables] as const,
  accounts: () => [...indexerKeys.all, "account"] as const,
  seller: (id: string, variables: object = {}) => [...indexerKeys.accounts(), "seller", id, variables] as const,
  dashboard: (seller: string, since: number) => [...indexerKeys.accounts(), "dashboard", seller, since] as const,
  orders: () => [...indexerKeys.all, "order"] as const,
  orderList: (variables: object) => [...indexerKeys.orders(), "list", variables] as const,
  order: (id: string) => [...indexerKeys.orders(), "page", id] as const,
  inbox: (account: string) => [...indexerKeys.orders(), "inbox", account] as const,
  /** An arbiter's disputes (under orders: a write on an order refreshes them). */
  arbitration: (arbiter: string, variables: object) =>
    [...indexerKeys.orders(), "arbitration", arbiter, variables] as const,
  /** An order's message thread (under its page's key: refreshing the order refreshes it). */
  orderMessages: (id: string) => [...indexerKeys.order(id), "messages"] as const,
  credits: (account: string) => [...indexerKeys.accounts(), "credits", account] as const,
  admin: () => [...indexerKeys.all, "admin"] as const,
  /** Coupon checks (revocations, redemptions); invalidate after a checkout that redeemed one. */
  coupons: () => [...indexerKeys.all, "coupon"] as const,
  couponCheck: (code: string, scope: object) => [...indexerKeys.coupons(), "check", code, scope] as const,
  /** A seller's coupons page (the coupons kept in this browser, as indexed). */
  sellerCoupons: (seller: string, variables: object) =>
    [...indexerKeys.coupons(), "seller", seller, variables] as const,
};

// Verified IPFS reads, keyed by address: immutable, so cached for the whole session.
export const contentKeys = {
  all: ["content"] as const,
  blob: (address: string) => [...contentKeys.all, "blob", address] as const,
  listing: (cid: string) => [...contentKeys.all, "listing", cid] as const,
  profile: (cid: string) => [...contentKeys.all, "profile", cid] as const,
};
