import { createHashRouter } from "react-router";
import { routes } from "./routes";

/**
 * Hash history (`#/listing/42`): the site works from any static host and from an IPFS gateway
 * path (`/ipfs/<cid>/`) with no server rewrites.
 */
export function createAppRouter() {
  return createHashRouter(routes);
}
