import path from "node:path";
import { fileURLToPath } from "node:url";
import type { StackPorts } from "./service.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/** Fixed default ports of `npm start`; each can be overridden by a flag or environment variable. */
export const defaultPorts: StackPorts = {
  anvil: 8545,
  ipfs: 5001,
  graphHttp: 8000,
  graphAdmin: 8020,
  graphIndex: 8030,
  graphMetrics: 8040,
  postgres: 5433,
  web: 5173,
};

/** `graphHttp` ↔ `--graph-http-port` ↔ `AGORA_GRAPH_HTTP_PORT`. */
export function portFlag(key: keyof StackPorts): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function portsFrom(args: string[], env: NodeJS.ProcessEnv): StackPorts {
  const ports = { ...defaultPorts };
  for (const key of Object.keys(ports) as (keyof StackPorts)[]) {
    const flag = `--${portFlag(key)}-port`;
    const index = args.indexOf(flag);
    const raw = index >= 0 ? args[index + 1] : env[`AGORA_${portFlag(key).replace(/-/g, "_").toUpperCase()}_PORT`];
    if (raw === undefined) continue;
    const port = Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new Error(`${flag}: "${raw}" is not a port`);
    ports[key] = port;
  }
  return ports;
}
