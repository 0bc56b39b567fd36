// How `npm run deploy` signs: a Foundry keystore (by name or file) or a hardware wallet, handed to
// forge as flags. A raw private key is refused wherever it could come from.
import { getAddress, isAddress, type Address } from "viem";
import { runTool } from "./tool.js";

export type Wallet =
  | { kind: "account"; name: string; passwordFile?: string }
  | { kind: "keystore"; file: string; passwordFile?: string }
  | { kind: "ledger" }
  | { kind: "trezor" };

/** Flags that would put a raw secret on the command line (and in shell history). */
const RAW_SECRET_FLAGS = ["--private-key", "--private-keys", "--mnemonic", "--mnemonics", "--mnemonic-path"];
/** Environment variables that hold a raw key by convention; forge or a script could pick them up. */
const RAW_SECRET_ENV = ["PRIVATE_KEY", "ETH_PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "ETH_MNEMONIC", "MNEMONIC"];

export class RawKeyRefused extends Error {
  override name = "RawKeyRefused";
}

const HOW_TO_SIGN =
  "Import the key once into an encrypted keystore (`cast wallet import <name> --interactive`) and pass " +
  "--account <name>, or pass --keystore <file>, --ledger or --trezor.";

/** Throws RawKeyRefused when the arguments or the environment carry a raw key. */
export function refuseRawKeys(args: readonly string[], env: NodeJS.ProcessEnv): void {
  for (const arg of args) {
    const flag = arg.split("=")[0]!;
    if (RAW_SECRET_FLAGS.includes(flag)) {
      throw new RawKeyRefused(`${flag} is refused: a deploy never takes a raw private key or mnemonic. ${HOW_TO_SIGN}`);
    }
  }
  for (const name of RAW_SECRET_ENV) {
    if (env[name]) {
      throw new RawKeyRefused(
        `the environment variable ${name} is set: a deploy never takes a raw private key, and refuses to run ` +
          `beside one. Unset it (\`unset ${name}\`). ${HOW_TO_SIGN}`,
      );
    }
  }
}

export interface WalletFlags {
  account?: string;
  keystore?: string;
  passwordFile?: string;
  ledger?: boolean;
  trezor?: boolean;
}

/** The one signer the flags name (undefined when none: a dry run with --sender). */
export function walletFrom(flags: WalletFlags): Wallet | undefined {
  const chosen = [flags.account, flags.keystore, flags.ledger, flags.trezor].filter(Boolean).length;
  if (chosen > 1) throw new Error("choose one signer: --account, --keystore, --ledger or --trezor");
  if (flags.passwordFile && !flags.account && !flags.keystore) {
    throw new Error("--password-file goes with --account or --keystore");
  }
  if (flags.account) return { kind: "account", name: flags.account, passwordFile: flags.passwordFile };
  if (flags.keystore) return { kind: "keystore", file: flags.keystore, passwordFile: flags.passwordFile };
  if (flags.ledger) return { kind: "ledger" };
  if (flags.trezor) return { kind: "trezor" };
  return undefined;
}

/** The wallet's flags for forge and cast. */
export function walletArgs(wallet: Wallet): string[] {
  const password = "passwordFile" in wallet && wallet.passwordFile ? ["--password-file", wallet.passwordFile] : [];
  switch (wallet.kind) {
    case "account":
      return ["--account", wallet.name, ...password];
    case "keystore":
      return ["--keystore", wallet.file, ...password];
    case "ledger":
      return ["--ledger"];
    case "trezor":
      return ["--trezor"];
  }
}

export function parseAddress(value: string, what: string): Address {
  if (!isAddress(value, { strict: false })) throw new Error(`${what}: "${value}" is not an address`);
  return getAddress(value);
}

/**
 * The deploying account: `--sender` when given, else the wallet's own address (`cast wallet address`,
 * which asks for the keystore's password when no password file is given).
 */
export async function resolveSender(cast: string, wallet: Wallet | undefined, sender?: string): Promise<Address> {
  if (sender) return parseAddress(sender, "--sender");
  if (!wallet)
    throw new Error("a dry run needs --sender <address> or a signer (--account, --keystore, --ledger, --trezor)");
  const output = await runTool(cast, ["wallet", "address", ...walletArgs(wallet)]);
  const address = output.trim().split(/\s+/).pop() ?? "";
  return parseAddress(address, "the wallet's address");
}
