// `npm run deploy` and `npm run site:config` against a private anvil that plays Base Sepolia (chain
// 84532, MockUSDC's code at Circle's USDC address): a dry run sends nothing; a broadcast signed by an
// encrypted keystore deploys exactly the parameter file and records it; config.json derives from it.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { zeroAddress, type Address } from "viem";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abis } from "@agora/contracts";
import { graphNetworks, readDeploymentFile, type DeploymentFile } from "@agora/contracts/deployments";
import {
  checkParamsOnChain,
  MAX_ARBITER_FEE_BPS,
  MAX_PLATFORM_FEE_BPS,
  ParamsError,
  parseNetworkParams,
} from "../src/deploy/params.js";
import { repoRoot } from "../src/stack/config.js";
import { foundryBinary } from "../src/stack/foundry.js";
import { runToCompletion } from "../src/stack/process.js";
import {
  cleanEnv,
  DEV_KEYS,
  importKeystore,
  runCli,
  setMockToken,
  startAnvil,
  type Keystore,
  type TestChain,
} from "./support/chain.js";

const CHAIN_ID = 84532;
const USDC: Address = "0x036CbD53842c5426634e7929541eC2318f3dCF7e";
/** A second token for the test network (any address: anvil gets MockUSDC's code there). */
const EURC: Address = "0x808456652fdb597867f38412077A9182bf77359F";
const OWNER: Address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const TREASURY: Address = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const ARBITER: Address = "0x90F79bf6EB2c4f870365E785982E1f101E93b906";
const realParamsFile = path.join(repoRoot, "deployments", "networks", "base-sepolia.json");

let dir: string;
let chain: TestChain;
let keystore: Keystore;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "agora-deploy-"));
  chain = await startAnvil(CHAIN_ID, dir);
  await setMockToken(chain.rpcUrl, USDC);
  await setMockToken(chain.rpcUrl, EURC);
  await mkdir(path.join(dir, "keys"));
  keystore = await importKeystore(path.join(dir, "keys"), "deployer", DEV_KEYS[5]!);
});

afterAll(async () => {
  await chain?.stop();
  await rm(dir, { recursive: true, force: true });
});

const deployCli = (args: string[]) =>
  runCli(
    "devnet/src/cli/deploy.ts",
    [...args, "--rpc-url", chain.rpcUrl, "--broadcast-dir", path.join(dir, "broadcast")],
    cleanEnv(),
  );

describe("npm run deploy --dry-run", () => {
  it("simulates the real base-sepolia.json against the chain and sends nothing", async () => {
    const realDeployment = path.join(repoRoot, "deployments", `${CHAIN_ID}.json`);
    const before = existsSync(realDeployment) ? (await stat(realDeployment)).mtimeMs : undefined;
    const nonce = await chain.client.getTransactionCount({ address: keystore.address });
    const block = await chain.client.getBlockNumber();

    const run = await deployCli([
      "--network",
      "base-sepolia",
      "--dry-run",
      "--keystore",
      keystore.file,
      "--password-file",
      keystore.passwordFile,
    ]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`base-sepolia (chain ${CHAIN_ID})`);
    expect(run.output).toContain(`deployer ${keystore.address}`);
    expect(run.output).toContain("dry run: 3 transactions simulated, nothing sent");
    // The file's "deployer" stands for the keystore's account everywhere.
    expect(run.output).toContain(`CREATE Marketplace(${keystore.address}, ${keystore.address}, 250, 604800, 1209600)`);
    expect(run.output).toContain(`CALL allowToken(${USDC})`);
    expect(run.output).toContain(`CALL approveArbiter(${keystore.address}, 200)`);
    expect(run.output).toMatch(/estimated gas: \d+/);

    expect(await chain.client.getTransactionCount({ address: keystore.address })).toBe(nonce);
    expect(await chain.client.getBlockNumber()).toBe(block);
    const after = existsSync(realDeployment) ? (await stat(realDeployment)).mtimeMs : undefined;
    expect(after).toBe(before);
  });

  it("needs no signer when given --sender", async () => {
    const run = await deployCli(["--network", "base-sepolia", "--dry-run", "--sender", OWNER]);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`CREATE Marketplace(${OWNER}, ${OWNER}, 250`);
  });
});

