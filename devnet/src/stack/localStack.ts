import path from "node:path";
import { anvilService } from "../services/anvil.js";
import { deployService } from "../services/deploy.js";
import { graphNodeService } from "../services/graphNode.js";
import { ipfsService } from "../services/ipfs.js";
import { postgresService } from "../services/postgres.js";
import { seedService } from "../services/seed.js";
import { webService } from "../services/web.js";
import { freePort } from "./ports.js";
import type { Service, StackContext, StackPorts } from "./service.js";
import { repoRoot } from "./config.js";

/** Seconds between empty blocks on the local chain (see anvilService). */
export const LOCAL_BLOCK_TIME = 2;

/** The services of `npm start`, in start order. */
export function localStackServices({ generate }: { generate: boolean }): Service[] {
  return [
    anvilService({ blockTime: LOCAL_BLOCK_TIME }),
    deployService({ generate }),
    ipfsService,
    seedService(),
    postgresService(),
    graphNodeService(),
    webService(),
  ];
}

/** A stack context on free ports with its state in `stateDir`: what tests and benches use. */
export async function privateStackContext(stateDir: string, echo = false): Promise<StackContext> {
  const ports: StackPorts = {
    anvil: await freePort(),
    ipfs: await freePort(),
    graphHttp: await freePort(),
    graphAdmin: await freePort(),
    graphIndex: await freePort(),
    graphMetrics: await freePort(),
    postgres: await freePort(),
    web: await freePort(),
  };
  return { root: repoRoot, stateDir, logDir: path.join(stateDir, "logs"), ports, echo, urls: {} };
}
