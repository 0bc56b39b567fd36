import { lazy } from "react";

/** The hub's wallet-island contents, imported lazily (wagmi and the write mechanism stay out of the first load). */
export const CloseListing = lazy(() => import("./CloseListing"));
