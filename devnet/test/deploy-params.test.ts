// A network's parameter file is refused, field by field, before anything is sent; a raw key is refused
// wherever it could come from. No chain needed.
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_ARBITER_FEE_BPS,
  MAX_PLATFORM_FEE_BPS,
  ParamsError,
  parseNetworkParams,
  resolveParams,
} from "../src/deploy/params.js";
import { refuseRawKeys, walletFrom } from "../src/deploy/wallet.js";
import { repoRoot } from "../src/stack/config.js";
import { cleanEnv, DEV_KEYS, runCli } from "./support/chain.js";

const USDC = "0x036CbD53842c5426634e7929541eC2318f3dCF7e";
const ALICE = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const BOB = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const OR_DEPLOYER = ' (or "deployer" for the deploying account)';

const valid = () => ({
  chainId: 84532,
  graphNetwork: "base-sepolia",
  rpcUrl: "https://sepolia.base.org",
  explorerUrl: "https://sepolia.basescan.org",
  owner: "deployer",
  treasury: ALICE,
  platformFeeBps: 250,
  confirmationWindow: 604_800,
  rulingWindow: 1_209_600,
  paymentTokens: [{ address: USDC, symbol: "USDC", decimals: 6 }],
  arbiters: [{ address: BOB, feeBps: 200 }],
  site: { chainName: "Base Sepolia", ipfsGateways: ["https://trustless-gateway.link"] },
});

/** The problems the file gets, one string each ("field: message"). */
function problems(json: unknown): readonly string[] {
  try {
    parseNetworkParams(json, "net.json");
  } catch (error) {
    if (error instanceof ParamsError) return error.problems;
    throw error;
  }
  return [];
}

const withField = (change: (params: ReturnType<typeof valid>) => void) => {
  const params = valid();
  change(params);
  return params;
};

describe("network parameter file", () => {
  it("accepts the committed base-sepolia.json and a valid file", async () => {
    const file = path.join(repoRoot, "deployments", "networks", "base-sepolia.json");
    const params = parseNetworkParams(JSON.parse(await readFile(file, "utf8")), file);
    expect(params).toMatchObject({
      chainId: 84532,
      rpcUrl: "https://sepolia.base.org",
      explorerUrl: "https://sepolia.basescan.org",
      platformFeeBps: 250,
      confirmationWindow: 7 * 24 * 3600,
      rulingWindow: 14 * 24 * 3600,
      paymentTokens: [{ address: USDC, symbol: "USDC", decimals: 6 }],
    });
    expect(problems(valid())).toEqual([]);
  });

  it.each([
    [
      "a lowercase address",
      (p: ReturnType<typeof valid>) => (p.treasury = ALICE.toLowerCase()),
      `treasury: must be checksummed (EIP-55): ${ALICE}${OR_DEPLOYER}`,
    ],
    [
      "a short address",
      (p: ReturnType<typeof valid>) => (p.owner = "0x1234"),
      `owner: must be a 0x-prefixed 20-byte address${OR_DEPLOYER}`,
    ],
    [
      "the zero address",
      (p: ReturnType<typeof valid>) => (p.treasury = "0x0000000000000000000000000000000000000000"),
      `treasury: must not be the zero address${OR_DEPLOYER}`,
    ],
    [
      "a token as deployer",
      (p: ReturnType<typeof valid>) => (p.paymentTokens[0]!.address = "deployer"),
      "paymentTokens[0].address: must be a 0x-prefixed 20-byte address",
    ],
    [
      "a fee above the contract's cap",
      (p: ReturnType<typeof valid>) => (p.platformFeeBps = MAX_PLATFORM_FEE_BPS + 1),
      "platformFeeBps: the platform fee must be at most 500 basis points (the contract's maximum)",
    ],
    [
      "a fractional fee",
      (p: ReturnType<typeof valid>) => (p.platformFeeBps = 2.5),
      "platformFeeBps: the platform fee must be a whole number of basis points",
    ],
    [
      "an arbiter fee above the cap",
      (p: ReturnType<typeof valid>) => (p.arbiters[0]!.feeBps = MAX_ARBITER_FEE_BPS + 1),
      "arbiters[0].feeBps: an arbiter's fee must be at most 1000 basis points (the contract's maximum)",
    ],
    [
      "a zero window",
      (p: ReturnType<typeof valid>) => (p.confirmationWindow = 0),
      "confirmationWindow: must be at least 1 second (the contract refuses a zero window)",
    ],
    [
      "a window beyond uint32",
      (p: ReturnType<typeof valid>) => (p.rulingWindow = 2 ** 32),
      "rulingWindow: must fit uint32 (at most 4294967295 seconds)",
    ],
    [
      "a duplicate token",
      (p: ReturnType<typeof valid>) => p.paymentTokens.push({ address: USDC, symbol: "USDC2", decimals: 6 }),
      `paymentTokens[1]: repeats the token ${USDC.toLowerCase()} (also at [0])`,
    ],
    [
      "a duplicate arbiter",
      (p: ReturnType<typeof valid>) => p.arbiters.push({ address: BOB, feeBps: 100 }),
      `arbiters[1]: repeats the arbiter ${BOB.toLowerCase()} (also at [0])`,
    ],
    [
      "decimals beyond uint8",
      (p: ReturnType<typeof valid>) => (p.paymentTokens[0]!.decimals = 256),
      "paymentTokens[0].decimals: must fit uint8",
    ],
    [
      "a plain-http explorer",
      (p: ReturnType<typeof valid>) => (p.explorerUrl = "ftp://x"),
      "explorerUrl: must be an http(s) URL",
    ],
    [
      "no IPFS gateway",
      (p: ReturnType<typeof valid>) => (p.site.ipfsGateways = []),
      "site.ipfsGateways: must list at least one IPFS gateway",
    ],
    [
      "a bad graph network name",
      (p: ReturnType<typeof valid>) => (p.graphNetwork = "Base Sepolia"),
      "graphNetwork: must be a graph network name such as base-sepolia",
    ],
  ])("refuses %s, naming the field", (_, change, message) => {
    expect(problems(withField(change))).toEqual([message]);
  });

  it("refuses unknown and missing fields", () => {
    const params: Record<string, unknown> = { ...valid(), feeBps: 250 };
    delete params.treasury;
    const found = problems(params);
    expect(found).toHaveLength(2);
    expect(found.some((line) => line.startsWith("treasury: "))).toBe(true);
    expect(found.some((line) => line.includes("feeBps"))).toBe(true);
  });

  it("refuses a file holding a private key, by field name or by value", () => {
    const keyed = { ...valid(), deployerPrivateKey: "redacted" };
    expect(problems(keyed)).toEqual([expect.stringMatching(/^deployerPrivateKey: looks like a private key or secret/)]);
    const hidden = withField((p) => (p.site.chainName = DEV_KEYS[0]!));
    expect(problems(hidden)).toEqual([expect.stringMatching(/^site\.chainName: looks like a private key or secret/)]);
  });

  it("replaces deployer, then refuses an arbiter listed twice", () => {
    const deployer = "0x9965507D1a55bcC2695C58ba16FB37d819B0A4dc";
    const resolved = resolveParams(parseNetworkParams(valid(), "net.json"), deployer, "net.json");
    expect(resolved.owner).toBe(deployer);
    expect(resolved.treasury).toBe(ALICE);
    const twice = withField((p) => p.arbiters.push({ address: "deployer", feeBps: 100 }));
    expect(() => resolveParams(parseNetworkParams(twice, "net.json"), BOB, "net.json")).toThrow(
      `arbiters[1].address: repeats the arbiter ${BOB} (also at [0])`,
    );
  });
});

