/** English strings of order messages (namespace "messages", loaded with the order page's thread). */
const en = {
  heading: "Messages",
  count_one: "{{count}} message",
  count_other: "{{count}} messages",
  loading: "Loading messages…",
  empty: "No messages yet.",
  private: "Messages are end-to-end encrypted between the buyer and the seller.",
  connect: "Connect the buyer's or the seller's wallet to read them.",
  notParticipant: "Only the buyer and the seller of this order can read its messages.",
  sender: {
    you: "You",
    buyer: "Buyer",
    seller: "Seller",
    arbiter: "Arbiter",
  },
  sentAt: "Sent {{time}}",
  locked: "Encrypted",
  unlock: {
    button: "Unlock messages",
    busy: "Waiting for your wallet…",
    why: "Reading messages needs your encryption key: one free signature, kept for this visit only.",
  },
  message: {
    opening: "Decrypting…",
    notForYou: "This message was not sealed to your key, so it cannot be read here.",
    unreadable: "This message file is damaged and cannot be read.",
    unavailable: "This message could not be fetched from IPFS.",
    noCid: "This message was posted without a valid IPFS address.",
    retry: "Try again",
  },
  composer: {
    label: "Your message",
    placeholder: "Write to the {{party}}…",
    counter: "{{length}} / {{max}}",
    send: "Send message",
    sending: "Sending…",
    tooShort: "Write a message first.",
    tooLong: "A message holds at most {{max}} characters.",
    sealedTo: "Sealed in your browser to the {{party}} and to you; only you two can read it.",
    noKey: "The {{party}} has not published an encryption key yet, so messages cannot be sealed to them.",
    closed: "This order is closed: no new messages can be posted.",
    noContract: "No marketplace contract is deployed on this chain.",
    sent: "Your message is posted.",
  },
  party: {
    buyer: "buyer",
    seller: "seller",
  },
  steps: {
    sealUpload: "Encrypt and upload the message",
  },
};
export default en;
export type MessagesMessages = typeof en;
