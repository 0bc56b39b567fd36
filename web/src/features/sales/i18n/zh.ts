import type { SalesMessages } from "./en";

/** 卖家订单页的简体中文文案（命名空间 "sales"）。 */
const zh: SalesMessages = {
  title: "销售",
  heading: "我的销售",
  related: "相关页面",
  purchases: "我的购买",
  inbox: "收件箱",
  connect: "连接钱包，查看需要发货的订单。",
  loading: "正在加载你的销售…",
  empty: "还没有销售。",
  emptyHint: "买家付款后，你的商品订单会立即出现在这里。",
  toShip_one: "本页有 {{count}} 个订单待发货",
  toShip_other: "本页有 {{count}} 个订单待发货",
  panel: {
    loading: "正在加载发货工具…",
    heading: "发货",
    notSeller: "请连接卖家的钱包来发货。",
    orderUnavailable: "无法从索引读取此订单的详情。",
    retry: "重试",
  },
  address: {
    heading: "收货地址",
    show: "显示收货地址",
    opening: "正在打开…",
    hide: "隐藏地址",
    explain: "地址已用你的密钥加密；显示它时，每个会话需要钱包进行一次免费签名。",
    digital: "数字商品：没有收货地址。",
    none: "买家没有随订单提供收货地址。",
    phone: "电话",
    note: "配送说明",
    error: {
      rejected: "签名已被拒绝，地址仍保持加密。",
      wrongKey: "此地址不是用你当前的密钥加密的，无法在此打开。",
      invalid: "收货地址文件无法读取。",
      unavailable: "无法从 IPFS 加载收货地址，请重试。",
    },
  },
  ship: {
    carrier: "承运商",
    trackingNumber: "运单号",
    trackingUrl: "物流跟踪链接（可选）",
    trackingUrlHint: "买家可以跟踪包裹的 https:// 地址。",
    sealed: "物流信息会用买家的密钥加密：只有买家能读取。",
    submit: "标记为已发货",
    submitting: "正在发货…",
    success: "订单已标记为已发货",
    checkingBuyer: "正在查找买家的加密密钥…",
    buyerUnavailable: "无法从索引读取买家的加密密钥。",
    noBuyerKey: "买家尚未发布加密密钥，因此无法为其加密物流信息。你仍然可以不附物流信息标记为已发货。",
    confirmNoDetails: "我了解买家将收不到物流信息",
    submitNoDetails: "不附物流信息标记为已发货",
    steps: {
      seal: "加密并上传物流信息",
    },
    errors: {
      required: "必填。",
      tooLong: "最多 {{max}} 个字符。",
      markup: "只能是纯文本：不能包含 HTML 标签。",
      control: "包含无法显示的字符。",
      url: "必须是 https:// 地址。",
    },
  },
};

export default zh;
