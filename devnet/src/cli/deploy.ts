// `npm run deploy -- --network <name> [--dry-run] [signer] [--sender <address>] [--rpc-url <url>]`:
// deploys the contracts with the network's reviewed parameters (deployments/networks/<name>.json).
// Signers: --account <keystore name> | --keystore <file> [--password-file <file>] | --ledger | --trezor.
import { parseArgs } from "node:util";
import path from "node:path";
import { deploy } from "../deploy/deploy.js";
import { ParamsError } from "../deploy/params.js";
import { refuseRawKeys, walletFrom, RawKeyRefused } from "../deploy/wallet.js";
import { repoRoot } from "../stack/config.js";

const USAGE = `usage: npm run deploy -- --network <name> [--dry-run]
         [--account <keystore name> | --keystore <file> [--password-file <file>] | --ledger | --trezor]
         [--sender <address>] [--rpc-url <url>] [--replace] [--deployments-dir <dir>] [--broadcast-dir <dir>]`;

const argv = process.argv.slice(2);
try {
  refuseRawKeys(argv, process.env);
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      network: { type: "string" },
      "dry-run": { type: "boolean" },
      account: { type: "string" },
      keystore: { type: "string" },
      "password-file": { type: "string" },
      ledger: { type: "boolean" },
      trezor: { type: "boolean" },
      sender: { type: "string" },
      "rpc-url": { type: "string" },
      replace: { type: "boolean" },
      "deployments-dir": { type: "string" },
      "broadcast-dir": { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (!values.network) throw new Error(`--network is required\n${USAGE}`);
  const resolveFile = (file: string | undefined) => (file ? path.resolve(file) : undefined);
  await deploy({
    root: repoRoot,
    network: values.network,
    dryRun: values["dry-run"],
    wallet: walletFrom({
      account: values.account,
      keystore: resolveFile(values.keystore),
      passwordFile: resolveFile(values["password-file"]),
      ledger: values.ledger,
      trezor: values.trezor,
    }),
    sender: values.sender,
    rpcUrl: values["rpc-url"],
    replace: values.replace,
    deploymentsDir: resolveFile(values["deployments-dir"]),
    broadcastDir: resolveFile(values["broadcast-dir"]),
    echo: true,
  });
} catch (error) {
  const known = error instanceof ParamsError || error instanceof RawKeyRefused;
  console.error(known ? `deploy refused: ${(error as Error).message}` : `deploy failed: ${(error as Error).message}`);
  process.exit(1);
}
