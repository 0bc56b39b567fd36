// `npm run coverage`: forge coverage over contracts/src; fails unless lines and branches are 100%.
import { spawnSync } from "node:child_process";
import { repoRoot } from "../stack/config.js";
import { foundryBinary } from "../stack/foundry.js";

const REQUIRED = 100;

const result = spawnSync(
  foundryBinary(repoRoot, "forge"),
  ["coverage", "--report", "summary", "--no-match-coverage", "(script|mocks|test)"],
  { cwd: repoRoot, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
);
const output = `${result.stdout}${result.stderr}`;
const rows = output.split("\n").filter((line) => /^\|\s*(File|contracts\/src|Total)/.test(line));
console.log(rows.join("\n"));
const total = rows.find((line) => line.startsWith("| Total"));
if (result.status !== 0 || !total) {
  console.error(output.slice(-4_000));
  console.error("forge coverage failed");
  process.exit(1);
}
// | Total | 100.00% (479/479) | 100.00% (511/511) | 100.00% (99/99) | 100.00% (102/102) |
const [lines, , branches] = total
  .split("|")
  .slice(2)
  .map((cell) => Number(cell.trim().split("%")[0]));
if (lines! < REQUIRED || branches! < REQUIRED) {
  console.error(`coverage of contracts/src: lines ${lines}%, branches ${branches}% (required: ${REQUIRED}%)`);
  process.exit(1);
}
console.log(`coverage of contracts/src: lines ${lines}%, branches ${branches}%`);
