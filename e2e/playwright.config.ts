import { defineConfig } from "@playwright/test";

/**
 * Browser tests against a real local stack (anvil, deployed contracts, the built site) started by
 * globalSetup on free ports. Chromium is Debian's (`npm test` installs it when missing).
 */
export default defineConfig({
  testDir: "tests",
  globalSetup: "./stack.setup.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // Several browsers at once: the tests mostly wait on blocks and the indexer, and each uses its own
  // fresh accounts. Tests that need the whole market to themselves run in their own projects.
  workers: 3,
  projects: [
    // Compare the whole catalogue with the subgraph (or an IPFS copy of it): one at a time, before
    // any other test adds listings.
    { name: "catalogue", testMatch: ["browse.spec.ts", "browse-filters.spec.ts", "content.spec.ts"], workers: 1 },
    {
      name: "scenarios",
      testIgnore: [
        "browse.spec.ts",
        "browse-filters.spec.ts",
        "content.spec.ts",
        "admin.spec.ts",
        "indexer-down.spec.ts",
      ],
      dependencies: ["catalogue"],
    },
    // The owner pauses the whole marketplace: alone, after everything else.
    { name: "owner", testMatch: "admin.spec.ts", dependencies: ["scenarios"] },
    // Stops graph-node for good: last of all.
    { name: "indexer-down", testMatch: "indexer-down.spec.ts", dependencies: ["owner"] },
  ],

  reporter: [["list"]],
  use: {
    baseURL: process.env.AGORA_E2E_WEB_URL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.AGORA_CHROMIUM ?? "/usr/bin/chromium",
      // We run as root in CI; the flags keep Chromium off the network it cannot reach.
      args: [
        "--no-sandbox",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-gpu",
      ],
    },
  },
});
