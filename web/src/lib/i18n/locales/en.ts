/** English strings: the reference set. Every other locale must have exactly these keys. */
export const en = {
  app: {
    name: "Agora",
    tagline: "A marketplace with no middleman: escrowed payments, listings on IPFS, reputation from real purchases.",
    startFailed: "Agora could not start: {{message}}",
    titleSuffix: "Agora",
  },
  shell: {
    skipToContent: "Skip to content",
    home: "Agora home",
    search: {
      label: "Search listings",
      placeholder: "Search listings",
      submit: "Search",
    },
    categories: {
      label: "Categories",
      all: "All",
    },
    cart_one: "Cart, {{count}} item",
    cart_other: "Cart, {{count}} items",
    theme: {
      toDark: "Switch to dark theme",
      toLight: "Switch to light theme",
    },
    language: "Language",
    footer: {
      about: "About",
      network: "Network",
      chain: "{{name}} · chain {{id}}",
    },
  },
  categories: {
    electronics: "Electronics",
    home: "Home & garden",
    fashion: "Fashion",
    books: "Books",
    art: "Art",
    collectibles: "Collectibles",
    sports: "Sports",
    toys: "Toys",
    music: "Music",
    digital: "Digital goods",
    other: "Other",
  },
  wallet: {
    connect: "Connect Wallet",
    loading: "Loading the wallet…",
    failed: "The wallet could not load. Try again.",
  },
  route: {
    loading: "Loading the page…",
    error: {
      title: "Something went wrong",
      heading: "This page could not be shown",
      body: "An error stopped this page from loading. Your connection may have dropped, or the site was updated.",
      details: "Details",
      retry: "Try again",
      home: "Go to the home page",
    },
  },
  browse: {
    title: "Browse",
    heading: "Find something good",
    intro: "Goods from independent sellers. Payments wait in escrow until you confirm delivery.",
    resultsHeading: "Listings",
    filterQuery: "Search: “{{query}}”",
    filterCategory: "Category: {{category}}",
    card: {
      unreadable: "Unreadable listing {{id}}",
      stock: "In stock: {{count}}",
      seller: "Sold by {{seller}}",
      rating: "★ {{rating}} ({{count}})",
      noRating: "No ratings yet",
    },
    state: {
      notConfigured:
        "This site has no catalogue index configured (subgraphUrl in config.json), so listings cannot be shown.",
      empty: "No listings yet. Check back soon.",
      emptyFiltered: "No listings match these filters. Try other words or another category.",
      clearFilters: "Clear filters",
      pastEnd: "There are no more listings on this page.",
      retry: "Retry",
      error: {
        unreachable: "The catalogue index cannot be reached. Check your connection and retry.",
        http: "The catalogue index answered with an error. Retry in a moment.",
        graphql: "The catalogue index rejected the query. Retry, or try again later.",
        timeout: "The catalogue index took too long to answer. Retry in a moment.",
      },
    },
    pagination: {
      label: "Pages",
      previous: "← Previous",
      next: "Next →",
      page: "Page {{page}}",
    },
  },
  listing: {
    title: "Listing {{id}}",
    heading: "Listing {{id}}",
    placeholder: "Photos, description, price and the seller’s reviews appear here.",
  },
  seller: {
    title: "Seller {{address}}",
    heading: "Seller",
    placeholder: "The seller’s profile, reviews and listings appear here.",
    invalid: "“{{address}}” is not a seller address. An address is 0x followed by 40 hexadecimal digits.",
  },
  notFound: {
    title: "Page not found",
    heading: "Page not found",
    body: "There is nothing at this address. The link may be mistyped, or the page moved.",
    home: "Go to the home page",
  },
  status: {
    noContracts: "No contracts are deployed on this chain yet.",
    readFailed: "Could not read the contracts: {{message}}",
    reading: "Reading the chain…",
    loading: "Connecting to the network…",
    platformFee: "Platform fee",
    listings: "Listings",
    stablecoin: "Stablecoin",
    marketplace: "Marketplace",
  },
};

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
/** The shape every locale must fill, key for key. */
export type Messages = Strings<typeof en>;
