import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { LOCAL_CHAIN_ID } from "../stack/foundry.js";
import { runToCompletion, startProcess } from "../stack/process.js";
import { httpAnswers, waitForProcess } from "../stack/ready.js";
import type { Service, StackContext } from "../stack/service.js";

/** One chain of the site's config.json (the web app's `chains` entries). */
export interface LocalChainConfig {
  chainId: number;
  chainName: string;
  rpcUrl: string;
  subgraphUrl?: string;
  devWallet: boolean;
}

/**
 * The runtime config.json the site reads, pointing at this stack's services: its chain first,
 * then any other local chain given (multi-chain tests).
 */
export function localWebConfig(ctx: Pick<StackContext, "urls">, otherChains: readonly LocalChainConfig[] = []) {
  const local: LocalChainConfig = {
    chainId: LOCAL_CHAIN_ID,
    chainName: "Agora local (anvil)",
    rpcUrl: ctx.urls.rpc!,
    ...(ctx.urls.graphql ? { subgraphUrl: ctx.urls.graphql } : {}),
    devWallet: true,
  };
  return {
    chains: [local, ...otherChains],
    ipfsGateways: ctx.urls.ipfs ? [ctx.urls.ipfs] : [],
    ...(ctx.urls.ipfs ? { ipfsUploadUrl: ctx.urls.ipfs } : {}),
  };
}

export interface WebOptions {
  /** `dev` serves the sources with hot reload (npm start); `preview` builds dist/ and serves it. */
  mode?: "dev" | "preview";
  /** More chains for the site's config.json, after the stack's own. */
  otherChains?: readonly LocalChainConfig[];
}

/** The web app on 127.0.0.1, with a config.json written for this stack. */
export function webService({ mode = "dev", otherChains = [] }: WebOptions = {}): Service {
  return {
    name: "web",
    async start(ctx) {
      const configFile = path.join(ctx.stateDir, "web", "config.json");
      await mkdir(path.dirname(configFile), { recursive: true });
      await writeFile(configFile, `${JSON.stringify(localWebConfig(ctx, otherChains), null, 2)}\n`);
      const vite = path.join(ctx.root, "node_modules", ".bin", "vite");
      const cwd = path.join(ctx.root, "web");
      // The static site a host would serve: built after the deploy generated the contracts module.
      if (mode === "preview") await runToCompletion(vite, ["build", "--logLevel", "warn"], { cwd });
      const web = await startProcess({
        name: "web",
        command: vite,
        args: [
          mode === "dev" ? "dev" : "preview",
          "--port",
          String(ctx.ports.web),
          "--host",
          "127.0.0.1",
          "--strictPort",
        ],
        cwd,
        env: { ...process.env, AGORA_WEB_CONFIG: configFile },
        logDir: ctx.logDir,
        stopSignal: "SIGTERM",
      });
      const url = `http://127.0.0.1:${ctx.ports.web}/`;
      await waitForProcess(web, () => httpAnswers(`${url}config.json`), { timeoutMs: 60_000 });
      ctx.urls.web = url;
      return { stop: () => web.stop(5_000) };
    },
  };
}
