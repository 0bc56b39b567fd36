import { lazy } from "react";

/**
 * The order page's wallet-island contents, imported lazily so that they (wagmi, the write
 * mechanism, the content layer's crypto) stay out of the first load.
 */
export const OrderActions = lazy(() => import("./components/OrderActions"));
export const DeliveryReveal = lazy(() => import("./components/DeliveryReveal"));
