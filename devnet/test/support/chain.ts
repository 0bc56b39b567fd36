// What the deploy and operations-doc tests share: a private anvil, mock tokens at chosen addresses,
// encrypted keystores made from anvil's dev keys, and the repository's CLIs run as a user would.
import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, getAddress, http, type Address, type Hex } from "viem";
import { repoRoot } from "../../src/stack/config.js";
import { foundryBinary } from "../../src/stack/foundry.js";
import { freePort } from "../../src/stack/ports.js";
import { runToCompletion, startProcess, type ManagedProcess } from "../../src/stack/process.js";
import { jsonRpcAnswers, waitForProcess } from "../../src/stack/ready.js";

/** anvil's dev accounts 0–9 (public test keys, worthless off a dev chain). */
export const DEV_KEYS: readonly Hex[] = [
  "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
  "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
  "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
  "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
  "0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a",
  "0x8b3a350cf5c34c9194ca85829a2df0ec3153be0318b5e2d3348e872092edffba",
];

export interface TestChain {
  rpcUrl: string;
  client: ReturnType<typeof createPublicClient>;
  stop(): Promise<void>;
}

/** anvil on a free port with `chainId`, instant mining. */
export async function startAnvil(chainId: number, logDir: string): Promise<TestChain> {
  const port = await freePort();
  const anvil: ManagedProcess = await startProcess({
    name: `anvil-${chainId}`,
    command: foundryBinary(repoRoot, "anvil"),
    args: ["--host", "127.0.0.1", "--port", String(port), "--chain-id", String(chainId)],
    logDir,
    stopSignal: "SIGTERM",
  });
  const rpcUrl = `http://127.0.0.1:${port}`;
  await waitForProcess(anvil, () => jsonRpcAnswers(rpcUrl), { timeoutMs: 30_000 });
  return {
    rpcUrl,
    client: createPublicClient({ transport: http(rpcUrl) }),
    stop: () => anvil.stop(5_000),
  };
}

/** Puts MockUSDC's runtime code (6 decimals) at `address`, as if a real token lived there. */
export async function setMockToken(rpcUrl: string, address: Address): Promise<void> {
  const artifact = JSON.parse(await readFile(path.join(repoRoot, "out", "MockUSDC.sol", "MockUSDC.json"), "utf8")) as {
    deployedBytecode: { object: Hex };
  };
  const response = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      jsonrpc: "2.0",
      id: 1,
      method: "anvil_setCode",
      params: [address, artifact.deployedBytecode.object],
    }),
  });
  const answer = (await response.json()) as { error?: { message: string } };
  if (answer.error) throw new Error(`anvil_setCode: ${answer.error.message}`);
}

export interface Keystore {
  dir: string;
  name: string;
  file: string;
  passwordFile: string;
  address: Address;
}

/** An encrypted Foundry keystore `<dir>/<name>` holding `key`, and a file with its password. */
export async function importKeystore(
  dir: string,
  name: string,
  key: Hex,
  password = `pw-${name}-${Date.now()}`,
): Promise<Keystore> {
  const passwordFile = path.join(dir, `${name}.password`);
  await writeFile(passwordFile, password, { mode: 0o600 });
  const output = await runToCompletion(foundryBinary(repoRoot, "cast"), [
    "wallet",
    "import",
    "--keystore-dir",
    dir,
    "--private-key",
    key,
    "--unsafe-password",
    password,
    name,
  ]);
  const address = /Address: (0x[0-9a-fA-F]{40})/.exec(output)?.[1];
  if (!address) throw new Error(`cast wallet import printed no address:\n${output}`);
  return { dir, name, file: path.join(dir, name), passwordFile, address: getAddress(address) };
}

export interface CliRun {
  code: number | null;
  output: string;
}

/** Runs `tsx <script> …args` from the repository root, as `npm run <script>` would, and captures everything. */
export function runCli(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(repoRoot, "node_modules", ".bin", "tsx"), [script, ...args], {
      cwd: repoRoot,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** The environment without anything that would change how the deploy signs or what it deploys. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(AGORA_|ETH_|PRIVATE_KEY$|FOUNDRY_)/.test(name)),
  );
  return { ...env, ...extra };
}
