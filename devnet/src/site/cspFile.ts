// The policy written into a built site's index.html, beside the config.json it is derived from.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentSecurityPolicy, withCspMeta } from "./csp.js";

/**
 * Writes the policy for `config` into `<dist>/index.html` (`npm run build` calls this as it
 * writes dist's config.json). Answers the policy.
 */
export async function writeCspMeta(dist: string, config: object): Promise<string> {
  const policy = contentSecurityPolicy(config);
  const file = path.join(dist, "index.html");
  await writeFile(file, withCspMeta(await readFile(file, "utf8"), policy));
  return policy;
}
