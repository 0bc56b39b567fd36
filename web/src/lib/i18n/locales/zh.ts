import type { Messages } from "./en";

/** Simplified Chinese. Typed against the English set, so a missing or extra key fails typecheck. */
export const zh: Messages = {
  app: {
    name: "Agora",
    tagline: "没有中间商的市场：货款托管、商品信息存于 IPFS、信誉来自真实购买。",
    startFailed: "Agora 无法启动：{{message}}",
    titleSuffix: "Agora",
  },
  shell: {
    skipToContent: "跳到正文",
    home: "Agora 首页",
    search: {
      label: "搜索商品",
      placeholder: "搜索商品",
      submit: "搜索",
    },
    categories: {
      label: "分类",
      all: "全部",
    },
    cart_one: "购物车，{{count}} 件商品",
    cart_other: "购物车，{{count}} 件商品",
    theme: {
      toDark: "切换到深色主题",
      toLight: "切换到浅色主题",
    },
    language: "语言",
    footer: {
      about: "关于",
      network: "网络",
      chain: "{{name}} · 链 ID {{id}}",
    },
  },
  categories: {
    electronics: "电子产品",
    home: "家居园艺",
    fashion: "服饰",
    books: "图书",
    art: "艺术品",
    collectibles: "收藏品",
    sports: "运动户外",
    toys: "玩具",
    music: "音乐",
    digital: "数字商品",
    other: "其他",
  },
  wallet: {
    connect: "连接钱包",
    loading: "正在加载钱包…",
    failed: "钱包加载失败，请重试。",
  },
  route: {
    loading: "正在加载页面…",
    error: {
      title: "出错了",
      heading: "无法显示此页面",
      body: "页面加载时出错。可能是网络连接中断，或网站已更新。",
      details: "详细信息",
      retry: "重试",
      home: "返回首页",
    },
  },
  browse: {
    title: "浏览",
    heading: "发现好物",
    intro: "来自独立卖家的商品。货款由托管合约保管，确认收货后才会付给卖家。",
    resultsHeading: "商品",
    placeholder: "商品目录将显示在这里。",
    filterQuery: "搜索：“{{query}}”",
    filterCategory: "分类：{{category}}",
  },
  listing: {
    title: "商品 {{id}}",
    heading: "商品 {{id}}",
    placeholder: "照片、描述、价格和卖家评价将显示在这里。",
  },
  seller: {
    title: "卖家 {{address}}",
    heading: "卖家",
    placeholder: "卖家资料、收到的评价和在售商品将显示在这里。",
    invalid: "“{{address}}”不是卖家地址。地址由 0x 和 40 位十六进制数字组成。",
  },
  notFound: {
    title: "页面不存在",
    heading: "页面不存在",
    body: "这个地址没有内容。链接可能有误，或页面已移动。",
    home: "返回首页",
  },
  status: {
    noContracts: "此链上尚未部署合约。",
    readFailed: "无法读取合约：{{message}}",
    reading: "正在读取链上数据…",
    loading: "正在连接网络…",
    platformFee: "平台费率",
    listings: "商品数",
    stablecoin: "稳定币",
    marketplace: "市场合约",
  },
};
