// Issue 11's first-load budget: the JavaScript a visitor downloads before the browse page can show,
// gzip -9. Builds the site into a temp folder (web/dist is left alone) and measures
//   1. what dist/index.html names: its module script and modulepreloads (the measure), and
//   2. that plus the browse route's lazy chunk and its static imports, which `/` loads at once.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

const webDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The browse page's route module, as the manifest names it. */
const BROWSE_ROUTE = "src/features/browse/BrowseRoute.tsx";
const BUDGET_KB = 180;

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The files a chunk loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Record<string, ManifestChunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`the build manifest has no ${key}`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

export async function webBench(): Promise<BenchResult[]> {
  const outDir = await mkdtemp(path.join(tmpdir(), "agora-web-bench-"));
  try {
    await build({ root: webDir, logLevel: "warn", build: { outDir, emptyOutDir: true, manifest: true } });
    const html = await readFile(path.join(outDir, "index.html"), "utf8");
    const named = new Set<string>();
    for (const [, src] of html.matchAll(/<script[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/g)) named.add(src!);
    for (const [, href] of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) named.add(href!);
    const files = [...named].map((ref) => ref.replace(/^\.?\//, ""));
    if (!files.some((file) => file.endsWith(".js"))) throw new Error("index.html names no script");

    const manifest = JSON.parse(await readFile(path.join(outDir, ".vite", "manifest.json"), "utf8")) as Record<
      string,
      ManifestChunk
    >;
    const withBrowse = staticClosure(manifest, BROWSE_ROUTE, new Set(files));

    const gzipKb = async (list: Iterable<string>) => {
      let bytes = 0;
      for (const file of list) bytes += gzipSync(await readFile(path.join(outDir, file)), { level: 9 }).length;
      return Math.round((bytes / 1024) * 10) / 10;
    };
    return [
      {
        name: `web: first-load JS that index.html names (${files.length} files), gzip -9`,
        value: await gzipKb(files),
        unit: "KB",
        target: `<= ${BUDGET_KB}`,
      },
      {
        name: `web: first-load JS of the browse page, with its route chunk (${withBrowse.size} files), gzip -9`,
        value: await gzipKb(withBrowse),
        unit: "KB",
        target: `<= ${BUDGET_KB}`,
      },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
