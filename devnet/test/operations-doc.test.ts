// OPERATIONS.md, run as a new owner would: every ```sh block not marked public-network runs with bash,
// in order, against a private anvil where `npm run deploy` deployed the contracts with an encrypted
// keystore; after each block the chain must have changed as the guide says. A block the test does
// not know fails it, so the guide cannot gain an unchecked command.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CID } from "multiformats/cid";
import {
  createWalletClient,
  encodeAbiParameters,
  http,
  parseEther,
  parseEventLogs,
  toHex,
  zeroAddress,
  type Address,
  type Hex,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { foundry } from "viem/chains";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";
import { readShellBlocks, runnableBlocks, type ShellBlock } from "../src/docs/shellBlocks.js";
import { repoRoot } from "../src/stack/config.js";
import { DEV_MNEMONIC, foundryBinary } from "../src/stack/foundry.js";
import { cleanEnv, importKeystore, runCli, startAnvil, type TestChain } from "./support/chain.js";

const CHAIN_ID = 31337;
const dev = (index: number) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index });
const keyOf = (index: number) => toHex(dev(index).getHdKey().privateKey!);
const OWNER = dev(1);
const NEW_OWNER = dev(2);
const SELLER = dev(3);
const BUYER = dev(4);
const ARBITER = dev(6).address;
const NEW_TREASURY = dev(8).address;
/** Approved by the deploy: hears the order the test places to accrue a fee. */
const ORDER_ARBITER = dev(9).address;
const PASSWORD = "correct horse battery staple";
const SOME_CID = CID.parse("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy").bytes;

let dir: string;
let workDir: string;
let chain: TestChain;
let blocks: ShellBlock[];
let blockEnv: NodeJS.ProcessEnv;
let marketplace: Address;
let token: Address;
let passwordFile: string;
let deployment: DeploymentFile;

interface BlockRun {
  code: number | null;
  output: string;
}

/** Runs a block as the guide's reader would: bash, strict mode, the repository's folder. */
function runBlock(block: ShellBlock, input?: string): Promise<BlockRun> {
  return new Promise((resolve, reject) => {
    const script = path.join(dir, `block-${block.line}.sh`);
    void writeFile(script, block.code).then(() => {
      // An interactive command (cast's hidden prompts) gets a terminal, typed into from `input`.
      const child = input
        ? spawn("script", ["-qec", `bash -euo pipefail ${script}`, "/dev/null"], { cwd: workDir, env: blockEnv })
        : spawn("bash", ["-euo", "pipefail", script], { cwd: workDir, env: blockEnv });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("error", reject);
      child.on("exit", (code) => resolve({ code, output }));
      if (input) child.stdin.write(input);
      child.stdin.end();
    }, reject);
  });
}

const read = <T>(functionName: string, args: unknown[] = []) =>
  chain.client.readContract({ address: marketplace, abi: abis.Marketplace, functionName, args } as never) as Promise<T>;

/** A completed ETH order, so platform fees have accrued for the sweep. */
async function accrueEthFee(): Promise<bigint> {
  const wallet = (account: ReturnType<typeof dev>) =>
    createWalletClient({ account, transport: http(chain.rpcUrl), chain: foundry });
  const send = async (hash: Promise<Hex>) => {
    const receipt = await chain.client.waitForTransactionReceipt({ hash: await hash });
    expect(receipt.status).toBe("success");
    return receipt;
  };
  const market = { address: marketplace, abi: abis.Marketplace } as const;
  const price = parseEther("0.2");
  const listed = await send(
    wallet(SELLER).writeContract({
      ...market,
      functionName: "createListing",
      args: [zeroAddress, price, 5, ORDER_ARBITER, 7 * 86_400, toHex(SOME_CID)],
    }),
  );
  const [listing] = parseEventLogs({ abi: abis.Marketplace, logs: listed.logs, eventName: "ListingCreated" });
  const bought = await send(
    wallet(BUYER).writeContract({
      ...market,
      functionName: "purchase",
      args: [listing!.args.listingId, 1, price, toHex(SOME_CID)],
      value: price,
    }),
  );
  const [placed] = parseEventLogs({ abi: abis.Marketplace, logs: bought.logs, eventName: "OrderPlaced" });
  const { orderId, buyer, token: orderToken, amount, feeBps, arbiter, arbiterFeeBps, shipDeadline } = placed!.args;
  const order = { buyer, token: orderToken, amount, feeBps, arbiter, arbiterFeeBps, shipDeadline };
  await send(
    wallet(SELLER).writeContract({ ...market, functionName: "shipOrder", args: [orderId, order, toHex(SOME_CID)] }),
  );
  await send(wallet(BUYER).writeContract({ ...market, functionName: "confirmReceipt", args: [orderId, order] }));
  return read<bigint>("accruedFees", [zeroAddress]);
}

/** What each runnable block must be, and what the chain must show after it, in the guide's order. */
interface Step {
  /** A piece of the block's text, so a reordered guide fails clearly. */
  has: string;
  /** Typed into the block's terminal. */
  input?: string;
  check(run: BlockRun): Promise<void> | void;
}

