// `npm run bench -w @agora/subgraph`: the subgraph benchmarks alone (`npm run bench` runs them too).
import { subgraphBench } from "./indexing.bench.js";

for (const result of await subgraphBench()) {
  console.log(`${result.name}: ${result.value} ${result.unit}${result.target ? ` (target ${result.target})` : ""}`);
}
