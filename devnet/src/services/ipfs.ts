import path from "node:path";
import { startProcess } from "../stack/process.js";
import { httpAnswers, waitForProcess } from "../stack/ready.js";
import type { Service } from "../stack/service.js";

/**
 * The local IPFS node (Helia, content/src/node/cli.ts): trustless + path gateway and the Kubo RPC
 * subset on one port of 127.0.0.1, repo in `<stateDir>/ipfs`. graph-node and the web app use it.
 */
export const ipfsService: Service = {
  name: "ipfs",
  async start(ctx) {
    const port = ctx.ports.ipfs;
    const url = `http://127.0.0.1:${port}`;
    const corsOrigins = [`http://127.0.0.1:${ctx.ports.web}`, `http://localhost:${ctx.ports.web}`];
    const child = await startProcess({
      name: "ipfs",
      command: path.join(ctx.root, "node_modules/.bin/tsx"),
      args: [
        path.join(ctx.root, "content/src/node/cli.ts"),
        "--port",
        String(port),
        "--repo",
        path.join(ctx.stateDir, "ipfs"),
        ...corsOrigins.flatMap((origin) => ["--cors-origin", origin]),
      ],
      cwd: ctx.root,
      logDir: ctx.logDir,
      echo: ctx.echo,
      stopSignal: "SIGINT",
    });
    await waitForProcess(child, () => httpAnswers(`${url}/api/v0/version`, { method: "POST" }), { timeoutMs: 30_000 });
    ctx.urls.ipfs = url;
    return { stop: () => child.stop() };
  },
};