let accrued = 0n;
let treasuryBefore = 0n;

const steps: Step[] = [
  {
    has: "cast wallet import agora-owner --interactive",
    input: `${keyOf(1)}\n${PASSWORD}\n${PASSWORD}\n`,
    async check(run) {
      expect(run.output).toContain("keystore was saved successfully");
      expect(existsSync(path.join(String(blockEnv.HOME), ".foundry", "keystores", "agora-owner"))).toBe(true);
      // The owner deploys with that keystore, as the guide's Deploying section says.
      await deployWithOwnerKeystore();
    },
  },
  {
    has: "export MARKETPLACE=",
    check: (run) => expect(run.output).toContain(`Marketplace on chain ${CHAIN_ID}: ${marketplace}`),
  },
  {
    has: '"owner()(address)"',
    check(run) {
      expect(run.output.trim().split("\n")).toEqual([
        `owner: ${OWNER.address}`,
        `pendingOwner: ${zeroAddress}`,
        "paused: false",
        "platformFeeBps: 250",
        `treasury: ${OWNER.address}`,
        "confirmationWindow: 604800 [6.048e5]",
        "rulingWindow: 1209600 [1.209e6]",
        "listingCount: 0",
      ]);
    },
  },
  {
    has: '"tokenInfo(address)(uint16,bool)"',
    check: (run) => expect(run.output.split("\n").slice(0, 5)).toEqual(["0", "false", "0", "0", "false"]),
  },
  { has: '"pause()"', check: async () => expect(await read("paused")).toBe(true) },
  { has: '"unpause()"', check: async () => expect(await read("paused")).toBe(false) },
  { has: '"setPlatformFee(uint16)" 200', check: async () => expect(await read("platformFeeBps")).toBe(200) },
  { has: '"setTreasury(address)"', check: async () => expect(await read("treasury")).toBe(NEW_TREASURY) },
  { has: '"symbol()(string)"', check: (run) => expect(run.output.trim()).toBe('"USDC", 6 decimals') },
  { has: '"allowToken(address)"', check: async () => expect(await read("tokenInfo", [token])).toEqual([1, true]) },
  { has: '"removeToken(address)"', check: async () => expect(await read("tokenInfo", [token])).toEqual([1, false]) },
  {
    has: '"$ARBITER" 300',
    check: async () => expect((await read<number[]>("arbiterInfo", [ARBITER])).slice(1)).toEqual([300, true]),
  },
  {
    has: '"$ARBITER" 150',
    check: async () => expect((await read<number[]>("arbiterInfo", [ARBITER])).slice(1)).toEqual([150, true]),
  },
  {
    has: '"removeArbiter(address)"',
    check: async () => expect((await read<number[]>("arbiterInfo", [ARBITER])).slice(1)).toEqual([150, false]),
  },
  {
    has: '"accruedFees(address)(uint256)"',
    check(run) {
      const [eth, inToken] = run.output.trim().split("\n");
      expect(eth!.split(" ")[0]).toBe(accrued.toString());
      expect(inToken).toBe("0");
    },
  },
  {
    has: '"sweepFees(address)"',
    async check() {
      expect(await read("accruedFees", [zeroAddress])).toBe(0n);
      expect(await chain.client.getBalance({ address: NEW_TREASURY })).toBe(treasuryBefore + accrued);
    },
  },
  {
    has: '"transferOwnership(address)" "$NEW_OWNER"',
    check: async () => expect(await read("pendingOwner")).toBe(NEW_OWNER.address),
  },
  {
    has: '"transferOwnership(address)" 0x0000000000000000000000000000000000000000',
    async check() {
      expect(await read("pendingOwner")).toBe(zeroAddress);
      expect(await read("owner")).toBe(OWNER.address);
    },
  },
  {
    has: '"acceptOwnership()"',
    async check() {
      expect(await read("owner")).toBe(NEW_OWNER.address);
      expect(await read("pendingOwner")).toBe(zeroAddress);
    },
  },
  {
    has: 'cast abi-encode "constructor(address,address,uint16,uint32,uint32)"',
    check(run) {
      const p = deployment.parameters!;
      const expected = encodeAbiParameters(
        [{ type: "address" }, { type: "address" }, { type: "uint16" }, { type: "uint32" }, { type: "uint32" }],
        [p.initialOwner, p.treasury, p.platformFeeBps, p.confirmationWindow, p.rulingWindow],
      );
      expect(run.output.trim()).toBe(expected);
    },
  },
];

/** Hooks that prepare the chain before a block: what the guide assumes has happened by then. */
const before: Record<string, () => Promise<void>> = {
  '"accruedFees(address)(uint256)"': async () => {
    accrued = await accrueEthFee();
    expect(accrued).toBe((parseEther("0.2") * 200n) / 10_000n);
    treasuryBefore = await chain.client.getBalance({ address: NEW_TREASURY });
  },
};

