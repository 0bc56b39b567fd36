import type { MessagesMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: MessagesMessages = {
  heading: "消息",
  count_one: "{{count}} 条消息",
  count_other: "{{count}} 条消息",
  loading: "正在加载消息…",
  empty: "还没有消息。",
  private: "消息在买家与卖家之间端到端加密。",
  connect: "连接买家或卖家的钱包即可阅读。",
  notParticipant: "只有该订单的买家和卖家可以阅读其中的消息。",
  sender: {
    you: "你",
    buyer: "买家",
    seller: "卖家",
    arbiter: "仲裁人",
  },
  sentAt: "发送于 {{time}}",
  locked: "已加密",
  unlock: {
    button: "解锁消息",
    busy: "正在等待钱包…",
    why: "阅读消息需要你的加密密钥：一次免费签名，仅在本次访问中保留。",
  },
  message: {
    opening: "正在解密…",
    notForYou: "这条消息没有用你的密钥加密，无法在此阅读。",
    unreadable: "这条消息的文件已损坏，无法阅读。",
    unavailable: "无法从 IPFS 获取这条消息。",
    noCid: "这条消息发布时没有有效的 IPFS 地址。",
    retry: "重试",
  },
  composer: {
    label: "你的消息",
    placeholder: "给{{party}}写消息…",
    counter: "{{length}} / {{max}}",
    send: "发送消息",
    sending: "正在发送…",
    tooShort: "请先写一条消息。",
    tooLong: "一条消息最多 {{max}} 个字符。",
    sealedTo: "消息在你的浏览器中加密给{{party}}和你自己，只有你们两人能阅读。",
    noKey: "{{party}}尚未发布加密密钥，因此无法向其发送加密消息。",
    closed: "该订单已结束，不能再发送新消息。",
    noContract: "此网络上尚未部署市场合约。",
    sent: "你的消息已发送。",
  },
  party: {
    buyer: "买家",
    seller: "卖家",
  },
  steps: {
    sealUpload: "加密并上传消息",
  },
};
export default zh;
