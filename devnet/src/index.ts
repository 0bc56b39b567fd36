// The local stack as a library: tests and benchmarks start the same services on private ports.
export { anvilService } from "./services/anvil.js";
export { deployService, localDeploymentPath } from "./services/deploy.js";
export { ipfsService } from "./services/ipfs.js";
export { postgresService, startPostgres, type RunningPostgres } from "./services/postgres.js";
export { graphNodeService } from "./services/graphNode.js";
export { seedService } from "./services/seed.js";
export { webService, localWebConfig } from "./services/web.js";
export { privateStackContext, localStackServices, LOCAL_BLOCK_TIME } from "./stack/localStack.js";
export { startStack, type Service, type StackContext, type RunningStack } from "./stack/service.js";
export { freePort } from "./stack/ports.js";
export { removeStackState } from "./stack/state.js";
export { DEV_MNEMONIC, DEV_DEPLOYER_KEY, LOCAL_CHAIN_ID } from "./stack/foundry.js";
export { sellers as demoSellers, buyers as demoBuyers, listings as demoListings } from "./seed/catalogue.js";
export type { SeedSummary } from "./seed/seed.js";
export { LOCAL_NETWORK } from "./services/deploy.js";
export { illustrationSvg, renderPng } from "./seed/illustrations.js";
export { buildSiteCar, siteFiles, uploadTargetFrom, type SiteCarOptions } from "./site/siteCar.js";
export { contentSecurityPolicy } from "./site/csp.js";
