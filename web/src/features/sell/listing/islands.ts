import { lazy } from "react";

/**
 * The listing editor's wallet-island content, imported lazily so that it (wagmi, the write
 * mechanism, the CAR builder) stays out of the page until the wallet layer renders it.
 */
export const PublishListing = lazy(() => import("./components/PublishListing"));
