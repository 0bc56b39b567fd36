// `npm run deploy -- --network <name>`: validates the network's parameter file, checks it against the
// chain, runs `forge script contracts/script/Deploy.s.sol` (simulation only with --dry-run), then
// records the deployment from forge's broadcast in `deployments/<chainId>.json`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  createPublicClient,
  decodeAbiParameters,
  decodeFunctionData,
  formatEther,
  getAddress,
  http,
  size,
  slice,
  zeroAddress,
  type Address,
  type Hex,
} from "viem";
import { abis } from "@agora/contracts";
import { deploymentFromBroadcast, type DeploymentFile, type DeploymentParameters } from "@agora/contracts/deployments";
import { foundryBinary } from "../stack/foundry.js";
import { checkParamsOnChain, paramsPath, readNetworkParams, resolveParams, type ResolvedParams } from "./params.js";
import { runTool } from "./tool.js";
import { resolveSender, walletArgs, type Wallet } from "./wallet.js";

export const DEPLOY_SCRIPT = "contracts/script/Deploy.s.sol";

export interface DeployOptions {
  /** Repository root (foundry.toml, out/). */
  root: string;
  /** Parameter file `<deploymentsDir>/networks/<network>.json`. */
  network: string;
  /** Simulate against the RPC and send nothing. */
  dryRun?: boolean;
  /** The signer; a dry run may go without one when `sender` is given. */
  wallet?: Wallet;
  sender?: string;
  /** Overrides the file's rpcUrl (as does AGORA_<NETWORK>_RPC_URL). */
  rpcUrl?: string;
  /** Holds networks/<name>.json and receives <chainId>.json. Default `<root>/deployments`. */
  deploymentsDir?: string;
  /** Where forge keeps its broadcast (and `--resume` finds it). Default `<root>/broadcast`. */
  broadcastDir?: string;
  /** Overwrite an existing `<chainId>.json` (a new deployment on a chain that has one). */
  replace?: boolean;
  /** Run `npm run generate` afterwards. Default: when writing to the repository's deployments/. */
  generate?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Print forge's output as it runs. */
  echo?: boolean;
  log?: (line: string) => void;
}

/** One transaction forge simulated or sent, described for people. */
export interface PlannedTransaction {
  kind: "CREATE" | "CALL";
  contract: string;
  /** `Marketplace(…constructor arguments)` or `allowToken(0x…)`. */
  call: string;
}

export type DeployResult =
  | {
      dryRun: true;
      chainId: number;
      rpcUrl: string;
      sender: Address;
      transactions: PlannedTransaction[];
      /** forge's estimate, when it printed one. */
      estimatedGas?: bigint;
    }
  | { dryRun: false; chainId: number; rpcUrl: string; sender: Address; file: string; deployment: DeploymentFile };

interface BroadcastTransaction {
  hash: string | null;
  transactionType: string;
  contractName: string | null;
  contractAddress: string | null;
  function: string | null;
  arguments: string[] | null;
  transaction: { from: string; to?: string | null; input: Hex };
}

interface BroadcastRun {
  chain: number;
  timestamp: number;
  transactions: BroadcastTransaction[];
}

/** `AGORA_BASE_SEPOLIA_RPC_URL` for base-sepolia. */
export const rpcUrlVariable = (network: string) => `AGORA_${network.toUpperCase().replace(/-/g, "_")}_RPC_URL`;

/**
 * The environment forge runs with: the caller's, without any AGORA_* (the script reads its
 * parameters from those, so only this file's count), plus the resolved parameters.
 */
export function scriptEnvironment(params: ResolvedParams, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith("AGORA_")));
  return {
    ...clean,
    AGORA_LOCAL_DEMO: "false",
    AGORA_OWNER: params.owner,
    AGORA_TREASURY: params.treasury,
    AGORA_FEE_BPS: String(params.platformFeeBps),
    AGORA_CONFIRMATION_WINDOW: String(params.confirmationWindow),
    AGORA_RULING_WINDOW: String(params.rulingWindow),
    ...(params.paymentTokens.length
      ? { AGORA_PAYMENT_TOKENS: params.paymentTokens.map((token) => token.address).join(",") }
      : {}),
    ...(params.arbiters.length
      ? {
          AGORA_ARBITERS: params.arbiters.map((arbiter) => arbiter.address).join(","),
          AGORA_ARBITER_FEES: params.arbiters.map((arbiter) => arbiter.feeBps).join(","),
        }
      : {}),
  };
}

function describe(tx: BroadcastTransaction): PlannedTransaction {
  const kind = tx.transactionType === "CREATE" ? "CREATE" : "CALL";
  const contract = tx.contractName ?? tx.transaction.to ?? "?";
  const args = (tx.arguments ?? []).join(", ");
  const call = kind === "CREATE" ? `${contract}(${args})` : `${(tx.function ?? "?").split("(")[0]}(${args})`;
  return { kind, contract, call };
}

