// A network's reviewed deploy parameters: `deployments/networks/<name>.json`. Validated here, field by
// field, before anything is sent; then checked against the chain itself (chain id, tokens).
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, erc20Abi, getAddress, http, isAddress, zeroAddress, type Address } from "viem";
import { z } from "zod";

/**
 * The contract's own bounds (contracts/src/mixins/MarketplaceConfig.sol: `MAX_PLATFORM_FEE_BPS`,
 * `MAX_ARBITER_FEE_BPS`; its constructor reverts `InvalidWindow` on a zero window and takes
 * uint32 seconds). The deploy test reads the first two back from a deployed contract.
 */
export const MAX_PLATFORM_FEE_BPS = 500;
export const MAX_ARBITER_FEE_BPS = 1000;
export const MAX_UINT32 = 2 ** 32 - 1;

/** Stands for the deploying account in `owner`, `treasury` and `arbiters[].address`. */
export const DEPLOYER = "deployer";

/** What is wrong with `value` as an address, or undefined. */
function addressProblem(value: string): string | undefined {
  if (!isAddress(value, { strict: false })) return "must be a 0x-prefixed 20-byte address";
  if (getAddress(value) !== value) return `must be checksummed (EIP-55): ${getAddress(value)}`;
  if (value === zeroAddress) return "must not be the zero address";
  return undefined;
}

const checksummedAddress = z
  .string()
  .superRefine((value, ctx) => {
    const problem = addressProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value as Address);

const accountOrDeployer = z.string().superRefine((value, ctx) => {
  const problem = value === DEPLOYER ? undefined : addressProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: `${problem} (or "${DEPLOYER}" for the deploying account)` });
});

const bps = (max: number, what: string) =>
  z
    .number()
    .int(`${what} must be a whole number of basis points`)
    .min(0, `${what} must not be negative`)
    .max(max, `${what} must be at most ${max} basis points (the contract's maximum)`);

const windowSeconds = z
  .number()
  .int("must be a whole number of seconds")
  .min(1, "must be at least 1 second (the contract refuses a zero window)")
  .max(MAX_UINT32, `must fit uint32 (at most ${MAX_UINT32} seconds)`);

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const tokenSchema = z.strictObject({
  address: checksummedAddress,
  symbol: z.string().min(1, "must name the token"),
  decimals: z.number().int("must be a whole number").min(0).max(255, "must fit uint8"),
});

const arbiterSchema = z.strictObject({
  address: accountOrDeployer,
  feeBps: bps(MAX_ARBITER_FEE_BPS, "an arbiter's fee"),
});

/** What `npm run site:config` puts into config.json for this network. */
const siteSchema = z.strictObject({
  chainName: z.string().min(1, "must name the chain for people"),
  /** The subgraph's query URL: optional until the subgraph is deployed. */
  subgraphUrl: httpUrl.optional(),
  ipfsGateways: z.array(httpUrl).min(1, "must list at least one IPFS gateway"),
  ipfsUploadUrl: httpUrl.optional(),
});

const uniqueBy =
  <T>(key: (item: T) => string, what: string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Map<string, number>();
    items.forEach((item, index) => {
      const id = key(item);
      const first = seen.get(id);
      if (first === undefined) seen.set(id, index);
      else ctx.addIssue({ code: "custom", path: [index], message: `repeats ${what} ${id} (also at [${first}])` });
    });
  };

export const networkParamsSchema = z.strictObject({
  /** EIP-155 chain id; the RPC must answer the same. */
  chainId: z.number().int().positive("must be a positive chain id"),
  /** The network's name as graph-node and graph-cli know it (the subgraph's networks.json key). */
  graphNetwork: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a graph network name such as base-sepolia"),
  /** A public RPC; `--rpc-url` or AGORA_<NETWORK>_RPC_URL override it. */
  rpcUrl: httpUrl,
  explorerUrl: httpUrl,
  owner: accountOrDeployer,
  treasury: accountOrDeployer,
  platformFeeBps: bps(MAX_PLATFORM_FEE_BPS, "the platform fee"),
  /** Seconds the buyer has after shipping to confirm or dispute. */
  confirmationWindow: windowSeconds,
  /** Seconds an arbiter has to rule on a dispute. */
  rulingWindow: windowSeconds,
  paymentTokens: z.array(tokenSchema).superRefine(uniqueBy((token) => token.address.toLowerCase(), "the token")),
  arbiters: z.array(arbiterSchema).superRefine(uniqueBy((arbiter) => arbiter.address.toLowerCase(), "the arbiter")),
  site: siteSchema,
});

export type NetworkParams = z.infer<typeof networkParamsSchema>;

/** The parameters with every "deployer" replaced by the deploying account. */
export interface ResolvedParams extends Omit<NetworkParams, "owner" | "treasury" | "arbiters"> {
  owner: Address;
  treasury: Address;
  arbiters: { address: Address; feeBps: number }[];
}

/** A parameter file that must not be used, with one line per problem, each naming its field. */
export class ParamsError extends Error {
  override name = "ParamsError";
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file}:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}

