// `npm test`: builds the subgraph for the test network and runs every gnd test case in tests/ on
// graph-node's real WASM runtime and a Postgres of its own. Fails if any case fails, if
// tests/*.json are stale against tests/cases/*.ts, or if an ABI event lacks a handler or a test.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, removeStackState, startPostgres } from "@agora/devnet";
import { buildSubgraph, subgraphDir } from "./build.js";
import { eventNames, manifestSignature } from "./testing/abi.js";
import { renderCases, testsDir } from "./testing/cases.js";
import { testNetworks } from "./testing/dsl.js";

const gndBin = path.join(subgraphDir, "..", "node_modules", "@graphprotocol", "gnd-linux-x64", "bin", "gnd");
/** gnd test processes run at once (each on its own database). */
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

  // One Postgres for the run (as the invoking user; as root, as the `postgres` account), one fresh
  // database per test file; gnd itself runs as the invoking user.
  const work = await mkdtemp(path.join(os.tmpdir(), "agora-gnd-test-"));
  const postgres = await startPostgres({ stateDir: work, logDir: path.join(work, "logs"), port: await freePort() });
  try {
    const env = {
      ...process.env,
      // graph-node refuses @fulltext unless told that its non-determinism is accepted.
      GRAPH_ALLOW_NON_DETERMINISTIC_FULLTEXT_SEARCH: "true",
    };
    // One gnd process and database per file: within one process gnd reuses a deployment hash for
    // every file, and its GraphQL result cache then answers a query repeated across files at the
    // same block with the earlier file's result.
    const files = (await readdir(testsDir)).filter((file) => file.endsWith(".json")).sort();
    const runFile = async (file: string, index: number) => {
      const postgresUrl = await postgres.createDatabase(`gnd-test-${index}`);
      return new Promise<{ file: string; code: number; output: string }>((resolve, reject) => {
        const gndArgs = [
          "test",
          "--skip-build",
          "-m",
          manifest,
          "--postgres-url",
          postgresUrl,
          path.join(testsDir, file),
        ];
        const child = spawn(gndBin, gndArgs, { cwd: work, env });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("error", reject);
        child.on("exit", (status, signal) => resolve({ file, code: status ?? (signal ? 1 : 0), output }));
      });
    };
    const failed: string[] = [];
    const queue = files.map((file, index) => ({ file, index }));
    const workers = Array.from({ length: Math.min(CONCURRENCY, files.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const result = await runFile(next.file, next.index);
        const lines = result.output.split("\n").filter((line) => !line.startsWith("→") && !/^Tests: /.test(line));
        console.log(lines.join("\n").trimEnd());
        if (result.code !== 0) failed.push(next.file);
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
    await postgres.stop();
    await removeStackState(work);
  }
}

await main();
