import { readFile } from "node:fs/promises";
import { generate } from "@graphql-codegen/cli";
import react from "@vitejs/plugin-react";
import type { Plugin, PreviewServer } from "vite";
import { defineConfig } from "vitest/config";
import codegenConfig from "./codegen";
import { contentSecurityPolicy } from "../devnet/src/site/csp";

/**
 * Serves the runtime config.json from the file named by AGORA_WEB_CONFIG (written by the local
 * stack), so dev and preview servers use the same build-independent config as a production host.
 */
function runtimeConfig(): Plugin {
  const file = process.env.AGORA_WEB_CONFIG;
  const serve: Plugin["configureServer"] = (server) => {
    server.middlewares.use("/config.json", (_request, response, next) => {
      if (!file) return next();
      readFile(file, "utf8").then(
        (body) => {
          response.setHeader("content-type", "application/json");
          response.setHeader("cache-control", "no-store");
          response.end(body);
        },
        (error: unknown) => next(error),
      );
    });
  };
  // The preview server (the built site, as the browser tests run it) also sends the site's
  // Content-Security-Policy for the config it serves, so the whole suite runs under the policy.
  const preview = (server: PreviewServer) => {
    if (file) {
      server.middlewares.use((_request, response, next) => {
        readFile(file, "utf8").then(
          (body) => {
            response.setHeader("content-security-policy", contentSecurityPolicy(JSON.parse(body)));
            next();
          },
          (error: unknown) => next(error),
        );
      });
    }
    (serve as (server: PreviewServer) => void)(server);
  };
  return {
    name: "agora-runtime-config",
    configureServer: serve,
    configurePreviewServer: preview,
  };
}

/**
 * Generates the typed page queries (codegen.ts) before every build, dev server and test run, so
 * that they always match subgraph/api and subgraph/queries.
 */
function typedQueries(): Plugin {
  return {
    name: "agora-typed-queries",
    async buildStart() {
      await generate({ ...codegenConfig, silent: true }, true);
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built site works from any folder, e.g. an IPFS gateway's /ipfs/<cid>/.
  base: "./",
  plugins: [typedQueries(), react(), runtimeConfig()],
  server: { host: "127.0.0.1", strictPort: true },
  preview: { host: "127.0.0.1", strictPort: true },
  build: { sourcemap: true },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/setup.ts"],
  },
});
