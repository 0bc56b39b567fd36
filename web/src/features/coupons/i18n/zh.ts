import type { CouponsMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: CouponsMessages = {
  field: {
    label: "优惠码",
    placeholder: "粘贴优惠码或优惠券链接",
    apply: "使用",
    remove: "移除",
    empty: "请先输入优惠码。",
    checking: "正在核验优惠券…",
    failed: "暂时无法核验此优惠券。",
    retry: "重试",
    percentOff: "优惠 {{percent}}：节省 {{amount}}",
    amountOff: "节省 {{amount}}（此商品的 {{percent}}）",
    validUntil: "有效期至 {{date}}",
    usesLeft_one: "还可使用 {{count}} 次",
    usesLeft_other: "还可使用 {{count}} 次",
  },
  refusal: {
    mistyped: "此优惠码似乎输入有误。请检查，或重新打开卖家发送的链接。",
    unsupportedVersion: "此优惠券由更新版本的网站生成。请刷新页面后重试。",
    malformed: "这不是优惠码。",
    notDeployed: "此处无法使用优惠券：本网站在其网络上没有市场合约。",
    wrongChain: "此优惠券适用于其他网络（链 {{chainId}}）。",
    wrongMarketplace: "此优惠券适用于其他市场。",
    wrongSeller: "此优惠券适用于其他卖家。",
    wrongListing: "仅适用于商品 {{listing}}。",
    wrongToken: "此优惠券适用于以其他代币付款的商品。",
    connectWallet: "此优惠券仅发放给一个钱包（{{buyer}}）：请连接该钱包。",
    wrongBuyer: "此优惠券是发放给其他钱包的（{{buyer}}）。",
    expired: "此优惠券已于 {{date}} 过期。",
    badSignature: "此优惠券不是卖家签发的。",
    revoked: "卖家已撤回此优惠券。",
    usedUp: "已用完（{{used}}/{{max}} 次）。",
    invalidTerms: "此优惠券的条款无效（未知的优惠类型，或折扣超过 100%）。",
  },
  qr: {
    label: "优惠券链接的二维码",
    drawing: "正在生成二维码…",
    failed: "无法生成二维码，请改为分享链接。",
  },
};
export default zh;
