// `npm run build` (last step): writes web/dist/config.json for the local stack on its default
// ports (`npm start`), so the built site works as soon as the stack runs. A host replaces this file.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { defaultPorts, repoRoot } from "../stack/config.js";
import { SUBGRAPH_NAME } from "../services/graphNode.js";
import { localWebConfig } from "../services/web.js";

const file = path.join(repoRoot, "web", "dist", "config.json");
const config = localWebConfig({
  urls: {
    rpc: `http://127.0.0.1:${defaultPorts.anvil}`,
    ipfs: `http://127.0.0.1:${defaultPorts.ipfs}`,
    graphql: `http://127.0.0.1:${defaultPorts.graphHttp}/subgraphs/name/${SUBGRAPH_NAME}`,
  },
});
await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
console.log(
  `Wrote ${path.relative(process.cwd(), file)} for the local stack (${config.rpcUrl}, ${config.subgraphUrl})`,
);
