// `npm run generate:tests`: writes tests/*.json from tests/cases/*.ts (event signatures from the ABI).
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderCases, testsDir } from "./testing/cases.js";

const cases = await renderCases();
for (const file of (await readdir(testsDir)).filter((name) => name.endsWith(".json"))) {
  if (!cases.has(file)) await rm(path.join(testsDir, file));
}
for (const [file, { json }] of cases) await writeFile(path.join(testsDir, file), json);
console.log(`wrote ${cases.size} test cases to ${path.relative(process.cwd(), testsDir) || "."}`);