describe("signers", () => {
  it("refuses raw keys on the command line and in the environment", () => {
    expect(() => refuseRawKeys(["--private-key", "0xabc"], {})).toThrow(/--private-key is refused/);
    expect(() => refuseRawKeys(["--mnemonic=words"], {})).toThrow(/--mnemonic is refused/);
    expect(() => refuseRawKeys([], { PRIVATE_KEY: "0xabc" })).toThrow(/PRIVATE_KEY is set/);
    expect(() => refuseRawKeys([], { ETH_PRIVATE_KEY: "0xabc" })).toThrow(/ETH_PRIVATE_KEY is set/);
    expect(() => refuseRawKeys(["--account", "deployer"], { PATH: "/bin" })).not.toThrow();
  });

  it("takes exactly one signer", () => {
    expect(walletFrom({ account: "ops" })).toEqual({ kind: "account", name: "ops", passwordFile: undefined });
    expect(walletFrom({ ledger: true })).toEqual({ kind: "ledger" });
    expect(walletFrom({})).toBeUndefined();
    expect(() => walletFrom({ account: "ops", ledger: true })).toThrow(/choose one signer/);
    expect(() => walletFrom({ passwordFile: "pw" })).toThrow(/--password-file goes with/);
  });
});

describe("npm run deploy refuses before doing anything", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "agora-deploy-params-"));
    await mkdir(path.join(dir, "networks"));
    await writeFile(
      path.join(dir, "networks", "keyed.json"),
      JSON.stringify({ ...valid(), privateKey: DEV_KEYS[0] }, null, 2),
    );
    await writeFile(
      path.join(dir, "networks", "bad.json"),
      JSON.stringify(withField((p) => ((p.platformFeeBps = 900), (p.treasury = ALICE.toLowerCase())))),
    );
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const deployCli = (args: string[], env = cleanEnv()) => runCli("devnet/src/cli/deploy.ts", args, env);

  it("--private-key", async () => {
    const run = await deployCli(["--network", "base-sepolia", "--private-key", DEV_KEYS[0]!]);
    expect(run.code).toBe(1);
    expect(run.output).toContain("deploy refused: --private-key is refused");
  });

  it("PRIVATE_KEY in the environment", async () => {
    const run = await deployCli(["--network", "base-sepolia", "--dry-run"], cleanEnv({ PRIVATE_KEY: DEV_KEYS[0] }));
    expect(run.code).toBe(1);
    expect(run.output).toContain("the environment variable PRIVATE_KEY is set");
  });

  it("a parameter file holding a key, and a file with bad fields (all named)", async () => {
    const keyed = await deployCli(["--network", "keyed", "--dry-run", "--sender", BOB, "--deployments-dir", dir]);
    expect(keyed.code).toBe(1);
    expect(keyed.output).toContain("privateKey: looks like a private key or secret");
    const bad = await deployCli(["--network", "bad", "--dry-run", "--sender", BOB, "--deployments-dir", dir]);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain("treasury: must be checksummed");
    expect(bad.output).toContain("platformFeeBps: the platform fee must be at most 500");
    const missing = await deployCli(["--network", "nowhere", "--dry-run", "--deployments-dir", dir]);
    expect(missing.output).toContain('no parameter file for network "nowhere"');
  });
});
