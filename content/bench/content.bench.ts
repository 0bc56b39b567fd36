import { createHash } from "node:crypto";
import { buildFileCar, buildListingCar, kuboRpcTarget, readVerified, uploadBuiltCar, utf8 } from "../src/index.js";
import { listing, pseudoRandomBytes } from "../test/fixtures.js";
import { removeDir, spawnNode, tempDir } from "../test/helpers.js";

export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function timeRuns(runs: number, fn: (run: number) => Promise<unknown> | unknown): Promise<number> {
  await fn(-1); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await fn(run);
    times.push(performance.now() - started);
  }
  return median(times);
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const RUNS = 21;

/** Issue 4's benchmarks: CAR build against sha256 (Node), and build → upload → verified read. */
export async function contentBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const big = pseudoRandomBytes(32 * 1024 * 1024, 42);
  const bigHash = await timeRuns(RUNS, () => createHash("sha256").update(big).digest());
  const bigCar = await timeRuns(RUNS, () => buildFileCar(big));
  results.push(
    { name: "content: sha256 of a 32 MiB file (median of 21)", value: round(bigHash), unit: "ms" },
    { name: "content: CAR build of a 32 MiB file (median of 21)", value: round(bigCar), unit: "ms" },
    { name: "content: CAR build / sha256, 32 MiB file", value: round(bigCar / bigHash), unit: "x", target: "<= 1.5" },
  );

  const docs = Array.from({ length: 100 }, (_, i) =>
    utf8(
      JSON.stringify({
        ...listing({ name: `Listing number ${i}` }),
        description: `Document ${i}: ${"lorem ipsum ".repeat(20)}`,
      }),
    ),
  );
  const docsHash = await timeRuns(RUNS, () => docs.forEach((doc) => createHash("sha256").update(doc).digest()));
  const docsCar = await timeRuns(RUNS, async () => {
    for (const doc of docs) await buildFileCar(doc);
  });
  results.push(
    { name: "content: sha256 of 100 small JSON documents (median of 21)", value: round(docsHash, 3), unit: "ms" },
    {
      name: "content: CAR build of 100 small JSON documents, one CAR each (median of 21)",
      value: round(docsCar, 3),
      unit: "ms",
    },
    { name: "content: CAR build / sha256, 100 small JSON documents", value: round(docsCar / docsHash), unit: "x" },
  );

  // Build → upload → verified read of a 5 MB listing, through a real node process on loopback.
  const repo = await tempDir("agora-bench-ipfs-");
  const node = await spawnNode({ repo, args: ["--quiet"] });
  try {
    const target = kuboRpcTarget({ url: node.url });
    const build: number[] = [];
    const upload: number[] = [];
    const read: number[] = [];
    const total: number[] = [];
    for (let run = -1; run < RUNS; run++) {
      // Fresh bytes each run, so nothing is already stored.
      const photos = [0, 1, 2, 3, 4].map((i) => ({
        path: `photo-${i}.jpg`,
        content: pseudoRandomBytes(1_000_000, 1000 + run * 10 + i),
      }));
      const metadata = listing({ images: photos.map((p) => ({ path: p.path, alt: p.path })) });
      const t0 = performance.now();
      const built = await buildListingCar(metadata, photos);
      const t1 = performance.now();
      const { root } = await uploadBuiltCar(target, built);
      const t2 = performance.now();
      const bytes = await Promise.all(photos.map((p) => readVerified(`${root}/${p.path}`, { gateways: [node.url] })));
      await readVerified(`${root}/metadata.json`, { gateways: [node.url] });
      const t3 = performance.now();
      if (bytes.some((b, i) => b.length !== photos[i]!.content.length)) throw new Error("read back the wrong bytes");
      if (run < 0) continue;
      build.push(t1 - t0);
      upload.push(t2 - t1);
      read.push(t3 - t2);
      total.push(t3 - t0);
    }
    results.push(
      { name: "content: 5 MB listing CAR build (median of 21)", value: round(median(build)), unit: "ms" },
      {
        name: "content: 5 MB listing upload to the local node, dag/import + pin (median of 21)",
        value: round(median(upload)),
        unit: "ms",
      },
      {
        name: "content: 5 MB listing verified read, metadata + 5 photos (median of 21)",
        value: round(median(read)),
        unit: "ms",
      },
      {
        name: "content: 5 MB listing build → upload → verified read on loopback (median of 21)",
        value: round(median(total)),
        unit: "ms",
      },
    );
  } finally {
    await node.stop();
    await removeDir(repo);
  }
  return results;
}
