// Loads tests/cases/*.ts and renders them as the JSON files gnd test reads (tests/<name>.json).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format, resolveConfig } from "prettier";
import { subgraphDir } from "../build.js";
import type { TestCase } from "./dsl.js";

export const testsDir = path.join(subgraphDir, "tests");
const casesDir = path.join(testsDir, "cases");

/** Every case, by JSON file name, with its JSON text (deterministic: same input, same bytes). */
export async function renderCases(): Promise<Map<string, { json: string; testCase: TestCase }>> {
  const files = (await readdir(casesDir)).filter((file) => file.endsWith(".ts")).sort();
  const rendered = new Map<string, { json: string; testCase: TestCase }>();
  for (const file of files) {
    const module = (await import(pathToFileURL(path.join(casesDir, file)).href)) as {
      default: () => Promise<TestCase>;
    };
    const testCase = await module.default();
    const target = path.join(testsDir, file.replace(/\.ts$/, ".json"));
    // Formatted as the repository's Prettier would, so `prettier --check` and the stale check agree.
    const json = await format(JSON.stringify(testCase), { ...(await resolveConfig(target)), filepath: target });
    rendered.set(path.basename(target), { json, testCase });
  }
  return rendered;
}
