// The subgraph's command line (root scripts `subgraph:build` and `subgraph:deploy`, and the
// workspace's `codegen` and `build`):
//
//   cli.ts codegen [network]
//   cli.ts build [--network <name> | --all | --list] [--networks <file>]  (default: every network)
//   cli.ts deploy --network <name> --version-label <label> [--networks <file>]
//                 (--studio <slug> | --node <admin url> --ipfs <kubo rpc url> --name <subgraph name>)
//
// Networks come from contracts/generated/networks.json (`npm run generate`), or from the file in
// --networks or AGORA_NETWORKS_FILE. The Studio deploy key is read from GRAPH_DEPLOY_KEY, else
// graph-cli uses the one `graph auth` stored.
import { parseArgs } from "node:util";
import {
  buildSubgraph,
  codegen,
  defaultNetworksPath,
  deployedNetworks,
  readNetworks,
  requireNetwork,
} from "./build.js";
import { deployToNode, deployToStudio, type DeployTarget } from "./deploy.js";
import { testNetworks } from "./testing/dsl.js";

const USAGE = `usage:
  codegen [network]
  build [--network <name> | --all | --list] [--networks <file>]
  deploy --network <name> --version-label <label> [--networks <file>]
         (--studio <slug> | --node <admin url> --ipfs <ipfs rpc url> --name <subgraph name>)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({
  args: rest,
  allowPositionals: true,
  options: {
    network: { type: "string" },
    networks: { type: "string" },
    all: { type: "boolean" },
    list: { type: "boolean" },
    studio: { type: "string" },
    node: { type: "string" },
    ipfs: { type: "string" },
    name: { type: "string" },
    "version-label": { type: "string" },
  },
});
const networksFile = values.networks ?? process.env.AGORA_NETWORKS_FILE ?? defaultNetworksPath;
const networks = await readNetworks(networksFile);
/** `--network x` or, as before, a bare `x`. */
const network = values.network ?? positionals[0];

try {
  if (command === "codegen") {
    // codegen output does not depend on the network: without a deployment, the test network's.
    const name = network ?? "localhost";
    const deployed = Boolean(networks[name]?.Marketplace);
    const manifest = await codegen(
      deployed ? { network: name, networks } : { network: "agora-test", networks: testNetworks },
    );
    console.log(`codegen done (${manifest})`);
  } else if (command === "build" && values.list) {
    console.log(deployedNetworks(networks).join("\n"));
  } else if (command === "build") {
    if (network && values.all) fail("give --network or --all, not both");
    const targets = network ? [network] : deployedNetworks(networks);
    if (targets.length === 0) fail(`${networksFile} has no network with a Marketplace deployment`);
    for (const target of targets) requireNetwork(target, networks);
    for (const [index, target] of targets.entries()) {
      const { buildDir } = await buildSubgraph({ network: target, networks, codegen: index === 0 });
      console.log(`${target}: ${buildDir}/subgraph.yaml`);
    }
  } else if (command === "deploy") {
    if (!network) fail("deploy needs --network <name>");
    requireNetwork(network, networks);
    const versionLabel = values["version-label"] ?? fail("deploy needs --version-label (e.g. v0.1.0)");
    let target: DeployTarget;
    if (values.studio !== undefined) {
      if (values.node || values.ipfs || values.name)
        fail("--studio deploys to Studio: leave out --node, --ipfs, --name");
      const deployKey = process.env.GRAPH_DEPLOY_KEY;
      target = { kind: "studio", slug: values.studio, ...(deployKey ? { deployKey } : {}) };
    } else if (values.node && values.ipfs && values.name) {
      target = { kind: "node", node: values.node, ipfs: values.ipfs, name: values.name };
    } else {
      fail("deploy needs --studio <slug>, or --node, --ipfs and --name");
    }
    const { manifest, buildDir } = await buildSubgraph({ network, networks });
    if (target.kind === "studio") {
      await deployToStudio({ manifest, buildDir, target, versionLabel });
    } else {
      const { deployment, queries } = await deployToNode({
        buildDir,
        target,
        versionLabel,
        onUploaded: (cid) => console.log(`uploaded the build: ${cid}`),
      });
      console.log(`deployed ${deployment} as ${target.name} (${versionLabel})\nqueries: ${queries}`);
    }
  } else {
    fail(`unknown command "${command ?? ""}"`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
