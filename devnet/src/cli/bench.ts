// `npm run bench`: the one entry for benchmarks. Prints one table (gas first) and fails when a
// figure misses its budget. Each suite gets its own private services.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gasBench } from "@agora/contracts/bench";
import { contentBench } from "@agora/content/bench";
import { anvilService } from "../services/anvil.js";
import { privateStackContext } from "../stack/localStack.js";
import { startStack } from "../stack/service.js";

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
  const stack = await startStack([anvilService({ persist: false })], ctx);
  try {
    const results = await gasBench(ctx.urls.rpc!);
    return results.map((result) => ({
      suite: "gas",
      name: result.name,
      value: result.gasUsed.toLocaleString("en-US"),
      budget: `≤ ${result.budget.toLocaleString("en-US")}`,
      withinBudget: result.gasUsed <= result.budget,
    }));
  } finally {
    await stack.stop();
    await rm(stateDir, { recursive: true, force: true });
  }
}

/** Content-layer figures; a target written as "<= N" is checked. */
async function contentRows(): Promise<Row[]> {
  return (await contentBench()).map((result) => {
    const limit = result.target?.match(/^<=\s*([\d.]+)$/)?.[1];
    return {
      suite: "content",
      name: result.name.replace(/^content: /, ""),
      value: `${result.value} ${result.unit}`,
      budget: result.target ? `${result.target.replace("<=", "≤")} ${result.unit}` : "",
      withinBudget: limit === undefined ? undefined : result.value <= Number(limit),
    };
  });
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

const rows = [...(await gasRows()), ...(await contentRows())];
printTable(rows);
const over = rows.filter((row) => row.withinBudget === false);
if (over.length > 0) {
  console.error(`\n${over.length} benchmark(s) over budget: ${over.map((row) => row.name).join(", ")}`);
  process.exitCode = 1;
}
