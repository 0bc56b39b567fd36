// `npm run codegen|build -w @agora/subgraph [-- <network>]`: the local network by default.
// codegen output does not depend on the network, so without a local deployment it uses the
// test network's placeholder address.
import { buildSubgraph, codegen, readNetworks } from "./build.js";
import { testNetworks } from "./testing/dsl.js";

const [command, network = "localhost"] = process.argv.slice(2);
const networks = await readNetworks();

if (command === "codegen") {
  const deployed = Boolean(networks[network]?.Marketplace);
  const manifest = await codegen(deployed ? { network, networks } : { network: "agora-test", networks: testNetworks });
  console.log(`codegen done (${manifest})`);
} else if (command === "build") {
  const { manifest, buildDir } = await buildSubgraph({ network, networks });
  console.log(`manifest: ${manifest}\nbuild:    ${buildDir}`);
} else {
  console.error("usage: cli.ts codegen|build [network]");
  process.exit(2);
}
