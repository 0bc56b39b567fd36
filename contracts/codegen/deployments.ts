import { readFile } from "node:fs/promises";
import type { Address } from "viem";

/** One contract's deployment on one chain. */
export interface ContractDeployment {
  address: Address;
  /** Block of the deploying transaction: where indexers start. */
  deployedOnBlock: number;
}

/**
 * What a deploy actually sent, decoded from forge's broadcast: the marketplace's constructor
 * arguments and the setup calls after it.
 */
export interface DeploymentParameters {
  /** Constructor: the first owner (the deployer, which then offers ownership to `owner`). */
  initialOwner: Address;
  treasury: Address;
  platformFeeBps: number;
  confirmationWindow: number;
  rulingWindow: number;
  /** Allowed by `allowToken`, in order (symbol and decimals from the reviewed parameter file). */
  paymentTokens: { address: Address; symbol: string; decimals: number }[];
  /** Approved by `approveArbiter`, in order. */
  arbiters: { address: Address; feeBps: number }[];
  /** Offered ownership by `transferOwnership` (it must call `acceptOwnership`); absent when none. */
  pendingOwner?: Address;
}

/**
 * The file format of `deployments/<chainId>.json` (committed, public chains) and of the local
 * deploy's `<state>/deployments/31337.json` (local state, never committed). The fields after
 * `contracts` are written by `npm run deploy` only.
 */
export interface DeploymentFile {
  chainId: number;
  /** The network's name as graph-node and graph-cli know it. */
  network: string;
  contracts: Record<string, ContractDeployment>;
  /** The parameter file the deploy read, relative to this file's folder (`networks/<name>.json`). */
  paramsFile?: string;
  /** The account that sent the deploying transactions. */
  deployer?: Address;
  parameters?: DeploymentParameters;
  /** The repository's commit the contracts were built from, and whether the tree had changes. */
  commit?: string;
  dirty?: boolean;
  /** ISO 8601 time the deploy was recorded. */
  deployedAt?: string;
}

export async function readDeploymentFile(file: string): Promise<DeploymentFile> {
  const parsed = JSON.parse(await readFile(file, "utf8")) as DeploymentFile;
  if (!Number.isInteger(parsed.chainId) || typeof parsed.network !== "string" || typeof parsed.contracts !== "object") {
    throw new Error(`${file} is not a deployment file (chainId, network, contracts)`);
  }
  for (const [name, entry] of Object.entries(parsed.contracts)) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(entry.address) || !Number.isInteger(entry.deployedOnBlock)) {
      throw new Error(`${file}: ${name} needs an address and a deployedOnBlock`);
    }
  }
  if (parsed.deployer !== undefined && !/^0x[0-9a-fA-F]{40}$/.test(parsed.deployer)) {
    throw new Error(`${file}: deployer must be an address`);
  }
  if (parsed.commit !== undefined && !/^[0-9a-f]{7,40}$/.test(parsed.commit)) {
    throw new Error(`${file}: commit must be a git commit hash`);
  }
  return parsed;
}

/** graph-cli's `networks.json` form: `{ network: { Contract: { address, startBlock } } }`. */
export type GraphNetworks = Record<string, Record<string, { address: Address; startBlock: number }>>;

export function graphNetworks(deployments: readonly DeploymentFile[]): GraphNetworks {
  return Object.fromEntries(
    deployments.map((deployment) => [
      deployment.network,
      Object.fromEntries(
        Object.entries(deployment.contracts).map(([name, entry]) => [
          name,
          { address: entry.address, startBlock: entry.deployedOnBlock },
        ]),
      ),
    ]),
  );
}

interface ForgeBroadcast {
  chain: number;
  transactions: {
    hash: string;
    transactionType: string;
    contractName: string | null;
    contractAddress: Address | null;
  }[];
  receipts: { transactionHash: string; blockNumber: string; status: string }[];
}

/**
 * Reads a `forge script --broadcast` run (run-latest.json) into a deployment file. `blockOnChain`,
 * when given, answers each creation's block from the chain's own receipt: on a fast-mining anvil
 * forge has recorded a block one off, and the subgraph then starts after the constructor's events.
 */
export async function deploymentFromBroadcast(
  runFile: string,
  network: string,
  blockOnChain?: (transactionHash: string) => Promise<number>,
): Promise<DeploymentFile> {
  const run = JSON.parse(await readFile(runFile, "utf8")) as ForgeBroadcast;
  const blockOf = new Map(
    run.receipts.map((receipt) => [receipt.transactionHash, Number(BigInt(receipt.blockNumber))]),
  );
  const contracts: Record<string, ContractDeployment> = {};
  for (const tx of run.transactions) {
    if (tx.transactionType !== "CREATE" || !tx.contractName || !tx.contractAddress) continue;
    const block = blockOnChain ? await blockOnChain(tx.hash) : blockOf.get(tx.hash);
    if (block === undefined) throw new Error(`${runFile}: no receipt for ${tx.contractName}`);
    contracts[tx.contractName] = { address: tx.contractAddress, deployedOnBlock: block };
  }
  return { chainId: run.chain, network, contracts };
}
