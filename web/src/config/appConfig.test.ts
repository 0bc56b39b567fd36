import { afterEach, describe, expect, it, vi } from "vitest";
import { configForChain, loadSiteConfig, parseSiteConfig, SiteConfigError, type SiteConfig } from "./appConfig";

// 31337 is deployed in every test build (test/setup.ts); 84532 is not.
const local = { chainId: 31337, chainName: "local", rpcUrl: "http://127.0.0.1:8545" };
const other = { chainId: 84532, chainName: "Base Sepolia", rpcUrl: "https://sepolia.base.org" };

function serve(body: unknown, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status })),
  );
}

function parsed(input: unknown): SiteConfig {
  const result = parseSiteConfig(input);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result.site;
}

function problems(input: unknown): string[] {
  const result = parseSiteConfig(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

afterEach(() => vi.unstubAllGlobals());

describe("parseSiteConfig", () => {
  it("reads the single-chain form into one chain, with defaults", () => {
    expect(parsed(local)).toEqual({
      chains: [{ ...local, devWallet: false, subgraphUrl: undefined, explorerUrl: undefined }],
      ipfsGateways: [],
      hidden: { listings: [], sellers: [] },
    });
  });

  it("reads several chains, each with its own endpoints", () => {
    const site = parsed({
      chains: [
        { ...local, subgraphUrl: "http://127.0.0.1:8000/subgraphs/name/agora", devWallet: true },
        { ...other, explorerUrl: "https://sepolia.basescan.org" },
      ],
      ipfsGateways: ["https://ipfs.example"],
    });
    expect(site.chains.map((chain) => [chain.chainId, chain.subgraphUrl, chain.devWallet])).toEqual([
      [31337, "http://127.0.0.1:8000/subgraphs/name/agora", true],
      [84532, undefined, false],
    ]);
    expect(site.ipfsGateways).toEqual(["https://ipfs.example"]);
  });

  it("names the field of a bad URL, an empty or repeated chain list, a fractional chain id", () => {
    expect(problems({ ...local, rpcUrl: "localhost" })).toEqual([expect.stringMatching(/^rpcUrl: /)]);
    expect(problems({ ...local, rpcUrl: "localhost:8545" })).toEqual(["rpcUrl: must be an http:// or https:// URL"]);
    expect(problems({ chains: [local, { ...other, subgraphUrl: "not a url" }] })).toEqual([
      expect.stringMatching(/^chains\.1\.subgraphUrl: /),
    ]);
    expect(problems({ chains: [] })).toEqual(["chains: must list at least one chain"]);
    expect(problems({ chains: [local, local] })).toEqual(["chains: lists a chain id twice"]);
    expect(problems({ ...local, chainId: 1.5 })[0]).toMatch(/^chainId: /);
  });

  it("reads a hoster's hidden list, seller addresses lowercased, and names a bad entry", () => {
    const seller = "0xAbCdEf0123456789aBcDeF0123456789AbCdEf01";
    expect(parsed({ ...local, hidden: { listings: ["7", "0x1f"], sellers: [seller] } }).hidden).toEqual({
      listings: ["7", "31"],
      sellers: [seller.toLowerCase()],
    });
    expect(problems({ ...local, hidden: { listings: ["seven"] } })[0]).toContain("listing id");
  });
});

describe("configForChain", () => {
  it("gives pages the chosen chain flat, with the shared fields and every chain", () => {
    const site = parsed({ chains: [local, other], ipfsGateways: ["https://ipfs.example"] });
    const config = configForChain(site, 84532)!;
    expect(config).toMatchObject({ chainId: 84532, rpcUrl: other.rpcUrl, ipfsGateways: ["https://ipfs.example"] });
    expect(config.chains).toBe(site.chains);
    expect(configForChain(site, 1)).toBeUndefined();
  });
});

describe("loadSiteConfig", () => {
  it("returns the parsed config", async () => {
    serve({ ...local, devWallet: true, ipfsGateways: ["http://127.0.0.1:5001"] });
    const site = await loadSiteConfig("/config.json");
    expect(site.chains[0]).toMatchObject({ devWallet: true, chainId: 31337 });
  });

  it("names the bad field", async () => {
    serve({ ...local, rpcUrl: 42 });
    await expect(loadSiteConfig("/config.json")).rejects.toThrow(/rpcUrl/);
  });

  it("refuses a chain this build has no contracts on, naming it", async () => {
    serve({ chains: [local, other] });
    const error = await loadSiteConfig("/config.json").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SiteConfigError);
    expect((error as SiteConfigError).problems).toEqual([
      "chains: Base Sepolia (chain id 84532) has no Agora deployment in this build (deployments/84532.json)",
    ]);
  });

  it("reports a missing file with its HTTP status, and a file that is not JSON", async () => {
    serve({}, 404);
    await expect(loadSiteConfig("/config.json")).rejects.toThrow(/HTTP 404/);
    serve("<html>");
    await expect(loadSiteConfig("/config.json")).rejects.toThrow(/not JSON/);
  });
});
