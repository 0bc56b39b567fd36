// `npm test`: builds the subgraph for the test network and runs every gnd test case in tests/ on
// graph-node's real WASM runtime and a temporary Postgres. Fails if any case fails, if
// tests/*.json are stale against tests/cases/*.ts, or if an ABI event lacks a handler or a test.
import { execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { buildSubgraph, subgraphDir } from "./build.js";
import { eventNames, manifestSignature } from "./testing/abi.js";
import { renderCases, testsDir } from "./testing/cases.js";
import { testNetworks } from "./testing/dsl.js";

const gndBin = path.join(subgraphDir, "..", "node_modules", "@graphprotocol", "gnd-linux-x64", "bin", "gnd");
const POSTGRES_BIN = "/usr/lib/postgresql/15/bin";
/** gnd refuses to run as root (initdb does): as root, tests run as this user. */
const TEST_USER = "postgres";
/** gnd test processes run at once (each starts its own Postgres). */
const CONCURRENCY = Math.max(1, Math.min(4, os.availableParallelism()));

/** Reports a failure; the process exits non-zero once cleanup has run. */
function fail(message: string): void {
  console.error(`\n✘ ${message}`);
  process.exitCode = 1;
}

/** tests/*.json must be exactly what tests/cases/*.ts render to. */
async function checkGenerated(): Promise<string[]> {
  const cases = await renderCases();
  const onDisk = (await readdir(testsDir)).filter((file) => file.endsWith(".json")).sort();
  const stale: string[] = onDisk.filter((file) => !cases.has(file));
  for (const [file, { json }] of cases) {
    const current = existsSync(path.join(testsDir, file)) ? await readFile(path.join(testsDir, file), "utf8") : "";
    if (current !== json) stale.push(file);
  }
  if (stale.length) {
    fail(`stale test JSON (${stale.join(", ")}): run \`npm run generate:tests -w @agora/subgraph\``);
    process.exit();
  }

  // Every ABI event has a handler in the template and appears in at least one case.
  const template = await readFile(path.join(subgraphDir, "subgraph.template.yaml"), "utf8");
  const used = new Set<string>();
  for (const { testCase } of cases.values()) {
    for (const block of testCase.blocks) for (const event of block.events) used.add(event.event.split("(")[0]!);
  }
  const problems: string[] = [];
  for (const name of eventNames()) {
    if (!template.includes(`event: ${manifestSignature(name)}\n`))
      problems.push(`subgraph.template.yaml has no handler for ${manifestSignature(name)}`);
    if (!used.has(name)) problems.push(`no test case emits ${name}`);
  }
  console.log(`✔ ${cases.size} test cases up to date`);
  return problems;
}

async function main(): Promise<void> {
  const started = Date.now();
  const problems = await checkGenerated();
  const { manifest, buildDir } = await buildSubgraph({ network: "agora-test", networks: testNetworks });
  console.log(`✔ built ${path.relative(process.cwd(), buildDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // gnd creates its Postgres inside the build dir, so it runs on a copy owned by the test user.
  const work = await mkdtemp(path.join(os.tmpdir(), "agora-gnd-test-"));
  try {
    await cp(buildDir, path.join(work, "build"), { recursive: true });
    await cp(manifest, path.join(work, "subgraph.yaml"));
    await cp(testsDir, path.join(work, "tests"), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}cases`),
    });
    const asRoot = process.getuid?.() === 0;
    if (asRoot) execFileSync("chown", ["-R", TEST_USER, work]);

    const env = {
      PATH: `${POSTGRES_BIN}:${process.env.PATH ?? ""}`,
      HOME: work,
      TMPDIR: work,
      // graph-node refuses @fulltext unless told that its non-determinism is accepted.
      GRAPH_ALLOW_NON_DETERMINISTIC_FULLTEXT_SEARCH: "true",
    };
    // One gnd process per file: within one process gnd reuses a deployment hash for every file,
    // and its GraphQL result cache then answers a query repeated across files at the same block
    // with the earlier file's result.
    const files = (await readdir(path.join(work, "tests"))).filter((file) => file.endsWith(".json")).sort();
    const runFile = (file: string) =>
      new Promise<{ file: string; code: number; output: string }>((resolve, reject) => {
        const gndArgs = [
          "test",
          "--skip-build",
          "-m",
          path.join(work, "subgraph.yaml"),
          path.join(work, "tests", file),
        ];
        const [command, args] = asRoot
          ? [
              "runuser",
              ["-u", TEST_USER, "--", "env", ...Object.entries(env).map(([k, v]) => `${k}=${v}`), gndBin, ...gndArgs],
            ]
          : [gndBin, gndArgs];
        const child = spawn(command, args as string[], { cwd: work, env: { ...process.env, ...env } });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("error", reject);
        child.on("exit", (status, signal) => resolve({ file, code: status ?? (signal ? 1 : 0), output }));
      });
    const failed: string[] = [];
    const queue = [...files];
    const workers = Array.from({ length: Math.min(CONCURRENCY, files.length) }, async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const result = await runFile(file);
        const lines = result.output.split("\n").filter((line) => !line.startsWith("→") && !/^Tests: /.test(line));
        console.log(lines.join("\n").trimEnd());
        if (result.code !== 0) failed.push(file);
      }
    });
    await Promise.all(workers);
    const code = failed.length ? 1 : 0;
    console.log(
      `\n${files.length - failed.length} of ${files.length} test files passed${failed.length ? `; failed: ${failed.join(", ")}` : ""}`,
    );
    console.log(`gnd test finished in ${((Date.now() - started) / 1000).toFixed(1)} s (build included)`);
    if (code !== 0) return fail("gnd test failed");
    if (problems.length) return fail(problems.join("\n  "));
    console.log("✔ every ABI event has a handler and a test");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
