import "../polyfill.js";
import { parseArgs } from "node:util";
import { DEFAULT_MAX_UPLOAD_BYTES, startIpfsNode } from "./server.js";

/**
 * The local IPFS node: `tsx content/src/node/cli.ts --port 5001 --repo .devnet/ipfs
 * [--cors-origin http://127.0.0.1:5173 …] [--max-upload-bytes 20971520] [--quiet]`.
 * Listens on 127.0.0.1 only and never connects anywhere. Stops cleanly on SIGINT and SIGTERM.
 */
const { values } = parseArgs({
  options: {
    port: { type: "string" },
    repo: { type: "string" },
    "cors-origin": { type: "string", multiple: true, default: [] },
    "max-upload-bytes": { type: "string", default: String(DEFAULT_MAX_UPLOAD_BYTES) },
    quiet: { type: "boolean", default: false },
  },
  strict: true,
});

const port = Number(values.port);
const maxUploadBytes = Number(values["max-upload-bytes"]);
if (
  !values.repo ||
  !Number.isInteger(port) ||
  port < 0 ||
  port > 65535 ||
  !Number.isInteger(maxUploadBytes) ||
  maxUploadBytes <= 0
) {
  console.error("usage: cli.ts --port <n> --repo <dir> [--cors-origin <origin>]... [--max-upload-bytes <n>] [--quiet]");
  process.exit(2);
}

const node = await startIpfsNode({
  port,
  repo: values.repo,
  corsOrigins: values["cors-origin"],
  maxUploadBytes,
  log: values.quiet ? undefined : (line) => console.log(line),
});
console.log(`ipfs node ready at ${node.url} (repo ${values.repo})`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping`);
    node.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("stop failed:", error);
        process.exit(1);
      },
    );
  });
}
