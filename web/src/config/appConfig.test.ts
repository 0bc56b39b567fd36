import { afterEach, describe, expect, it, vi } from "vitest";
import { appConfigSchema, loadAppConfig } from "./appConfig";

const valid = { chainId: 31337, chainName: "local", rpcUrl: "http://127.0.0.1:8545" };

function serve(body: unknown, status = 200) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(JSON.stringify(body), { status })),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe("appConfigSchema", () => {
  it("fills defaults for optional fields", () => {
    expect(appConfigSchema.parse(valid)).toEqual({
      ...valid,
      ipfsGateways: [],
      devWallet: false,
      hidden: { listings: [], sellers: [] },
    });
  });

  it("reads a hoster's hidden list, seller addresses lowercased, and names a bad entry", () => {
    const seller = "0xAbCdEf0123456789aBcDeF0123456789AbCdEf01";
    expect(appConfigSchema.parse({ ...valid, hidden: { listings: ["7", "0x1f"], sellers: [seller] } }).hidden).toEqual({
      listings: ["7", "31"],
      sellers: [seller.toLowerCase()],
    });
    expect(appConfigSchema.parse({ ...valid, hidden: { sellers: [seller] } }).hidden.listings).toEqual([]);
    const bad = appConfigSchema.safeParse({ ...valid, hidden: { listings: ["seven"] } });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("listing id");
  });

  it("reads an optional block explorer URL and rejects one that is not a URL", () => {
    expect(appConfigSchema.parse(valid).explorerUrl).toBeUndefined();
    expect(appConfigSchema.parse({ ...valid, explorerUrl: "https://basescan.org" }).explorerUrl).toBe(
      "https://basescan.org",
    );
    const bad = appConfigSchema.safeParse({ ...valid, explorerUrl: "basescan.org" });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("explorerUrl");
  });

  it("rejects a non-URL RPC endpoint and a fractional chain id", () => {
    expect(appConfigSchema.safeParse({ ...valid, rpcUrl: "localhost" }).success).toBe(false);
    expect(appConfigSchema.safeParse({ ...valid, chainId: 1.5 }).success).toBe(false);
  });
});

describe("loadAppConfig", () => {
  it("returns the parsed config", async () => {
    serve({ ...valid, devWallet: true, ipfsGateways: ["http://127.0.0.1:5001"] });
    await expect(loadAppConfig("/config.json")).resolves.toMatchObject({ devWallet: true, chainId: 31337 });
  });

  it("names the bad field", async () => {
    serve({ ...valid, rpcUrl: 42 });
    await expect(loadAppConfig("/config.json")).rejects.toThrow(/rpcUrl/);
  });

  it("reports a missing file with its HTTP status", async () => {
    serve({}, 404);
    await expect(loadAppConfig("/config.json")).rejects.toThrow(/HTTP 404/);
  });
});
