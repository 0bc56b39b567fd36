// HOSTING.md, tried as a new hoster would: every ```sh block that does not need the public network
// runs, in order, from the repository's root, with the variables the guide defines at its top. A
// ```sh background block (a server the guide says to leave running) is started and kept until the
// end. `npm run build` rebuilds web/dist: run this file through the heavy-work lock.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runnableBlocks, shellBlocks, type ShellBlock } from "../src/docs/shellBlocks.js";
import { localWebConfig } from "../src/services/web.js";
import { contentSecurityPolicy } from "../src/site/csp.js";
import { defaultPorts, repoRoot } from "../src/stack/config.js";
import { SUBGRAPH_NAME } from "../src/services/graphNode.js";
import { freePort } from "../src/stack/ports.js";

const KNOWN_TAGS = new Set(["public-network", "background"]);

const markdown = await readFile(path.join(repoRoot, "HOSTING.md"), "utf8");
const blocks = shellBlocks(markdown);

/** The fenced blocks of one language, e.g. the guide's example config.json. */
const fencedBlocks = (language: string) =>
  [...markdown.matchAll(new RegExp("^```" + language + "\\n([\\s\\S]*?)^```$", "gm"))].map((match) => match[1]!);

function runBlock(block: ShellBlock, env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["-euo", "pipefail", "-c", block.code], { cwd: repoRoot, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("HOSTING.md", () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const background: ChildProcess[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "agora-hosting-doc-"));
    const [exampleConfig] = fencedBlocks("json");
    const siteConfig = path.join(dir, "my-config.json");
    await writeFile(siteConfig, exampleConfig!);
    env = {
      ...process.env,
      SITE_CONFIG: siteConfig,
      IPFS_PORT: String(await freePort()),
      IPFS_REPO: path.join(dir, "ipfs"),
    };
  });

  afterAll(async () => {
    for (const child of background) {
      if (child.exitCode === null) {
        process.kill(-child.pid!, "SIGINT");
        await new Promise((resolve) => child.once("exit", resolve));
      }
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("marks every block it does not run, with tags this test knows", () => {
    for (const block of blocks) {
      for (const tag of block.tags) expect(KNOWN_TAGS, `line ${block.line}: unknown tag ${tag}`).toContain(tag);
    }
    expect(runnableBlocks(blocks).length).toBeGreaterThanOrEqual(5);
    expect(blocks.filter((block) => block.tags.includes("public-network")).length).toBeGreaterThan(0);
  });

  it("shows the policy the local stack's config gets", () => {
    const local = localWebConfig({
      urls: {
        rpc: `http://127.0.0.1:${defaultPorts.anvil}`,
        ipfs: `http://127.0.0.1:${defaultPorts.ipfs}`,
        graphql: `http://127.0.0.1:${defaultPorts.graphHttp}/subgraphs/name/${SUBGRAPH_NAME}`,
      },
    });
    const shown = fencedBlocks("text").find((text) => text.startsWith("default-src"));
    expect(shown?.replace(/\s*\n\s*/g, " ").trim()).toBe(contentSecurityPolicy(local));
  });

  it(
    "runs every block that needs no public network, in order, as written",
    async () => {
      for (const block of runnableBlocks(blocks)) {
        if (block.tags.includes("background")) {
          const child = spawn("bash", ["-euo", "pipefail", "-c", block.code], {
            cwd: repoRoot,
            env,
            detached: true,
            stdio: "ignore",
          });
          background.push(child);
          // The only server the guide starts is the local IPFS node: ready when its RPC answers.
          const url = `http://127.0.0.1:${env.IPFS_PORT}/api/v0/version`;
          const deadline = Date.now() + 60_000;
          while (
            !(await fetch(url, { method: "POST" })
              .then((response) => response.ok)
              .catch(() => false))
          ) {
            expect(child.exitCode, `line ${block.line}: the server exited`).toBeNull();
            expect(Date.now(), `line ${block.line}: the server did not answer in time`).toBeLessThan(deadline);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
          continue;
        }
        const { code, output } = await runBlock(block, env);
        expect(code, `HOSTING.md line ${block.line} failed:\n${block.code}\n---\n${output}`).toBe(0);
      }
    },
    15 * 60_000,
  );
});
