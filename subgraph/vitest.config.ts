import { defineConfig } from "vitest/config";

// The stack test starts anvil, IPFS, Postgres and graph-node: one file, long timeouts.
export default defineConfig({
  test: {
    include: ["stack-test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
