// `npm run generate`: regenerate contracts/generated/ from out/, deployments/ and, when present,
// the local stack's deployment (`.devnet/deployments/31337.json`).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateContractsModule } from "./generate.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const localDeployment = process.env.AGORA_LOCAL_DEPLOYMENT ?? path.join(root, ".devnet", "deployments", "31337.json");
const written = await generateContractsModule({ root, localDeployment });
console.log(`wrote ${path.relative(root, written)}`);