async function deployWithOwnerKeystore() {
  const deploymentsDir = path.join(workDir, "deployments");
  await mkdir(path.join(deploymentsDir, "networks"), { recursive: true });
  await writeFile(
    path.join(deploymentsDir, "networks", "ops-test.json"),
    JSON.stringify({
      chainId: CHAIN_ID,
      graphNetwork: "localhost",
      rpcUrl: "http://127.0.0.1:8545",
      explorerUrl: "https://explorer.invalid",
      owner: "deployer",
      treasury: "deployer",
      platformFeeBps: 250,
      confirmationWindow: 604_800,
      rulingWindow: 1_209_600,
      paymentTokens: [],
      arbiters: [{ address: ORDER_ARBITER, feeBps: 200 }],
      site: { chainName: "Ops test", ipfsGateways: ["http://127.0.0.1:5001"] },
    }),
  );
  const run = await runCli(
    "devnet/src/cli/deploy.ts",
    [
      "--network",
      "ops-test",
      "--account",
      "agora-owner",
      "--password-file",
      passwordFile,
      "--rpc-url",
      chain.rpcUrl,
      "--deployments-dir",
      deploymentsDir,
      "--broadcast-dir",
      path.join(dir, "broadcast"),
    ],
    cleanEnv({ HOME: blockEnv.HOME }),
  );
  expect(run.code, run.output).toBe(0);
  deployment = JSON.parse(await readFile(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8")) as DeploymentFile;
  marketplace = deployment.contracts.Marketplace!.address;
  expect(deployment.deployer).toBe(OWNER.address);
  blockEnv.MARKETPLACE = marketplace;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "agora-operations-"));
  workDir = path.join(dir, "repo");
  const home = path.join(dir, "home");
  const bin = path.join(dir, "bin");
  await Promise.all([mkdir(workDir), mkdir(path.join(home, ".foundry", "keystores"), { recursive: true }), mkdir(bin)]);
  // `cast` on PATH, as the guide's prerequisites ask (the repository's native binary).
  await symlink(foundryBinary(repoRoot, "cast"), path.join(bin, "cast"));
  passwordFile = path.join(dir, "password");
  await writeFile(passwordFile, PASSWORD, { mode: 0o600 });
  chain = await startAnvil(CHAIN_ID, dir);

  // A real ERC-20 for the token operations (MockUSDC: symbol USDC, 6 decimals).
  const artifact = JSON.parse(await readFile(path.join(repoRoot, "out", "MockUSDC.sol", "MockUSDC.json"), "utf8")) as {
    bytecode: { object: Hex };
  };
  const deployer = createWalletClient({ account: dev(7), transport: http(chain.rpcUrl), chain: foundry });
  const hash = await deployer.deployContract({ abi: abis.MockUSDC, bytecode: artifact.bytecode.object });
  token = (await chain.client.waitForTransactionReceipt({ hash })).contractAddress!;

  // The new owner's keystore, on "their machine" (here the same HOME and password).
  await importKeystore(path.join(home, ".foundry", "keystores"), "agora-new-owner", keyOf(2), PASSWORD);

  blockEnv = cleanEnv({
    PATH: `${bin}:${process.env.PATH}`,
    HOME: home,
    RPC_URL: chain.rpcUrl,
    CHAIN_ID: String(CHAIN_ID),
    ACCOUNT: "agora-owner",
    TOKEN: token,
    ARBITER,
    NEW_TREASURY,
    NEW_OWNER: NEW_OWNER.address,
    NEW_OWNER_ACCOUNT: "agora-new-owner",
  });
  blocks = runnableBlocks(await readShellBlocks(path.join(repoRoot, "OPERATIONS.md")));
});

afterAll(async () => {
  await chain?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("OPERATIONS.md", () => {
  it("has a check for every runnable block, in order", () => {
    expect(blocks.map((block, index) => block.code.includes(steps[index]?.has ?? "(no check)"))).toEqual(
      steps.map(() => true),
    );
  });

  it("marks as not run only blocks that need the public network", async () => {
    const all = await readShellBlocks(path.join(repoRoot, "OPERATIONS.md"));
    const run = new Set(blocks.map((block) => block.line));
    for (const block of all.filter((candidate) => !run.has(candidate.line))) {
      expect(block.tags, `line ${block.line}`).toEqual(["public-network"]);
      expect(block.code, `line ${block.line}`).toMatch(
        /npm run deploy|npm run site:config|verify-contract|RPC_URL=https|sepolia/,
      );
    }
  });

  it("every runnable block does what the guide says", async () => {
    for (const [index, block] of blocks.entries()) {
      const step = steps[index]!;
      expect(block.code, `block at line ${block.line}`).toContain(step.has);
      await before[step.has]?.();
      // Each `cast send` asks for its keystore's password, typed in as the reader would.
      const sends = block.code.split("cast send ").length - 1;
      const run = await runBlock(block, step.input ?? (sends ? `${PASSWORD}\n`.repeat(sends) : undefined));
      expect(run.code, `OPERATIONS.md line ${block.line}:\n${block.code}\n---\n${run.output}`).toBe(0);
      await step.check(run);
    }
  });
});
