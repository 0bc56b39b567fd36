import { existsSync } from "node:fs";
import { arch, platform } from "node:os";
import path from "node:path";

/** Dev accounts anvil funds, derived from its well-known mnemonic. Local chains only. */
export const DEV_MNEMONIC = "test test test test test test test test test test test junk";
/** Account 0 of DEV_MNEMONIC: the local deployer. Public knowledge; worthless off the dev chain. */
export const DEV_DEPLOYER_KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
export const LOCAL_CHAIN_ID = 31337;

/**
 * Path of a Foundry tool's native binary from its npm package. Never the `.bin` wrapper: it exits 0
 * whatever the tool did, and signalling the binary directly lets anvil see SIGINT and dump its state.
 */
export function foundryBinary(root: string, tool: "forge" | "anvil" | "cast"): string {
  const cpu = arch() === "x64" ? "amd64" : arch();
  const native = path.join(root, "node_modules", "@foundry-rs", `${tool}-${platform()}-${cpu}`, "bin", tool);
  if (!existsSync(native)) {
    throw new Error(
      `no ${tool} binary at ${native} (npm package @foundry-rs/${tool}-${platform()}-${cpu}): run \`npm ci\``,
    );
  }
  return native;
}
