// INDEXING.md on the stack test's graph-node and demo catalogue: every ```graphql example (with the
// ```json variables that follow it) must answer data, every list in it non-empty, without errors;
// every ```sh block not marked public-network runs with bash as a reader would, with the guide's
// variables pointing at this stack, and must do what the guide says it does. A block this file does
// not know fails the test, so the guide cannot gain an unchecked command.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { graphNetworks, type DeploymentFile } from "@agora/contracts/deployments";
import type { StackContext } from "@agora/devnet";
import { readShellBlocks, runnableBlocks, type ShellBlock } from "../../devnet/src/docs/shellBlocks.js";
import { networkDir, subgraphDir } from "../scripts/build.js";

const repoRoot = path.resolve(subgraphDir, "..");
const GUIDE = path.join(repoRoot, "INDEXING.md");

export interface GraphqlExample {
  /** 1-based line of the opening fence. */
  line: number;
  query: string;
  variables: Record<string, unknown>;
}

/** Each ```graphql block, with the ```json block right after it (blank lines and text between not allowed) as its variables. */
export function graphqlExamples(markdown: string): GraphqlExample[] {
  const lines = markdown.split(/\r?\n/);
  const fenced: { line: number; language: string; code: string; end: number }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^(`{3,})(\w*)/.exec(lines[index]!);
    if (!open) continue;
    let end = index + 1;
    while (end < lines.length && !lines[end]!.startsWith(open[1]!)) end++;
    fenced.push({ line: index + 1, language: open[2]!, code: lines.slice(index + 1, end).join("\n"), end: end + 1 });
    index = end;
  }
  return fenced.flatMap((block, i) => {
    if (block.language !== "graphql") return [];
    const next = fenced[i + 1];
    const adjacent = next?.language === "json" && lines.slice(block.end, next.line - 1).every((line) => !line.trim());
    const variables = adjacent ? (JSON.parse(next.code) as Record<string, unknown>) : {};
    return [{ line: block.line, query: block.code, variables }];
  });
}

/** The lists in a GraphQL answer that are empty, by path. */
function emptyLists(value: unknown, at = "data"): string[] {
  if (Array.isArray(value))
    return value.length === 0 ? [at] : value.flatMap((item, i) => emptyLists(item, `${at}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => emptyLists(item, `${at}.${key}`));
  }
  return [];
}

function runBlock(block: ShellBlock, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", block.code], { cwd: repoRoot, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** Registers the guide's tests; `stack` is read when they run (after the stack test's beforeAll). */
export function indexingGuideTests(stack: () => { ctx: StackContext; deployment: DeploymentFile }) {
  it("answers every example query of INDEXING.md with data and no errors", async () => {
    const { ctx } = stack();
    const examples = graphqlExamples(await readFile(GUIDE, "utf8"));
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      const response = await fetch(ctx.urls.graphql!, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: example.query, variables: example.variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      const where = `INDEXING.md line ${example.line}`;
      expect(body.errors, where).toBeUndefined();
      expect(body.data, where).toBeTruthy();
      expect(emptyLists(body.data), where).toEqual([]);
    }
  });

  it("runs every shell block of INDEXING.md against this stack, as the guide describes", async () => {
    const { ctx, deployment } = stack();
    const dir = await mkdtemp(path.join(tmpdir(), "agora-indexing-guide-"));
    const networksFile = path.join(dir, "networks.json");
    await writeFile(networksFile, JSON.stringify(graphNetworks([deployment])));
    const env = {
      ...process.env,
      GRAPHQL_URL: ctx.urls.graphql!,
      GRAPH_NODE_ADMIN: `http://127.0.0.1:${ctx.ports.graphAdmin}`,
      IPFS_URL: ctx.urls.ipfs!,
      AGORA_NETWORKS_FILE: networksFile,
    };
    const marketplace = deployment.contracts.Marketplace!;
    const checks: { matches: RegExp; check: (run: { code: number | null; output: string }) => Promise<void> | void }[] =
      [
        { matches: /^export GRAPHQL_URL=/m, check: (run) => expect(run.code, run.output).toBe(0) },
        {
          matches: /subgraph:build -- --list/,
          check: (run) => expect([run.code, run.output.trim().split("\n").at(-1)]).toEqual([0, deployment.network]),
        },
        {
          matches: /subgraph:build -- --network localhost/,
          check: async (run) => {
            expect(run.code, run.output).toBe(0);
            const built = await readFile(path.join(networkDir("localhost"), "build", "subgraph.yaml"), "utf8");
            expect(built).toContain(`address: "${marketplace.address.toLowerCase()}"`);
            expect(built).toContain(`startBlock: ${marketplace.deployedOnBlock}`);
          },
        },
        {
          // gnd dev takes subgraph_create but reads deployments from its disk: the build is uploaded,
          // then subgraph_deploy is refused, as the guide says.
          matches: /subgraph:deploy -- --network localhost --node/,
          check: async (run) => {
            expect(run.code, run.output).toBe(1);
            expect(run.output).toContain("refused subgraph_deploy: internal error");
            const cid = /uploaded the build: (\w+)/.exec(run.output)?.[1];
            expect(cid, run.output).toBeDefined();
            const manifest = await (await fetch(`${ctx.urls.ipfs}/ipfs/${cid}`)).text();
            expect(manifest).toContain("network: localhost");
            expect(manifest).toContain(`address: "${marketplace.address.toLowerCase()}"`);
            const schema = /^schema:\n\s+file: \{ "\/": "\/ipfs\/(\w+)" \}$/m.exec(manifest)?.[1];
            const served = await (await fetch(`${ctx.urls.ipfs}/ipfs/${schema}`)).text();
            expect(served).toBe(await readFile(path.join(networkDir("localhost"), "build", "schema.graphql"), "utf8"));
          },
        },
        {
          matches: /_meta \{ block \{ number \} hasIndexingErrors \}/,
          check: (run) => {
            expect(run.code, run.output).toBe(0);
            const { data } = JSON.parse(run.output) as {
              data: { _meta: { block: { number: number }; hasIndexingErrors: boolean } };
            };
            expect(data._meta.block.number).toBeGreaterThan(marketplace.deployedOnBlock);
            expect(data._meta.hasIndexingErrors).toBe(false);
          },
        },
      ];
    const blocks = runnableBlocks(await readShellBlocks(GUIDE));
    for (const block of blocks) {
      const known = checks.filter((check) => check.matches.test(block.code));
      expect(known, `INDEXING.md line ${block.line}: a shell block this test does not know`).toHaveLength(1);
      await known[0]!.check(await runBlock(block, env));
    }
    expect(blocks).toHaveLength(checks.length);
  }, 300_000);
}