describe("the parameter file against the chain", () => {
  const real = async () => parseNetworkParams(JSON.parse(await readFile(realParamsFile, "utf8")), realParamsFile);
  const problemsOf = async (params: Awaited<ReturnType<typeof real>>) => {
    try {
      await checkParamsOnChain(params, chain.rpcUrl, "net.json");
      return [];
    } catch (error) {
      if (error instanceof ParamsError) return error.problems;
      throw error;
    }
  };

  it("refuses an RPC serving another chain", async () => {
    expect(await problemsOf({ ...(await real()), chainId: 8453 })).toEqual([
      `chainId: the file says 8453, the RPC ${chain.rpcUrl} serves chain ${CHAIN_ID}`,
    ]);
  });

  it("refuses a token without code, and decimals the token does not answer", async () => {
    const params = await real();
    params.paymentTokens = [
      { address: USDC, symbol: "USDC", decimals: 18 },
      { address: OWNER, symbol: "NOPE", decimals: 6 },
    ];
    expect(await problemsOf(params)).toEqual([
      `paymentTokens[0].decimals: the file says 18, ${USDC} answers 6`,
      `paymentTokens[1].address: ${OWNER} has no contract on chain ${CHAIN_ID}`,
    ]);
  });
});

describe("npm run deploy (broadcast) and npm run site:config", () => {
  let deploymentsDir: string;
  let deployment: DeploymentFile;
  let marketplace: Address;
  const params = {
    chainId: CHAIN_ID,
    graphNetwork: "base-sepolia",
    rpcUrl: "https://sepolia.base.org",
    explorerUrl: "https://sepolia.basescan.org",
    owner: OWNER,
    treasury: TREASURY,
    platformFeeBps: 175,
    confirmationWindow: 3 * 24 * 3600,
    rulingWindow: 9 * 24 * 3600,
    paymentTokens: [
      { address: USDC, symbol: "USDC", decimals: 6 },
      { address: EURC, symbol: "EURC", decimals: 6 },
    ],
    arbiters: [
      { address: "deployer", feeBps: 200 },
      { address: ARBITER, feeBps: 450 },
    ],
    site: {
      chainName: "Base Sepolia",
      subgraphUrl: "https://api.studio.thegraph.com/query/1/agora/v1",
      ipfsGateways: ["https://trustless-gateway.link", "https://ipfs.io"],
      ipfsUploadUrl: "https://upload.example.org",
    },
  };

  beforeAll(async () => {
    deploymentsDir = path.join(dir, "deployments");
    await mkdir(path.join(deploymentsDir, "networks"), { recursive: true });
    await writeFile(path.join(deploymentsDir, "networks", "test-net.json"), JSON.stringify(params, null, 2));
    // A network with a parameter file and no deployment, for site:config to refuse.
    await copyFile(realParamsFile, path.join(deploymentsDir, "networks", "undeployed.json"));
    const undeployed = JSON.parse(await readFile(realParamsFile, "utf8")) as { chainId: number };
    await writeFile(
      path.join(deploymentsDir, "networks", "undeployed.json"),
      JSON.stringify({ ...undeployed, chainId: 999_999 }),
    );

    const run = await deployCli([
      "--network",
      "test-net",
      "--keystore",
      keystore.file,
      "--password-file",
      keystore.passwordFile,
      "--deployments-dir",
      deploymentsDir,
    ]);
    expect(run.code, run.output).toBe(0);
    deployment = JSON.parse(await readFile(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8")) as DeploymentFile;
    marketplace = deployment.contracts.Marketplace!.address;
  });

  const read = <T>(functionName: string, args: unknown[] = []) =>
    chain.client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName,
      args,
    } as never) as Promise<T>;

  it("deploys exactly the parameter file", async () => {
    expect((await chain.client.getCode({ address: marketplace }))?.length).toBeGreaterThan(2);
    expect(await read("owner")).toBe(keystore.address);
    expect(await read("pendingOwner")).toBe(OWNER);
    expect(await read("treasury")).toBe(TREASURY);
    expect(await read("platformFeeBps")).toBe(175);
    expect(await read("confirmationWindow")).toBe(3 * 24 * 3600);
    expect(await read("rulingWindow")).toBe(9 * 24 * 3600);
    for (const token of [USDC, EURC]) expect((await read<[number, boolean]>("tokenInfo", [token]))[1]).toBe(true);
    expect((await read<[number, number, boolean]>("arbiterInfo", [keystore.address])).slice(1)).toEqual([200, true]);
    expect((await read<[number, number, boolean]>("arbiterInfo", [ARBITER])).slice(1)).toEqual([450, true]);
    // The validation's caps are the contract's own.
    expect(await read("MAX_PLATFORM_FEE_BPS")).toBe(MAX_PLATFORM_FEE_BPS);
    expect(await read("MAX_ARBITER_FEE_BPS")).toBe(MAX_ARBITER_FEE_BPS);
  });

  it("records the deployment from the broadcast: block, parameters, deployer, commit", async () => {
    const { deployedOnBlock } = deployment.contracts.Marketplace!;
    expect(await chain.client.getCode({ address: marketplace, blockNumber: BigInt(deployedOnBlock) })).toMatch(/^0x6/);
    expect(await chain.client.getCode({ address: marketplace, blockNumber: BigInt(deployedOnBlock - 1) })).toBeFalsy();
    expect(deployment).toMatchObject({
      chainId: CHAIN_ID,
      network: "base-sepolia",
      paramsFile: path.join("networks", "test-net.json"),
      deployer: keystore.address,
      parameters: {
        initialOwner: keystore.address,
        treasury: TREASURY,
        platformFeeBps: 175,
        confirmationWindow: 3 * 24 * 3600,
        rulingWindow: 9 * 24 * 3600,
        paymentTokens: params.paymentTokens,
        arbiters: [
          { address: keystore.address, feeBps: 200 },
          { address: ARBITER, feeBps: 450 },
        ],
        pendingOwner: OWNER,
      },
    });
    const git = (args: string[]) => spawnSync("git", args, { cwd: repoRoot, encoding: "utf8" }).stdout.trim();
    expect(deployment.commit).toBe(git(["rev-parse", "HEAD"]));
    expect(deployment.dirty).toBe(git(["status", "--porcelain"]).length > 0);
    expect(Date.now() - Date.parse(deployment.deployedAt!)).toBeLessThan(10 * 60_000);
  });

  it("is a deployment file `npm run generate` reads into the subgraph's networks.json", async () => {
    const read = await readDeploymentFile(path.join(deploymentsDir, `${CHAIN_ID}.json`));
    expect(graphNetworks([read])).toEqual({
      "base-sepolia": {
        Marketplace: { address: marketplace, startBlock: deployment.contracts.Marketplace!.deployedOnBlock },
      },
    });
  });

  it("refuses to replace a recorded deployment without --replace", async () => {
    const before = await readFile(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8");
    const run = await deployCli([
      "--network",
      "test-net",
      "--keystore",
      keystore.file,
      "--password-file",
      keystore.passwordFile,
      "--deployments-dir",
      deploymentsDir,
    ]);
    expect(run.code).toBe(1);
    expect(run.output).toContain(`${CHAIN_ID}.json exists: chain ${CHAIN_ID} is deployed already`);
    expect(await readFile(path.join(deploymentsDir, `${CHAIN_ID}.json`), "utf8")).toBe(before);
  });

  it("derives a multi-chain config.json the site accepts", async () => {
    const out = path.join(dir, "site", "config.json");
    const siteConfig = (args: string[]) =>
      runCli("devnet/src/cli/site-config.ts", [...args, "--deployments-dir", deploymentsDir, "--out", out], cleanEnv());
    const run = await siteConfig(["--network", "test-net"]);
    expect(run.code, run.output).toBe(0);
    const written = JSON.parse(await readFile(out, "utf8")) as unknown;
    expect(written).toEqual({
      chains: [
        {
          chainId: CHAIN_ID,
          chainName: "Base Sepolia",
          rpcUrl: "https://sepolia.base.org",
          subgraphUrl: params.site.subgraphUrl,
          explorerUrl: "https://sepolia.basescan.org",
          devWallet: false,
        },
      ],
      ipfsGateways: params.site.ipfsGateways,
      ipfsUploadUrl: params.site.ipfsUploadUrl,
    });
    // The web app's own schema (a variable path: its module is the web app's, not typechecked here).
    const appConfigModule = path.join(repoRoot, "web", "src", "config", "appConfig.ts");
    const { parseSiteConfig } = (await import(appConfigModule)) as {
      parseSiteConfig(
        input: unknown,
      ): { ok: true; site: { chains: { chainId: number }[] } } | { ok: false; problems: string[] };
    };
    const parsed = parseSiteConfig(written);
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(parsed.ok && parsed.site.chains.map((c) => c.chainId)).toEqual([CHAIN_ID]);

    const refused = await siteConfig(["--network", "test-net,undeployed"]);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain("undeployed (chain 999999) has no deployment");
  });
});

describe("AGORA_LOCAL_DEMO", () => {
  it("deploys the local demo (mock USDC, funded dev accounts) on a chain other than 31337", async () => {
    const output = await runToCompletion(
      foundryBinary(repoRoot, "forge"),
      [
        "script",
        "contracts/script/Deploy.s.sol",
        "--rpc-url",
        chain.rpcUrl,
        "--broadcast",
        "--private-key",
        DEV_KEYS[0]!,
      ],
      {
        cwd: repoRoot,
        env: cleanEnv({ AGORA_LOCAL_DEMO: "true", FOUNDRY_BROADCAST: path.join(dir, "broadcast-demo") }),
      },
    );
    const usdc = /MockUSDC (0x[0-9a-fA-F]{40})/.exec(output)?.[1] as Address | undefined;
    expect(usdc, output).toBeDefined();
    const balance = await chain.client.readContract({
      address: usdc!,
      abi: abis.MockUSDC,
      functionName: "balanceOf",
      args: [OWNER],
    });
    expect(balance).toBe(100_000_000_000n);
    expect(usdc).not.toBe(zeroAddress);
  });
});