/** `paymentTokens[0].address` from zod's ["paymentTokens", 0, "address"]. */
export function fieldName(pathParts: readonly PropertyKey[]): string {
  return (
    pathParts.reduce<string>(
      (name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)),
      "",
    ) || "(the file)"
  );
}

const SECRET_KEY_NAME = /private|secret|mnemonic|seed|password|passphrase/i;
const RAW_KEY_VALUE = /^(0x)?[0-9a-fA-F]{64}$/;

/**
 * Fields that hold (or are named for) a secret: a parameter file is reviewed and committed, so a key
 * in it is refused outright rather than ignored.
 */
export function secretFields(value: unknown, at: PropertyKey[] = []): string[] {
  if (typeof value === "string") return RAW_KEY_VALUE.test(value) ? [fieldName(at)] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => secretFields(item, [...at, index]));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) =>
      SECRET_KEY_NAME.test(key) ? [fieldName([...at, key])] : secretFields(item, [...at, key]),
    );
  }
  return [];
}

/** Validates parsed JSON; throws ParamsError naming every bad field. */
export function parseNetworkParams(json: unknown, file: string): NetworkParams {
  const secrets = secretFields(json);
  if (secrets.length) {
    throw new ParamsError(
      file,
      secrets.map(
        (field) =>
          `${field}: looks like a private key or secret. A parameter file is committed and must never hold a key; ` +
          "sign with --account, --keystore, --ledger or --trezor instead",
      ),
    );
  }
  const parsed = networkParamsSchema.safeParse(json);
  if (!parsed.success) {
    throw new ParamsError(
      file,
      parsed.error.issues.map((issue) => `${fieldName(issue.path)}: ${issue.message}`),
    );
  }
  return parsed.data;
}

/** The parameter file of network `name` in `<deploymentsDir>/networks/`. */
export function paramsPath(deploymentsDir: string, name: string): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`--network "${name}": a network is named like base-sepolia (lowercase, digits, dashes)`);
  }
  return path.join(deploymentsDir, "networks", `${name}.json`);
}

export async function readNetworkParams(deploymentsDir: string, name: string): Promise<NetworkParams> {
  const file = paramsPath(deploymentsDir, name);
  if (!existsSync(file)) {
    throw new Error(`no parameter file for network "${name}": ${file} is missing (see deployments/README.md)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ParamsError(file, [`is not valid JSON (${(error as Error).message})`]);
  }
  return parseNetworkParams(json, file);
}

/** Replaces "deployer" with `deployer`; refuses an arbiter listed twice once resolved. */
export function resolveParams(params: NetworkParams, deployer: Address, file: string): ResolvedParams {
  const account = (value: string) => (value === DEPLOYER ? deployer : (value as Address));
  const arbiters = params.arbiters.map((arbiter) => ({ address: account(arbiter.address), feeBps: arbiter.feeBps }));
  const problems: string[] = [];
  arbiters.forEach((arbiter, index) => {
    const first = arbiters.findIndex((other) => other.address.toLowerCase() === arbiter.address.toLowerCase());
    if (first !== index) {
      problems.push(`arbiters[${index}].address: repeats the arbiter ${arbiter.address} (also at [${first}])`);
    }
  });
  if (problems.length) throw new ParamsError(file, problems);
  return { ...params, owner: account(params.owner), treasury: account(params.treasury), arbiters };
}

/**
 * Checks the file against the chain behind `rpcUrl`: the RPC serves the file's chain, and every
 * payment token is a contract answering decimals() as the file says. Throws ParamsError.
 */
export async function checkParamsOnChain(params: NetworkParams, rpcUrl: string, file: string): Promise<void> {
  const client = createPublicClient({ transport: http(rpcUrl, { retryCount: 1 }) });
  let chainId: number;
  try {
    chainId = await client.getChainId();
  } catch (error) {
    throw new Error(`the RPC ${rpcUrl} does not answer: ${(error as Error).message.split("\n")[0]}`);
  }
  if (chainId !== params.chainId) {
    throw new ParamsError(file, [
      `chainId: the file says ${params.chainId}, the RPC ${rpcUrl} serves chain ${chainId}`,
    ]);
  }
  const problems: string[] = [];
  for (const [index, token] of params.paymentTokens.entries()) {
    const field = `paymentTokens[${index}]`;
    const code = await client.getCode({ address: token.address });
    if (!code || code === "0x") {
      problems.push(`${field}.address: ${token.address} has no contract on chain ${chainId}`);
      continue;
    }
    try {
      const decimals = await client.readContract({ address: token.address, abi: erc20Abi, functionName: "decimals" });
      if (decimals !== token.decimals) {
        problems.push(`${field}.decimals: the file says ${token.decimals}, ${token.address} answers ${decimals}`);
      }
    } catch {
      problems.push(`${field}.address: ${token.address} does not answer decimals(): is it an ERC-20?`);
    }
  }
  if (problems.length) throw new ParamsError(file, problems);
}
