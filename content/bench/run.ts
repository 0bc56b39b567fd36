import "../src/polyfill.js";
import { contentBench } from "./content.bench.js";

for (const result of await contentBench()) {
  console.log(`${result.name}: ${result.value} ${result.unit}${result.target ? ` (target ${result.target})` : ""}`);
}
