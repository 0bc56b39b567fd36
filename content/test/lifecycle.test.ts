import { mkdir } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ipfsService } from "../../devnet/src/services/ipfs.js";
import type { StackContext } from "../../devnet/src/stack/service.js";
import {
  buildFileCar,
  buildListingCar,
  kuboRpcTarget,
  readVerified,
  uploadBuiltCar,
  UploadError,
} from "../src/index.js";
import { openRepo } from "../src/node/index.js";
import { listing, photo, PNG_1x1, pseudoRandomBytes } from "./fixtures.js";
import { freePort, removeDir, spawnNode, tempDir } from "./helpers.js";

const dirs: string[] = [];
async function freshRepo() {
  const dir = await tempDir();
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe("node lifecycle", () => {
  it("keeps pins and blocks across a restart", async () => {
    const repo = await freshRepo();
    const first = await spawnNode({ repo });
    const built = await buildListingCar(listing(), [photo()]);
    const { root } = await uploadBuiltCar(kuboRpcTarget({ url: first.url }), built);
    expect(await first.stop("SIGINT")).toBe(0);
    expect(first.output()).toContain("SIGINT: stopping");

    const second = await spawnNode({ repo });
    try {
      const pins = await fetch(`${second.url}/api/v0/pin/ls?arg=${root}`, { method: "POST" });
      expect(pins.status).toBe(200);
      expect(await pins.json()).toEqual({ Keys: { [root]: { Type: "recursive" } } });
      expect(await readVerified(`${root}/lamp.png`, { gateways: [second.url] })).toEqual(PNG_1x1);
    } finally {
      expect(await second.stop("SIGTERM")).toBe(0);
    }
  });

  it("answers 413 over the default 20 MiB cap, storing nothing, and accepts just under it", async () => {
    const node = await spawnNode({ repo: await freshRepo() });
    try {
      const over = await buildFileCar(pseudoRandomBytes(20 * 1024 * 1024 + 1024, 11));
      const error = await kuboRpcTarget({ url: node.url })
        .uploadCar(over.bytes)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UploadError);
      expect((error as UploadError).status).toBe(413);
      expect((await fetch(`${node.url}/ipfs/${over.root}`, { method: "HEAD" })).status).toBe(404);

      const under = await buildFileCar(pseudoRandomBytes(19 * 1024 * 1024, 12));
      expect((await uploadBuiltCar(kuboRpcTarget({ url: node.url }), under)).root).toBe(under.root.toString());
    } finally {
      await node.stop();
    }
  });

  it("honours --max-upload-bytes, also for a declared Content-Length far over it", async () => {
    const node = await spawnNode({ repo: await freshRepo(), args: ["--max-upload-bytes", "100000"] });
    try {
      const car = await buildFileCar(pseudoRandomBytes(150_000, 13));
      const response = await fetch(`${node.url}/api/v0/dag/import`, {
        method: "POST",
        body: car.bytes as Uint8Array<ArrayBuffer>,
      });
      expect(response.status).toBe(413);
      const huge = await fetch(`${node.url}/api/v0/dag/import`, {
        method: "POST",
        body: new Uint8Array(1_000_000),
      }).then(
        (r) => r.status,
        () => 413, // the node may close the connection while a far-too-big body is still being sent
      );
      expect(huge).toBe(413);
    } finally {
      await node.stop();
    }
  });

  it("runs without libp2p, block brokers or real routers", async () => {
    const repo = await openRepo(await freshRepo());
    try {
      expect("libp2p" in repo.helia).toBe(false);
      const routers = (repo.helia.routing as unknown as { routers: { name: string }[] }).routers;
      expect(routers.map((r) => r.name)).toEqual(["agora-noop"]);
    } finally {
      await repo.close();
    }
  });

  it("starts and stops as the devnet ipfs service", async () => {
    const stateDir = await freshRepo();
    const logDir = path.join(stateDir, "logs");
    await mkdir(logDir, { recursive: true });
    const port = await freePort();
    const ctx: StackContext = {
      root: path.resolve(import.meta.dirname, "../.."),
      stateDir,
      logDir,
      echo: false,
      // Only the ports this service reads; the stack adds more services (and ports) over time.
      ports: { ipfs: port, web: 5173 } as unknown as StackContext["ports"],
      urls: {},
    };
    const handle = await ipfsService.start(ctx);
    try {
      expect(ctx.urls.ipfs).toBe(`http://127.0.0.1:${port}`);
      const version = await fetch(`${ctx.urls.ipfs}/api/v0/version`, { method: "POST" });
      expect(version.status).toBe(200);
    } finally {
      await handle?.stop();
    }
    await expect(fetch(`http://127.0.0.1:${port}/api/v0/version`, { method: "POST" })).rejects.toThrow();
  });
});
