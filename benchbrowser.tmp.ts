import { browserBenches } from "@agora/e2e/bench";
console.log(JSON.stringify(await browserBenches(), null, 1));
