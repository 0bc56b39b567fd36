import { describe, expect, it } from "vitest";
import { runnableBlocks, shellBlocks } from "../src/docs/shellBlocks.js";

describe("shellBlocks", () => {
  const markdown = [
    "# Guide",
    "```sh",
    "npm run build",
    "```",
    "```json",
    "{}",
    "```",
    "```sh public-network",
    "npm run deploy -- --network base-sepolia",
    "```",
    "````bash",
    "echo '```'",
    "````",
  ].join("\n");

  it("finds shell blocks with their lines and tags, skipping other languages", () => {
    expect(shellBlocks(markdown)).toEqual([
      { line: 2, tags: [], code: "npm run build" },
      { line: 8, tags: ["public-network"], code: "npm run deploy -- --network base-sepolia" },
      { line: 11, tags: [], code: "echo '```'" },
    ]);
  });

  it("leaves out the blocks that need the public network", () => {
    expect(runnableBlocks(shellBlocks(markdown)).map((block) => block.line)).toEqual([2, 11]);
  });
});
