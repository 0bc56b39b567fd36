// `npm run site:car [-- --dist web/dist] [--config <file>] [--out web/site.car] [--upload kubo-rpc:<url>]
// [--sourcemaps]`: packs the built site into a CAR, prints its root CID and where to open it, and
// optionally uploads it. See HOSTING.md.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { uploadBuiltCar } from "@agora/content";
import { buildSiteCar, gatewayUrls, uploadTargetFrom } from "../site/siteCar.js";
import { repoRoot } from "../stack/config.js";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: path.join(repoRoot, "web", "dist") },
    config: { type: "string" },
    out: { type: "string", default: path.join(repoRoot, "web", "site.car") },
    upload: { type: "string" },
    sourcemaps: { type: "boolean", default: false },
  },
  strict: true,
});

try {
  const target = values.upload ? uploadTargetFrom(values.upload) : undefined;
  const { built, files } = await buildSiteCar({
    dist: values.dist,
    configFile: values.config,
    sourcemaps: values.sourcemaps,
  });
  await mkdir(path.dirname(values.out), { recursive: true });
  await writeFile(values.out, built.bytes);
  const root = built.root.toString();
  const urls = gatewayUrls(root);
  console.log(`root       ${root}`);
  console.log(`car        ${path.relative(process.cwd(), values.out)} (${files.length} files, ${built.size} bytes)`);
  console.log(`ipfs       ${urls.ipfs}`);
  console.log(`path       ${urls.path}`);
  console.log(`subdomain  ${urls.subdomain}`);
  if (target) {
    await uploadBuiltCar(target, built);
    console.log(`uploaded   ${target.name} reports root ${root}`);
  }
} catch (error) {
  console.error(`site:car: ${(error as Error).message}`);
  process.exit(1);
}
