import { readFile } from "node:fs/promises";
import type { Address } from "viem";

/** One contract's deployment on one chain. */
export interface ContractDeployment {
  address: Address;
  /** Block of the deploying transaction: where indexers start. */
  deployedOnBlock: number;
}

/**
 * The file format of `deployments/<chainId>.json` (committed, public chains) and of the local
 * deploy's `<state>/deployments/31337.json` (local state, never committed).
 */
export interface DeploymentFile {
  chainId: number;
  /** The network's name as graph-node and graph-cli know it. */
  network: string;
  contracts: Record<string, ContractDeployment>;
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
