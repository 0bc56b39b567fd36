import { defineConfig } from "vitest/config";

// The local stack's own tests: they start real Postgres, graph-node and the build tools, so files
// run one at a time with long timeouts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
