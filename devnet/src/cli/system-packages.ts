// Installs (as root on Debian/Ubuntu) or names the command for the system packages the stack and
// the test suites need. Run by .ci/run; `npm start` and `npm test` run the same check.
import { chromium, ensureSystemPackages, postgresql } from "../stack/systemPackages.js";

try {
  ensureSystemPackages([chromium, postgresql]);
  console.log("System packages: chromium and postgresql are present.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
