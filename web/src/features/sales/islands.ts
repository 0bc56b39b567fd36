import { lazy } from "react";

/**
 * The sales page's wallet-island contents, imported lazily so that they (wagmi, the write
 * mechanism, the content layer's crypto) stay out of the first load.
 */
export const SaleTools = lazy(() => import("./components/SaleTools"));
