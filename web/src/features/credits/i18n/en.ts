/** English strings of the credits page (namespace "credits", loaded with the page). */
const en = {
  title: "Credits",
  heading: "Credits",
  intro:
    "When the marketplace cannot pay you directly (for example, a contract wallet that refuses ETH, or a token transfer that fails), the payout is kept for you here. Withdraw it whenever you like, to this address or another.",
  loading: "Reading your credits…",
  connect: "Connect your wallet to see and withdraw your credits.",
  empty: "You have no credits.",
  emptyHint:
    "A credit appears here only if a payout to you fails: a refund or a sale's payment stays safe in the marketplace until you withdraw it.",
  balances: "Balances",
  balance: "Available",
  withdrawn: "Withdrawn: nothing left to take.",
  history: "History",
  credited: "Credited",
  withdrawal: "Withdrawn to {{to}}",
  withdraw: {
    button: "Withdraw {{amount}}",
    to: "Send to another address",
    toLabel: "Address to send to",
    toHint: "Leave unticked to withdraw to your own address.",
    invalidAddress: "Enter a valid address (0x followed by 40 hexadecimal characters).",
    zeroAddress: "The zero address cannot receive funds.",
    success: "Withdrawn: {{amount}} is on its way.",
    noContract: "No marketplace contract is deployed on this chain.",
  },
};
export default en;
export type CreditsMessages = typeof en;
