// `npm test`: every suite the repo has. Fails if any fails; prints one closing summary line.
import { spawn } from "node:child_process";
import path from "node:path";
import { loopbackIsolation } from "../netns/loopbackNamespace.js";
import { repoRoot } from "../stack/config.js";
import { foundryBinary } from "../stack/foundry.js";
import { chromium, ensureSystemPackages, postgresql } from "../stack/systemPackages.js";

interface Step {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  /** A preparation step: when it fails, nothing after it can run. */
  prepare?: boolean;
}

const bin = (tool: string) => path.join(repoRoot, "node_modules", ".bin", tool);
const forge = foundryBinary(repoRoot, "forge");

/**
 * Build inside a network namespace with nothing but a loopback (`unshare -n`, or `-rn` for an
 * ordinary user): proof that forge never goes online.
 */
const isolation = loopbackIsolation();

const steps: Step[] = [
  isolation.available
    ? {
        name: "forge build (network off)",
        command: "unshare",
        args: [...isolation.unshare, forge, "build"],
        prepare: true,
      }
    : { name: "forge build", command: forge, args: ["build"], prepare: true },
  { name: "generate contracts module", command: bin("tsx"), args: ["contracts/codegen/cli.ts"], prepare: true },
  { name: "contracts (forge test)", command: forge, args: ["test"] },
  { name: "contracts coverage (100% lines and branches)", command: bin("tsx"), args: ["devnet/src/cli/coverage.ts"] },
  {
    name: "local stack: folders, users, network, build (vitest)",
    command: bin("vitest"),
    args: ["run"],
    cwd: "devnet",
  },
  { name: "content layer + IPFS node (vitest)", command: bin("vitest"), args: ["run"], cwd: "content" },
  { name: "web unit (vitest)", command: bin("vitest"), args: ["run"], cwd: "web" },
  { name: "subgraph handlers (gnd test)", command: bin("tsx"), args: ["scripts/test.ts"], cwd: "subgraph" },
  { name: "subgraph on a real stack (graph-node, vitest)", command: bin("vitest"), args: ["run"], cwd: "subgraph" },
  { name: "end-to-end (playwright)", command: bin("playwright"), args: ["test"], cwd: "e2e" },
];

function run(step: Step): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { cwd: path.join(repoRoot, step.cwd ?? ""), stdio: "inherit" });
    child.on("error", (error) => {
      console.error(`${step.name}: ${error.message}`);
      resolve(false);
    });
    child.on("exit", (code) => resolve(code === 0));
  });
}

async function main() {
  ensureSystemPackages([chromium, postgresql]);
  const results: { name: string; ok: boolean; seconds: number }[] = [];
  for (const step of steps) {
    console.log(`\n=== ${step.name} ===`);
    const started = Date.now();
    const ok = await run(step);
    const seconds = (Date.now() - started) / 1000;
    if (step.prepare) {
      if (!ok) throw new Error(`${step.name} failed: no suite can run`);
      continue;
    }
    results.push({ name: step.name, ok, seconds });
  }
  console.log("\n=== summary ===");
  for (const result of results) {
    console.log(`${result.ok ? "PASS" : "FAIL"}  ${result.name}  (${result.seconds.toFixed(1)} s)`);
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
