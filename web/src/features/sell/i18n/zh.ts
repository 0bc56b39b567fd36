import type { SellMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: SellMessages = {
  profile: {
    title: "我的资料",
    heading: "我的卖家资料",
    intro: "买家会在你的商品和卖家页面上看到你的名称、头像和简介。发布时，资料会保存到 IPFS 并记录在链上。",
    keyExplain: "发布的资料还包含你的加密公钥：买家用它加密收货地址。它由一次免费签名生成，私钥绝不会离开你的浏览器。",
    connect: "连接钱包以编辑你的卖家资料。",
    loading: "正在读取你的资料…",
    current: "已发布的资料",
    none: "你还没有发布资料。",
    version: "第 {{version}} 版",
    keyPublished: "加密公钥已发布：买家可以向你发送收货地址。",
    keyMissing: "尚无加密公钥：发布之前，买家无法向你发送收货地址。",
    viewPage: "查看你的卖家页面",
    edit: "编辑",
    name: "名称",
    nameHint: "最多 {{max}} 个字符。",
    bio: "简介",
    bioHint: "可选，最多 {{max}} 个字符。",
    avatar: "头像",
    avatarHint: "可选：PNG、JPEG 或 WebP，不超过 {{max}}。",
    avatarAlt: "你的新头像",
    avatarChoose: "选择图片",
    avatarRemove: "移除头像",
    avatarUndo: "保留已发布的头像",
    errors: {
      required: "请输入名称。",
      tooLong: "最多 {{max}} 个字符。",
      invalid: "请使用纯文本：不能包含 HTML 标签或控制字符。",
      avatarType: "“{{name}}”不是 PNG、JPEG 或 WebP 图片。",
      avatarSize: "“{{name}}”大小为 {{size}}：头像最大为 {{max}}。",
    },
    publish: "发布资料",
    publishing: "正在发布…",
    connectFirst: "连接钱包后发布",
    steps: {
      upload: "将资料上传到 IPFS",
      setProfile: "在链上记录资料",
    },
    published: "你的资料已发布。",
  },
};

export default zh;
