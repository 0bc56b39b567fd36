import { describe, expect, it } from "vitest";
import { configuredOrigins, contentSecurityPolicy, cspDirectives, withCspMeta } from "../src/site/csp.js";

const multiChain = {
  chains: [
    {
      chainId: 84532,
      chainName: "Base Sepolia",
      rpcUrl: "https://sepolia.base.org/",
      subgraphUrl: "https://api.studio.thegraph.com/query/1/agora/v1",
      explorerUrl: "https://sepolia.basescan.org",
    },
    { chainId: 10, chainName: "OP", rpcUrl: "https://rpc.example.net:8443/v1/key" },
  ],
  ipfsGateways: ["https://trustless-gateway.link", "https://rpc.example.net:8443/"],
  ipfsUploadUrl: "http://127.0.0.1:5001",
};

const directive = (config: object, name: string) => cspDirectives(config).find(([key]) => key === name)?.[1];

describe("contentSecurityPolicy", () => {
  it("lets the app connect to every configured origin, once each, and nowhere else", () => {
    expect(directive(multiChain, "connect-src")).toEqual([
      "'self'",
      "https://sepolia.base.org",
      "https://api.studio.thegraph.com",
      "https://rpc.example.net:8443",
      "https://trustless-gateway.link",
      "http://127.0.0.1:5001",
    ]);
    // Explorer links are navigations, not fetches: not in the policy.
    expect(contentSecurityPolicy(multiChain)).not.toContain("basescan");
  });

  it("reads the older flat form too", () => {
    const flat = {
      chainId: 31337,
      chainName: "anvil",
      rpcUrl: "http://127.0.0.1:8545",
      subgraphUrl: "http://127.0.0.1:8000/subgraphs/name/agora",
      ipfsGateways: ["http://127.0.0.1:5001"],
    };
    expect(configuredOrigins(flat)).toEqual([
      "http://127.0.0.1:8545",
      "http://127.0.0.1:8000",
      "http://127.0.0.1:5001",
    ]);
  });

  it("denies by default and allows scripts from the site's own files only", () => {
    const policy = contentSecurityPolicy(multiChain);
    expect(policy.startsWith("default-src 'none'; script-src 'self'; ")).toBe(true);
    expect(directive(multiChain, "script-src")).toEqual(["'self'"]);
    for (const name of ["object-src", "base-uri", "form-action"])
      expect(directive(multiChain, name)).toEqual(["'none'"]);
    expect(directive(multiChain, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(directive(multiChain, "frame-src")).toBeUndefined();
    // A <meta> policy cannot carry frame-ancestors (browsers ignore it there): a header's job.
    expect(policy).not.toContain("frame-ancestors");
  });

  it("adds WalletConnect's services only when a project id turns it on", () => {
    expect(contentSecurityPolicy(multiChain)).not.toContain("walletconnect");
    const withWalletConnect = { ...multiChain, walletConnectProjectId: "0123abcd" };
    expect(directive(withWalletConnect, "connect-src")).toContain("wss://relay.walletconnect.org");
    expect(directive(withWalletConnect, "frame-src")).toContain("https://verify.walletconnect.org");
    expect(directive(withWalletConnect, "script-src")).toEqual(["'self'"]);
  });

  it("refuses a config whose URLs it cannot turn into origins", () => {
    expect(() => contentSecurityPolicy({ chains: [{ rpcUrl: "not a url" }] })).toThrow(/chains\[0\]\.rpcUrl/);
    expect(() => contentSecurityPolicy({ rpcUrl: "javascript:alert(1)" })).toThrow(/http\(s\)/);
    expect(() => contentSecurityPolicy({ rpcUrl: "https://a.example", ipfsGateways: "https://b.example" })).toThrow(
      /ipfsGateways/,
    );
  });
});

describe("withCspMeta", () => {
  const html = [
    "<!doctype html>",
    "<html>",
    "  <head>",
    '    <meta charset="UTF-8" />',
    "    <title>Agora</title>",
    '    <script type="module" crossorigin src="./assets/index.js"></script>',
    "  </head>",
    "</html>",
  ].join("\n");

  it("puts the policy right after <meta charset>, before any script", () => {
    const out = withCspMeta(html, "default-src 'none'; connect-src 'self' https://a.example?x=\"&\"");
    const lines = out.split("\n");
    expect(lines[4]).toBe(
      `    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; connect-src 'self' https://a.example?x=&quot;&amp;&quot;" />`,
    );
    expect(out.replace(lines[4]! + "\n", "")).toBe(html);
  });

  it("replaces an earlier policy instead of adding a second one", () => {
    const once = withCspMeta(html, "default-src 'none'");
    const twice = withCspMeta(once, "default-src 'self'");
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(twice).toContain(`content="default-src 'self'"`);
    expect(twice).toBe(withCspMeta(html, "default-src 'self'"));
  });

  it("refuses a page it cannot place the policy in", () => {
    expect(() => withCspMeta("<html><head></head></html>", "default-src 'none'")).toThrow(/meta charset/);
  });
});