async function readRun(file: string, startedAt: number): Promise<BroadcastRun> {
  if (!existsSync(file)) throw new Error(`forge wrote no broadcast at ${file}`);
  const run = JSON.parse(await readFile(file, "utf8")) as BroadcastRun;
  // A run left from an earlier deploy must never be recorded as this one.
  if (run.timestamp < startedAt - 1_000)
    throw new Error(`${file} is from an earlier run; forge did not write this one`);
  return run;
}

/**
 * The parameters the broadcast actually sent: the marketplace's constructor arguments (all static,
 * so the creation input's tail) and its setup calls, decoded with the ABI.
 */
export function parametersFromBroadcast(run: BroadcastRun): Omit<DeploymentParameters, "paymentTokens"> & {
  paymentTokens: Address[];
} {
  const abi = abis.Marketplace;
  const create = run.transactions.find((tx) => tx.transactionType === "CREATE" && tx.contractName === "Marketplace");
  if (!create) throw new Error("the broadcast creates no Marketplace");
  const constructor = abi.find((item) => item.type === "constructor");
  if (!constructor) throw new Error("the Marketplace ABI has no constructor");
  const input = create.transaction.input;
  const [initialOwner, treasury, platformFeeBps, confirmationWindow, rulingWindow] = decodeAbiParameters(
    constructor.inputs,
    slice(input, size(input) - 32 * constructor.inputs.length),
  );
  const marketplace = getAddress(create.contractAddress!);
  const paymentTokens: Address[] = [];
  const arbiters: DeploymentParameters["arbiters"] = [];
  let pendingOwner: Address | undefined;
  for (const tx of run.transactions) {
    if (tx.transactionType !== "CALL" || !tx.transaction.to || getAddress(tx.transaction.to) !== marketplace) continue;
    const call = decodeFunctionData({ abi, data: tx.transaction.input });
    if (call.functionName === "allowToken") paymentTokens.push(call.args[0]);
    else if (call.functionName === "approveArbiter") arbiters.push({ address: call.args[0], feeBps: call.args[1] });
    else if (call.functionName === "transferOwnership") pendingOwner = call.args[0];
    else throw new Error(`the broadcast calls ${call.functionName}, which a deploy does not`);
  }
  return {
    initialOwner,
    treasury,
    platformFeeBps,
    confirmationWindow,
    rulingWindow,
    paymentTokens,
    arbiters,
    ...(pendingOwner ? { pendingOwner } : {}),
  };
}

/** Reads the deployed marketplace back and lists every difference from the parameters. */
export async function differencesOnChain(
  rpcUrl: string,
  marketplace: Address,
  deployer: Address,
  params: ResolvedParams,
): Promise<string[]> {
  const client = createPublicClient({ transport: http(rpcUrl) });
  const read = <
    Name extends "owner" | "pendingOwner" | "treasury" | "platformFeeBps" | "confirmationWindow" | "rulingWindow",
  >(
    functionName: Name,
  ) => client.readContract({ address: marketplace, abi: abis.Marketplace, functionName });
  const expected: Record<string, unknown> = {
    owner: deployer,
    pendingOwner: params.owner === deployer ? zeroAddress : params.owner,
    treasury: params.treasury,
    platformFeeBps: params.platformFeeBps,
    confirmationWindow: params.confirmationWindow,
    rulingWindow: params.rulingWindow,
  };
  const problems: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const actual = await read(name as "owner");
    if (String(actual).toLowerCase() !== String(value).toLowerCase()) {
      problems.push(`${name}: the chain has ${actual}, the parameters say ${value}`);
    }
  }
  for (const token of params.paymentTokens) {
    const [, allowed] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "tokenInfo",
      args: [token.address],
    });
    if (!allowed) problems.push(`paymentTokens: ${token.address} is not allowed`);
  }
  for (const arbiter of params.arbiters) {
    const [, feeBps, approved] = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "arbiterInfo",
      args: [arbiter.address],
    });
    if (!approved || feeBps !== arbiter.feeBps) {
      problems.push(`arbiters: ${arbiter.address} is ${approved ? `approved at ${feeBps} bps` : "not approved"}`);
    }
  }
  return problems;
}

