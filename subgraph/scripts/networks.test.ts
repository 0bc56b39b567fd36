// Building and deploying for public networks, without them: two fixture deployments with made-up
// addresses (tests/fixtures/<chainId>.json, never in deployments/) become a networks file the way
// `npm run generate` makes one; the CLI builds every network in it, and each built manifest must
// carry its deployment's network, address and start block. Then the deploy's refusals, graph-cli's
// Studio command line, and the build packed for IPFS as graph-node will read it.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CID } from "multiformats/cid";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { graphNetworks, readDeploymentFile, type DeploymentFile } from "@agora/contracts/deployments";
import { networkDir, subgraphDir } from "./build.js";
import { packBuild, studioDeployArgs } from "./deploy.js";

const FIXTURES = ["84532.json", "11155420.json"].map((file) => path.join(subgraphDir, "tests", "fixtures", file));
const tsx = path.join(subgraphDir, "..", "node_modules", ".bin", "tsx");

let deployments: DeploymentFile[];
let networksFile: string;

/** Runs the subgraph CLI as `npm run subgraph:*` does; never throws. */
function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    execFile(
      tsx,
      [path.join(subgraphDir, "scripts", "cli.ts"), ...args, "--networks", networksFile],
      { cwd: subgraphDir, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

interface ManifestSource {
  kind: string;
  name: string;
  network: string | undefined;
  address: string | undefined;
  startBlock: number | undefined;
}

interface ManifestEntry {
  kind: string;
  name: string;
  network?: string;
  source?: { address?: string; startBlock?: number };
}

/** The data sources and templates of a built manifest, parsed as YAML. */
function manifestSources(text: string): Record<"dataSources" | "templates", ManifestSource[]> {
  const manifest = parse(text) as { dataSources?: ManifestEntry[]; templates?: ManifestEntry[] };
  const sources = (entries: ManifestEntry[] = []) =>
    entries.map((entry) => ({
      kind: entry.kind,
      name: entry.name,
      network: entry.network,
      address: entry.source?.address,
      startBlock: entry.source?.startBlock,
    }));
  return { dataSources: sources(manifest.dataSources), templates: sources(manifest.templates) };
}

beforeAll(async () => {
  deployments = await Promise.all(FIXTURES.map(readDeploymentFile));
  networksFile = path.join(await mkdtemp(path.join(tmpdir(), "agora-networks-")), "networks.json");
  await writeFile(networksFile, JSON.stringify(graphNetworks(deployments), null, 2));
});

describe("subgraph:build for public networks", () => {
  it("builds every network of the networks file with its deployment's address and start block", async () => {
    const run = await cli(["build"]);
    expect(run.code, run.output).toBe(0);
    const templateNames = [
      ...(await readFile(path.join(subgraphDir, "subgraph.template.yaml"), "utf8")).matchAll(
        /^ {2}- kind: file\/ipfs\n {4}name: (\w+)$/gm,
      ),
    ].map((match) => match[1]);
    expect(templateNames.length).toBeGreaterThan(0);
    for (const deployment of deployments) {
      const builtManifest = path.join(networkDir(deployment.network), "build", "subgraph.yaml");
      expect(run.output).toContain(`${deployment.network}: ${builtManifest}`);
      const { dataSources, templates } = manifestSources(await readFile(builtManifest, "utf8"));
      const marketplace = deployment.contracts.Marketplace!;
      expect(dataSources).toEqual([
        {
          kind: "ethereum/contract",
          name: "Marketplace",
          network: deployment.network,
          address: marketplace.address.toLowerCase(),
          startBlock: marketplace.deployedOnBlock,
        },
      ]);
      expect(templates.map((template) => [template.name, template.network])).toEqual(
        templateNames.map((name) => [name, deployment.network]),
      );
    }
  }, 300_000);

  it("lists the networks it can build for", async () => {
    const run = await cli(["build", "--list"]);
    expect([run.code, run.output.trim().split("\n")]).toEqual([0, ["base-sepolia", "optimism-sepolia"]]);
  });

  it("refuses an unknown network, naming the known ones", async () => {
    const run = await cli(["build", "--network", "base"]);
    expect(run.code).toBe(1);
    expect(run.output).toContain('unknown network "base"');
    expect(run.output).toContain("base-sepolia, optimism-sepolia");
  });
});

describe("subgraph:deploy", () => {
  it("refuses an incomplete or contradictory target before building", async () => {
    const noLabel = await cli(["deploy", "--network", "base-sepolia", "--studio", "agora"]);
    expect([noLabel.code, noLabel.output]).toEqual([2, expect.stringContaining("--version-label")]);
    const both = await cli([
      ...["deploy", "--network", "base-sepolia", "--version-label", "v1", "--studio", "agora"],
      ...["--node", "http://127.0.0.1:1"],
    ]);
    expect([both.code, both.output]).toEqual([2, expect.stringContaining("leave out --node")]);
    const noIpfs = await cli([
      ...["deploy", "--network", "base-sepolia", "--version-label", "v1"],
      ...["--node", "http://127.0.0.1:1", "--name", "agora/x"],
    ]);
    expect([noIpfs.code, noIpfs.output]).toEqual([2, expect.stringContaining("--node, --ipfs and --name")]);
    const unknown = await cli(["deploy", "--network", "sepolia", "--version-label", "v1", "--studio", "agora"]);
    expect([unknown.code, unknown.output]).toEqual([1, expect.stringContaining('unknown network "sepolia"')]);
  });

  it("hands Studio deploys to graph-cli with the slug, label and the key from the environment", () => {
    const options = {
      manifest: "/m/subgraph.yaml",
      buildDir: "/m/build",
      slug: "agora-base-sepolia",
      versionLabel: "v1.2.0",
    };
    expect(studioDeployArgs({ ...options, deployKey: "k3y" })).toEqual([
      ...["deploy", "agora-base-sepolia", "/m/subgraph.yaml", "--output-dir", "/m/build"],
      ...["--version-label", "v1.2.0", "--skip-migrations", "--deploy-key", "k3y"],
    ]);
    // Without a key graph-cli takes the one `graph auth` stored.
    expect(studioDeployArgs(options)).not.toContain("--deploy-key");
    expect(() => studioDeployArgs({ ...options, slug: "agora base" })).toThrow(/invalid subgraph name/);
  });

  it("packs the build for IPFS: every file the manifest names becomes a link to that file's CID", async () => {
    const buildDir = path.join(networkDir("base-sepolia"), "build");
    const built = await readFile(path.join(buildDir, "subgraph.yaml"), "utf8");
    const named = [...built.matchAll(/^[ \t]*file: (\S+)$/gm)].map((match) => match[1]!);
    const packed = await packBuild(buildDir);
    expect(packed.files.map((file) => file.path).sort()).toEqual([...new Set(named)].sort());
    expect(packed.manifest).not.toMatch(/^[ \t]*file: [^{]/m);
    const links = [...packed.manifest.matchAll(/^[ \t]*file: \{ "\/": "\/ipfs\/(\w+)" \}$/gm)].map((match) => match[1]);
    expect(links).toHaveLength(named.length);
    for (const [index, link] of links.entries()) {
      expect(link).toBe(packed.files.find((file) => file.path === named[index])!.car.root.toString());
      expect(() => CID.parse(link!)).not.toThrow();
    }
    // Everything else is the built manifest unchanged: network, address and start block included.
    expect(packed.manifest.replace(/^([ \t]*file: ).*$/gm, "$1")).toBe(built.replace(/^([ \t]*file: ).*$/gm, "$1"));
  });
});
