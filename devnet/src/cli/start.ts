// `npm start`: the whole local stack on 127.0.0.1. `npm start -- --fresh` wipes the state first.
import path from "node:path";
import { mnemonicToAccount } from "viem/accounts";
import { portFlag, portsFrom, repoRoot } from "../stack/config.js";
import { DEV_MNEMONIC } from "../stack/foundry.js";
import { localStackServices } from "../stack/localStack.js";
import { assertPortFree } from "../stack/ports.js";
import { startStack, type StackContext, type StackPorts } from "../stack/service.js";
import { removeStackState } from "../stack/state.js";

const args = process.argv.slice(2);
const stateDir = path.join(repoRoot, ".devnet");

async function main() {
  if (args.includes("--help")) {
    console.log("npm start [-- --fresh] [--anvil-port N] [--ipfs-port N] [--web-port N] [--graph-http-port N] …");
    return;
  }
  const ports = portsFrom(args, process.env);
  for (const [key, port] of Object.entries(ports) as [keyof StackPorts, number][]) {
    await assertPortFree(port, portFlag(key));
  }
  if (args.includes("--fresh")) {
    await removeStackState(stateDir);
    console.log("Starting fresh: removed .devnet/ (Postgres included)");
  }
  const ctx: StackContext = {
    root: repoRoot,
    stateDir,
    logDir: path.join(stateDir, "logs"),
    ports,
    echo: false,
    urls: {},
  };
  console.log("Starting the Agora local stack (logs in .devnet/logs/) …");
  const stack = await startStack(localStackServices({ generate: true }), ctx);

  let stopping = false;
  const shutdown = async (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${reason}: stopping the stack (state kept in .devnet/) …`);
    await stack.stop();
    console.log("Stopped.");
    process.exit(code);
  };
  // The terminal's Ctrl-C may also end a pipe we print to (`npm start | tee log`): a write error
  // must not kill us before the services are stopped.
  for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGHUP", () => void shutdown("SIGHUP"));
  process.on("uncaughtException", (error) => {
    console.error(error);
    void shutdown("error", 1);
  });

  const accounts = Array.from({ length: 10 }, (_, index) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }));
  console.log(`
Agora is running on 127.0.0.1
  web app     ${ctx.urls.web}
  chain       ${ctx.urls.rpc}  (chain id 31337)${ctx.urls.ipfs ? `\n  IPFS        ${ctx.urls.ipfs}` : ""}${ctx.urls.graphql ? `\n  GraphQL     ${ctx.urls.graphql}` : ""}

Dev accounts (10,000 ETH and 100,000 USDC each; mnemonic "${DEV_MNEMONIC}"):
${accounts.map((account, index) => `  #${index} ${account.address}`).join("\n")}

Press Ctrl-C to stop; npm start again resumes; npm start -- --fresh starts over.`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
