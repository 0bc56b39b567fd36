// `npm run bench [suite...]`: the one entry for benchmarks. Prints one table (gas first) and fails when a
// figure misses its budget. Each suite gets its own private services.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gasBench } from "@agora/contracts/bench";
import { contentBench } from "@agora/content/bench";
import { subgraphBench } from "@agora/subgraph/bench";
import { browserBenches } from "@agora/e2e/bench";
import { webBench } from "@agora/web/bench";
import { anvilService } from "../services/anvil.js";
import { deployService } from "../services/deploy.js";
import { DEV_MNEMONIC } from "../stack/foundry.js";
import { privateStackContext } from "../stack/localStack.js";
import { startStack } from "../stack/service.js";
import { removeStackState } from "../stack/state.js";
import { chromium, ensureSystemPackages, postgresql } from "../stack/systemPackages.js";

interface Row {
  suite: string;
  name: string;
  value: string;
  budget: string;
  withinBudget: boolean | undefined;
}

async function gasRows(): Promise<Row[]> {
  const stateDir = await mkdtemp(path.join(tmpdir(), "agora-bench-"));
  const ctx = await privateStackContext(stateDir);
  const stack = await startStack([anvilService({ persist: false }), deployService()], ctx);
  try {
    const results = await gasBench({ rpcUrl: ctx.urls.rpc!, deployment: ctx.deployment!, mnemonic: DEV_MNEMONIC });
    return results.map((result) => ({
      suite: "gas",
      name: result.name,
      value: result.gasUsed.toLocaleString("en-US"),
      budget: `≤ ${result.budget.toLocaleString("en-US")}`,
      withinBudget: result.gasUsed <= result.budget,
    }));
  } finally {
    await stack.stop();
    await removeStackState(stateDir);
  }
}

interface MeasuredResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

/** Rows of a suite's measured figures; a target written as "<= N" or ">= N" is checked. */
function measuredRows(suite: string, results: MeasuredResult[]): Row[] {
  return results.map((result) => {
    const [, op, limit] = result.target?.match(/^(<=|>=)\s*([\d.]+)$/) ?? [];
    return {
      suite,
      name: result.name.replace(new RegExp(`^${suite}: `), ""),
      value: `${result.value} ${result.unit}`,
      budget: result.target ? `${result.target.replace("<=", "≤").replace(">=", "≥")} ${result.unit}` : "",
      withinBudget:
        limit === undefined ? undefined : op === "<=" ? result.value <= Number(limit) : result.value >= Number(limit),
    };
  });
}

/** Content-layer figures (issue 4). */
async function contentRows(): Promise<Row[]> {
  return measuredRows("content", await contentBench());
}

/**
 * Web figures: first-load JavaScript of the browse page (issue 11), then in headless Chromium on
 * the full stack (which it starts) navigation → 24 cards with decoded photos (issue 11) and
 * purchase receipt → the order on its page (issue 12).
 */
async function webRows(): Promise<Row[]> {
  const firstLoad = await webBench();
  ensureSystemPackages([chromium, postgresql]);
  return measuredRows("web", [...firstLoad, ...(await browserBenches())]);
}

/** Subgraph figures (issue 5): indexing rate, GraphQL p95s, mined → queryable. Runs its own stack. */
async function subgraphRows(): Promise<Row[]> {
  return measuredRows("subgraph", await subgraphBench());
}

function printTable(rows: Row[]) {
  const header = ["suite", "benchmark", "measured", "budget", ""];
  const cells = rows.map((row) => [
    row.suite,
    row.name,
    row.value,
    row.budget,
    row.withinBudget === undefined ? "" : row.withinBudget ? "ok" : "OVER",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) => cell.map((text, column) => text.padEnd(widths[column]!)).join("  ");
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const cell of cells) console.log(line(cell));
}

// `npm run bench -- gas subgraph` runs only the suites named; no name runs them all.
const suites = { gas: gasRows, content: contentRows, web: webRows, subgraph: subgraphRows } as const;
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in suites));
if (unknown.length > 0) {
  throw new Error(`unknown bench suite(s): ${unknown.join(", ")} (known: ${Object.keys(suites).join(", ")})`);
}
const rows: Row[] = [];
for (const [name, run] of Object.entries(suites)) {
  if (wanted.length === 0 || wanted.includes(name)) rows.push(...(await run()));
}
printTable(rows);
const over = rows.filter((row) => row.withinBudget === false);
if (over.length > 0) {
  console.error(`\n${over.length} benchmark(s) over budget: ${over.map((row) => row.name).join(", ")}`);
  process.exitCode = 1;
}
