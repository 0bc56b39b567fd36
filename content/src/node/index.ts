/** Node-only side of @agora/content: the local IPFS node and file helpers for seeding. */
import "../polyfill.js";

export { startIpfsNode, DEFAULT_MAX_UPLOAD_BYTES, type IpfsNode, type IpfsNodeOptions } from "./server.js";
export { importCar, CarRejectedError, MAX_BLOCK_BYTES, type ImportResult } from "./import-car.js";
export { openRepo, type Repo } from "./repo.js";
export { readDirectoryFiles } from "./files.js";
