import type { CreditsMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: CreditsMessages = {
  title: "待提取款项",
  heading: "待提取款项",
  intro:
    "当市场无法直接向你付款时（例如拒收 ETH 的合约钱包，或代币转账失败），这笔款项会为你保留在这里。你可以随时提取，提到本地址或其他地址均可。",
  loading: "正在读取你的待提取款项…",
  connect: "连接钱包即可查看并提取你的待提取款项。",
  empty: "你没有待提取的款项。",
  emptyHint: "只有当向你付款失败时，款项才会出现在这里：退款或销售货款会安全地保留在市场合约中，直到你提取。",
  balances: "余额",
  balance: "可提取",
  withdrawn: "已提取：没有剩余款项。",
  history: "记录",
  credited: "记入",
  withdrawal: "已提取到 {{to}}",
  withdraw: {
    button: "提取 {{amount}}",
    to: "发送到其他地址",
    toLabel: "接收地址",
    toHint: "不勾选则提取到你自己的地址。",
    invalidAddress: "请输入有效地址（0x 加 40 个十六进制字符）。",
    zeroAddress: "零地址无法接收款项。",
    success: "已提取：{{amount}} 正在转出。",
    noContract: "此网络上尚未部署市场合约。",
  },
};
export default zh;
