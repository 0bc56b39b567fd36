import { lazy } from "react";

/**
 * The arbiter's wallet-island contents, imported lazily so that they (wagmi, the write mechanism,
 * the content layer's crypto) stay out of the first load.
 */
export const RulingPanel = lazy(() => import("./components/RulingPanel"));
export const SealedAttachment = lazy(() => import("./components/SealedAttachment"));
