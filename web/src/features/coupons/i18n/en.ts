/** English strings of coupons (namespace "coupons", loaded with the checkout and the seller's tools). */
const en = {
  field: {
    label: "Coupon code",
    placeholder: "Paste a code or a coupon link",
    apply: "Apply",
    remove: "Remove",
    empty: "Enter a coupon code first.",
    checking: "Checking the coupon…",
    failed: "The coupon could not be checked right now.",
    retry: "Retry",
    percentOff: "{{percent}} off: you save {{amount}}",
    amountOff: "You save {{amount}} ({{percent}} of this item)",
    validUntil: "Valid until {{date}}",
    usesLeft_one: "{{count}} use left",
    usesLeft_other: "{{count}} uses left",
  },
  refusal: {
    mistyped: "This code looks mistyped. Check it, or open the seller's link again.",
    unsupportedVersion: "This coupon was made by a newer version of the site. Reload the page and try again.",
    malformed: "This is not a coupon code.",
    notDeployed: "Coupons cannot be used here: this site has no marketplace contract on its network.",
    wrongChain: "This coupon is for another network (chain {{chainId}}).",
    wrongMarketplace: "This coupon is for another marketplace.",
    wrongSeller: "This coupon is for another seller.",
    wrongListing: "Only for listing {{listing}}.",
    wrongToken: "This coupon is for payments in another token.",
    connectWallet: "This coupon was issued to one wallet ({{buyer}}): connect the wallet it was issued to.",
    wrongBuyer: "This coupon was issued to another wallet ({{buyer}}).",
    expired: "This coupon expired on {{date}}.",
    badSignature: "This coupon is not signed by the seller.",
    revoked: "Revoked by the seller.",
    usedUp: "Used up ({{used}} of {{max}}).",
    invalidTerms: "This coupon's terms are not valid (an unknown kind of discount, or more than 100% off).",
  },
  qr: {
    label: "QR code of the coupon link",
    drawing: "Drawing the QR code…",
    failed: "The QR code could not be drawn. Share the link instead.",
  },
};
export default en;
export type CouponsMessages = typeof en;
