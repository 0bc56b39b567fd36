import type { InboxMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: InboxMessages = {
  title: "待办",
  heading: "需要你处理",
  intro: "你作为买家或卖家需要处理的事项，最紧急的排在前面。",
  loading: "正在查找需要你处理的事项…",
  empty: "目前没有需要你处理的事项。",
  emptyHint: "待确认、待发货或待结算的订单、需要回应的争议以及新消息都会显示在这里。",
  connect: "连接钱包即可查看需要你处理的事项。",
  badge_zero: "待办：没有需要你处理的事项",
  badge_one: "待办：{{count}} 项需要你处理",
  badge_other: "待办：{{count}} 项需要你处理",
  soon: "24 小时内到期",
  overdue: "已逾期",
  role: {
    buyer: "作为买家",
    seller: "作为卖家",
  },
  reason: {
    confirm: "确认收货，或发起争议",
    cancel: "卖家未按时发货：你可以取消订单并获得全额退款",
    reclaim: "仲裁人未按时裁决：你可以取回付款",
    ship: "请为此订单发货",
    answer: "买家发起了争议：请提交证据回应",
    messages_one: "{{count}} 条新消息",
    messages_other: "{{count}} 条新消息",
  },
  when: {
    confirm: "若你在 {{date}} 前未确认或发起争议，款项将放款给卖家",
    cancel: "卖家应在 {{date}} 前发货",
    reclaim: "仲裁人应在 {{date}} 前作出裁决",
    ship: "请在 {{date}} 前发货，否则买家可以取消订单",
    shipOverdue: "发货期限为 {{date}}，已经逾期：买家现在可以取消订单",
    answer: "仲裁人可在 {{date}} 前作出裁决",
    messages: "最新消息于 {{date}}",
  },
  order: "订单 {{label}}",
  open: "查看订单",
  list: "需要你处理的事项",
};
export default zh;
