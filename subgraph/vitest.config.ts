import { defineConfig } from "vitest/config";

// The stack test starts anvil, IPFS, Postgres and graph-node: long timeouts. scripts/ has the
// build-and-deploy tests (graph-cli builds, no services). Files run one at a time: builds share
// generated/.
export default defineConfig({
  test: {
    include: ["scripts/**/*.test.ts", "stack-test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
