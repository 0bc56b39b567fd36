/** English strings of the needs-your-action inbox (namespace "inbox", loaded with the page and the badge). */
const en = {
  title: "Inbox",
  heading: "Needs your action",
  intro: "What waits on you as a buyer or a seller, soonest first.",
  loading: "Looking for what needs you…",
  empty: "Nothing needs you right now.",
  emptyHint: "Orders to confirm, ship or settle, disputes to answer and new messages show up here.",
  connect: "Connect your wallet to see what needs your action.",
  badge_zero: "Inbox: nothing needs you",
  badge_one: "Inbox: {{count}} thing needs you",
  badge_other: "Inbox: {{count}} things need you",
  soon: "Within 24 hours",
  overdue: "Overdue",
  role: {
    buyer: "As buyer",
    seller: "As seller",
  },
  reason: {
    confirm: "Confirm receipt, or open a dispute",
    cancel: "Not shipped in time: you can cancel for a full refund",
    reclaim: "The arbiter did not rule in time: you can reclaim the payment",
    ship: "Ship this order",
    answer: "A dispute was opened: answer with evidence",
    messages_one: "{{count}} new message",
    messages_other: "{{count}} new messages",
  },
  when: {
    confirm: "Released to the seller on {{date}} unless you confirm or dispute first",
    cancel: "The seller had until {{date}} to ship",
    reclaim: "The arbiter had until {{date}} to rule",
    ship: "Ship by {{date}}, or the buyer may cancel",
    shipOverdue: "The shipping deadline was {{date}}: the buyer may cancel now",
    answer: "The arbiter may rule until {{date}}",
    messages: "Latest on {{date}}",
  },
  order: "Order {{label}}",
  open: "Open the order",
  list: "Things that need you",
};
export default en;
export type InboxMessages = typeof en;
