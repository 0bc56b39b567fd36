import "i18next";
import type { en } from "./locales/en";
import type checkout from "../../features/checkout/i18n/en";

/**
 * The first-load strings are the default namespace; features loaded later have their own
 * namespace (features/<namespace>/i18n/en.ts, loaded with the feature: see i18n.ts).
 */
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof en;
      checkout: typeof checkout;
      coupons: typeof import("../../features/coupons/i18n/en").default;
      messages: typeof import("../../features/messages/i18n/en").default;
      inbox: typeof import("../../features/inbox/i18n/en").default;
      credits: typeof import("../../features/credits/i18n/en").default;
      orders: typeof import("../../features/orders/i18n/en").default;
      sell: typeof import("../../features/sell/i18n/en").default;
      sales: typeof import("../../features/sales/i18n/en").default;
      dashboard: typeof import("../../features/dashboard/i18n/en").default;
      arbitration: typeof import("../../features/arbitration/i18n/en").default;
      admin: typeof import("../../features/admin/i18n/en").default;
    };
  }
}
