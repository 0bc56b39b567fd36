/** English strings of the seller's orders (namespace "sales", loaded with the sales page). */
const en = {
  title: "Sales",
  heading: "Your sales",
  related: "Related pages",
  purchases: "Your purchases",
  inbox: "Inbox",
  connect: "Connect your wallet to see the orders you have to ship.",
  loading: "Loading your sales…",
  empty: "No sales yet.",
  emptyHint: "Orders for your listings appear here as soon as they are paid.",
  toShip_one: "{{count}} order to ship on this page",
  toShip_other: "{{count}} orders to ship on this page",
  panel: {
    loading: "Loading the shipping tools…",
    heading: "Ship this order",
    notSeller: "Connect the seller's wallet to ship this order.",
    orderUnavailable: "This order's details could not be read from the index.",
    retry: "Try again",
  },
  address: {
    heading: "Shipping address",
    show: "Show the shipping address",
    opening: "Opening…",
    hide: "Hide the address",
    explain: "The address is encrypted to your key; showing it asks your wallet for a free signature once per session.",
    digital: "Digital good: there is no shipping address.",
    none: "The buyer sent no shipping address with this order.",
    phone: "Phone",
    note: "Delivery instructions",
    error: {
      rejected: "The signature was declined, so the address stays encrypted.",
      wrongKey: "This address was not encrypted to your current key, so it cannot be opened here.",
      invalid: "The shipping address file is not readable.",
      unavailable: "The shipping address could not be loaded from IPFS. Try again.",
    },
  },
  ship: {
    carrier: "Carrier",
    trackingNumber: "Tracking number",
    trackingUrl: "Tracking link (optional)",
    trackingUrlHint: "An https:// address where the buyer can follow the parcel.",
    sealed: "The tracking details are encrypted to the buyer's key: only they can read them.",
    submit: "Mark as shipped",
    submitting: "Shipping…",
    success: "Order marked as shipped",
    checkingBuyer: "Looking up the buyer's encryption key…",
    buyerUnavailable: "The buyer's encryption key could not be read from the index.",
    noBuyerKey:
      "The buyer has not published an encryption key, so tracking details cannot be sealed to them. You can still mark the order as shipped without details.",
    confirmNoDetails: "I understand the buyer will get no tracking details",
    submitNoDetails: "Mark as shipped without details",
    steps: {
      seal: "Encrypt and upload the tracking details",
    },
    errors: {
      required: "Required.",
      tooLong: "At most {{max}} characters.",
      markup: "Plain text only: no HTML tags.",
      control: "Contains characters that cannot be shown.",
      url: "Must be an https:// address.",
    },
  },
};

export default en;
export type SalesMessages = typeof en;
