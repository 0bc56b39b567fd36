import { lazy } from "react";

/**
 * The coupons page's wallet-island contents, imported lazily so that they (wagmi, the write
 * mechanism) stay out of the first load and out of the page's own chunk.
 */
export const SignCoupon = lazy(() => import("./components/SignCoupon"));
export const RevokeCoupon = lazy(() => import("./components/RevokeCoupon"));