/** The commit HEAD points at and whether the work tree differs from it (undefined outside git). */
export function gitState(root: string): { commit: string; dirty: boolean } | undefined {
  const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" });
  if (head.status !== 0) return undefined;
  const status = spawnSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" });
  return { commit: head.stdout.trim(), dirty: status.stdout.trim().length > 0 };
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const { root, network, dryRun = false, env = process.env, log = console.log } = options;
  const deploymentsDir = path.resolve(options.deploymentsDir ?? path.join(root, "deployments"));
  const broadcastDir = path.resolve(options.broadcastDir ?? path.join(root, "broadcast"));
  const file = paramsPath(deploymentsDir, network);
  const params = await readNetworkParams(deploymentsDir, network);
  const rpcUrl = options.rpcUrl ?? env[rpcUrlVariable(network)] ?? params.rpcUrl;
  if (!dryRun && !options.wallet) {
    throw new Error(
      "a deploy needs a signer: --account <name>, --keystore <file>, --ledger or --trezor (or --dry-run)",
    );
  }

  const deploymentFile = path.join(deploymentsDir, `${params.chainId}.json`);
  if (!dryRun && existsSync(deploymentFile) && !options.replace) {
    throw new Error(
      `${path.relative(root, deploymentFile)} exists: chain ${params.chainId} is deployed already. ` +
        "A new deployment would replace its addresses everywhere; pass --replace if that is what you want.",
    );
  }

  const sender = await resolveSender(foundryBinary(root, "cast"), options.wallet, options.sender);
  const resolved = resolveParams(params, sender, file);
  await checkParamsOnChain(params, rpcUrl, file);
  const client = createPublicClient({ transport: http(rpcUrl) });
  const balance = await client.getBalance({ address: sender });
  log(
    `${network} (chain ${params.chainId}) through ${rpcUrl}; deployer ${sender}, balance ${formatEther(balance)} ETH`,
  );
  if (!dryRun && balance === 0n)
    throw new Error(`the deployer ${sender} has no ETH on chain ${params.chainId} for gas`);

  const args = ["script", DEPLOY_SCRIPT, "--rpc-url", rpcUrl, "--sender", sender];
  if (!dryRun) args.push("--broadcast", "--slow", ...walletArgs(options.wallet!));
  const startedAt = Date.now();
  const output = await runTool(foundryBinary(root, "forge"), args, {
    cwd: root,
    env: { ...scriptEnvironment(resolved, env), FOUNDRY_BROADCAST: broadcastDir },
    echo: options.echo,
  });
  const runDir = path.join(broadcastDir, path.basename(DEPLOY_SCRIPT), String(params.chainId));
  const run = await readRun(path.join(runDir, ...(dryRun ? ["dry-run"] : []), "run-latest.json"), startedAt);

  if (dryRun) {
    const transactions = run.transactions.map(describe);
    const gas = /Estimated total gas used for script: (\d+)/.exec(output)?.[1];
    log(`dry run: ${transactions.length} transactions simulated, nothing sent`);
    for (const tx of transactions) log(`  ${tx.kind} ${tx.call}`);
    if (gas) log(`  estimated gas: ${gas}`);
    return {
      dryRun,
      chainId: params.chainId,
      rpcUrl,
      sender,
      transactions,
      estimatedGas: gas ? BigInt(gas) : undefined,
    };
  }

  const recorded = await deploymentFromBroadcast(
    path.join(runDir, "run-latest.json"),
    params.graphNetwork,
    async (hash) => Number((await client.waitForTransactionReceipt({ hash: hash as Hex })).blockNumber),
  );
  const contracts = Object.fromEntries(
    Object.entries(recorded.contracts).map(([name, entry]) => [name, { ...entry, address: getAddress(entry.address) }]),
  );
  const marketplace = contracts.Marketplace?.address;
  if (!marketplace) throw new Error("the broadcast created no Marketplace");
  const differences = await differencesOnChain(rpcUrl, marketplace, sender, resolved);
  if (differences.length) {
    throw new Error(`the deployed Marketplace ${marketplace} differs from ${file}:\n  ${differences.join("\n  ")}`);
  }
  const sent = parametersFromBroadcast(run);
  // Symbol and decimals as reviewed in the file (decimals were checked against the chain above).
  const paymentTokens = sent.paymentTokens.map((address) => {
    const token = resolved.paymentTokens.find((entry) => entry.address.toLowerCase() === address.toLowerCase());
    return { address, symbol: token?.symbol ?? "", decimals: token?.decimals ?? 0 };
  });
  const git = gitState(root);
  const deployment: DeploymentFile = {
    chainId: params.chainId,
    network: params.graphNetwork,
    contracts,
    paramsFile: path.relative(deploymentsDir, file),
    deployer: getAddress(run.transactions[0]!.transaction.from),
    parameters: { ...sent, paymentTokens },
    ...(git ?? {}),
    deployedAt: new Date().toISOString(),
  };
  await mkdir(deploymentsDir, { recursive: true });
  await writeFile(deploymentFile, `${JSON.stringify(deployment, null, 2)}\n`);
  log(
    `recorded ${path.relative(root, deploymentFile)}: Marketplace ${marketplace} (block ${contracts.Marketplace!.deployedOnBlock})`,
  );

  if (options.generate ?? deploymentsDir === path.join(root, "deployments")) {
    await runTool("npm", ["run", "generate"], { cwd: root, env });
    log("regenerated contracts/generated/ (web app addresses, subgraph networks.json)");
  }
  return { dryRun, chainId: params.chainId, rpcUrl, sender, file: deploymentFile, deployment };
}
