// `npm run site:config -- --network <name>[,<name>…] [--out <file>] [--deployments-dir <dir>]
// [--wallet-connect-project-id <id>]`: writes config.json for public networks, from their deployments
// (deployments/<chainId>.json) and their parameter files' site fields. The first network is where a
// new visitor starts.
//
// Without --network (the last step of `npm run build`): writes web/dist/config.json for the local
// stack on its default ports (`npm start`), so the built site works as soon as the stack runs.
// A host replaces this file.
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { defaultPorts, repoRoot } from "../stack/config.js";
import { SUBGRAPH_NAME } from "../services/graphNode.js";
import { localWebConfig } from "../services/web.js";
import { writeCspMeta } from "../site/cspFile.js";
import { siteConfigFor } from "../site/siteConfig.js";

const { values } = parseArgs({
  args: process.argv.slice(2),
  strict: true,
  options: {
    network: { type: "string" },
    out: { type: "string" },
    "deployments-dir": { type: "string" },
    "wallet-connect-project-id": { type: "string" },
  },
});

const file = path.resolve(values.out ?? path.join(repoRoot, "web", "dist", "config.json"));
let config: object;
let summary: string;
try {
  if (values.network) {
    const networks = values.network.split(",").map((name) => name.trim());
    const site = await siteConfigFor({
      networks,
      deploymentsDir: path.resolve(values["deployments-dir"] ?? path.join(repoRoot, "deployments")),
      walletConnectProjectId: values["wallet-connect-project-id"],
    });
    config = site;
    summary = site.chains.map((chain) => `${chain.chainName} (${chain.chainId})`).join(", ");
  } else {
    const local = localWebConfig({
      urls: {
        rpc: `http://127.0.0.1:${defaultPorts.anvil}`,
        ipfs: `http://127.0.0.1:${defaultPorts.ipfs}`,
        graphql: `http://127.0.0.1:${defaultPorts.graphHttp}/subgraphs/name/${SUBGRAPH_NAME}`,
      },
    });
    config = local;
    summary = `the local stack (${local.chains[0]!.rpcUrl}, ${local.chains[0]!.subgraphUrl})`;
  }
} catch (error) {
  console.error(`site:config: ${(error as Error).message}`);
  process.exit(1);
}
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), file)} for ${summary}`);
// Beside a built index.html (web/dist), the page gets the Content-Security-Policy for this config.
if (existsSync(path.join(path.dirname(file), "index.html"))) {
  await writeCspMeta(path.dirname(file), config);
  console.log(`Wrote its Content-Security-Policy into ${path.relative(process.cwd(), path.dirname(file))}/index.html`);
}
