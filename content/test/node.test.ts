import { create as createKuboClient } from "kubo-rpc-client";
import { CID } from "multiformats/cid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildDirectoryCar,
  buildFileCar,
  buildListingCar,
  ContentNotFoundError,
  ContentTimeoutError,
  createVerifiedFetchReader,
  encodeCar,
  fromUtf8,
  kuboRpcTarget,
  listDirectory,
  readDocument,
  readVerified,
  readVerifiedCar,
  RootMismatchError,
  uploadBuiltCar,
  UploadError,
  utf8,
} from "../src/index.js";
import { listing, photo, PNG_1x1, pseudoRandomBytes, sameBytes } from "./fixtures.js";
import { inetSocketsOf, processTree, removeDir, spawnNode, tempDir, type SpawnedNode } from "./helpers.js";

const MISSING = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";

let repo: string;
let node: SpawnedNode;
let gateway: { gateways: string[]; timeoutMs: number };
let listingRoot: string;

beforeAll(async () => {
  repo = await tempDir();
  node = await spawnNode({ repo, args: ["--cors-origin", "http://127.0.0.1:5173"] });
  gateway = { gateways: [node.url], timeoutMs: 10_000 };
  const built = await buildListingCar(
    listing({
      images: [
        { path: "lamp.png", alt: "Lamp" },
        { path: "photos/side.jpg", alt: "Side" },
      ],
    }),
    [photo(), { path: "photos/side.jpg", content: pseudoRandomBytes(300_000, 7) }],
  );
  listingRoot = (await uploadBuiltCar(kuboRpcTarget({ url: node.url }), built)).root;
});

afterAll(async () => {
  expect(await node?.stop("SIGINT")).toBe(0);
  await removeDir(repo);
});

describe("round trip through a real node process", () => {
  it("builds, uploads with progress, and reads back verified metadata and images", async () => {
    const big = pseudoRandomBytes(2_500_000, 3);
    const built = await buildListingCar(
      listing({ name: "Big photo lamp", images: [{ path: "big.png", alt: "Big" }] }),
      [{ path: "big.png", content: big }],
    );
    const progress: number[] = [];
    const { root } = await uploadBuiltCar(kuboRpcTarget({ url: node.url }), built, {
      onProgress: (p) => progress.push(p.loaded),
    });
    expect(root).toBe(built.root.toString());
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(built.size);

    expect(sameBytes(await readVerified(`${root}/big.png`, gateway), big)).toBe(true);
    const doc = await readDocument("listing", root, gateway);
    expect(doc).toMatchObject({ ok: true, document: { name: "Big photo lamp" } });
  });

  it("reads images inside subfolders and lists directories", async () => {
    expect(await readVerified(`ipfs://${listingRoot}/lamp.png`, gateway)).toEqual(PNG_1x1);
    expect(
      sameBytes(await readVerified(`/ipfs/${listingRoot}/photos/side.jpg`, gateway), pseudoRandomBytes(300_000, 7)),
    ).toBe(true);
    expect((await listDirectory(listingRoot, gateway)).sort()).toEqual(["lamp.png", "metadata.json", "photos"]);
    expect(await readDocument("listing", listingRoot, gateway)).toMatchObject({ ok: true });
  });

  it("reports metadata that fails its schema as unreadable, not an exception", async () => {
    const built = await buildDirectoryCar([
      { path: "metadata.json", content: utf8(JSON.stringify({ ...listing(), name: "<script>x</script>" })) },
      photo(),
    ]);
    const { root } = await uploadBuiltCar(kuboRpcTarget({ url: node.url }), built);
    expect(await readDocument("listing", root, gateway)).toMatchObject({ ok: false, reason: "unreadable" });
    const missingImage = await buildDirectoryCar([{ path: "metadata.json", content: utf8(JSON.stringify(listing())) }]);
    const second = await uploadBuiltCar(kuboRpcTarget({ url: node.url }), missingImage);
    const result = await readDocument("listing", second.root, gateway);
    expect(result).toMatchObject({ ok: false, issues: [{ path: "lamp.png" }] });
  });

  it("fails clearly and quickly for a missing CID, trying every gateway in order", async () => {
    const started = Date.now();
    const error = await readVerified(MISSING, { gateways: ["http://127.0.0.1:1", node.url], timeoutMs: 5_000 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/127\.0\.0\.1:1/);
    expect(String(error)).toContain(`${node.url}: not found`);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(readVerified(MISSING, gateway)).rejects.toBeInstanceOf(ContentNotFoundError);
    await expect(readVerified(`${listingRoot}/nope.png`, gateway)).rejects.toBeInstanceOf(ContentNotFoundError);
  });

  it("times out against a gateway that never answers", async () => {
    const { createServer } = await import("node:http");
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      await expect(
        readVerified(MISSING, { gateways: [`http://127.0.0.1:${port}`], timeoutMs: 500 }),
      ).rejects.toBeInstanceOf(ContentTimeoutError);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("refuses a root other than the one computed locally", async () => {
    const built = await buildFileCar(utf8("one"));
    const other = await buildFileCar(utf8("two"));
    await expect(
      uploadBuiltCar(kuboRpcTarget({ url: node.url }), { root: other.root, chunks: built.chunks }),
    ).rejects.toBeInstanceOf(RootMismatchError);
  });
});

describe("dag/import refuses bad CARs and stores nothing", () => {
  async function stored(cid: CID) {
    const response = await fetch(`${node.url}/ipfs/${cid}?format=raw`, { method: "HEAD" });
    return response.status === 200;
  }

  it("refuses a tampered CAR (400), storing none of its blocks", async () => {
    const built = await buildDirectoryCar([
      { path: "note.txt", content: utf8("genuine words") },
      { path: "other.txt", content: utf8("fine block") },
    ]);
    const bytes = new Uint8Array(built.bytes);
    const at = Buffer.from(bytes).indexOf("genuine");
    bytes[at] = "G".charCodeAt(0);
    const error = await kuboRpcTarget({ url: node.url })
      .uploadCar(bytes)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).status).toBe(400);
    expect(String(error)).toMatch(/does not match its hash/);
    for (const file of built.files) expect(await stored(file.cid)).toBe(false);
    expect(await stored(built.root)).toBe(false);
  });

  it("refuses an incomplete CAR (400), storing none of its blocks", async () => {
    const built = await buildDirectoryCar([
      { path: "a.txt", content: utf8("present") },
      { path: "b.txt", content: utf8("left out") },
    ]);
    const verified = await readVerifiedCar(built.bytes);
    const missing = built.files.find((f) => f.path === "b.txt")!.cid.toString();
    const partial = encodeCar(
      built.root,
      [...verified.blocks.values()].filter((b) => b.cid.toString() !== missing),
    );
    const response = await fetch(`${node.url}/api/v0/dag/import`, {
      method: "POST",
      body: partial as Uint8Array<ArrayBuffer>,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/incomplete/);
    expect(await stored(built.root)).toBe(false);
    expect(await stored(built.files.find((f) => f.path === "a.txt")!.cid)).toBe(false);
  });

  it("refuses garbage and non-UnixFS blocks (400)", async () => {
    const garbage = await fetch(`${node.url}/api/v0/dag/import`, { method: "POST", body: "definitely not a CAR" });
    expect(garbage.status).toBe(400);
    const { encode } = await import("@ipld/car/buffer-writer").then(() => import("multiformats/block"));
    const json = await import("multiformats/codecs/json");
    const { sha256 } = await import("multiformats/hashes/sha2");
    const block = await encode({ value: { hello: "world" }, codec: json, hasher: sha256 });
    const response = await fetch(`${node.url}/api/v0/dag/import`, {
      method: "POST",
      body: encodeCar(block.cid, [block]) as Uint8Array<ArrayBuffer>,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/only UnixFS/);
  });
});

describe("trustless and path gateway", () => {
  it("serves raw blocks and CARs by ?format and by Accept", async () => {
    const root = CID.parse(listingRoot);
    const raw = await fetch(`${node.url}/ipfs/${root}?format=raw`);
    expect(raw.status).toBe(200);
    expect(raw.headers.get("content-type")).toBe("application/vnd.ipld.raw");
    const rawBytes = new Uint8Array(await raw.arrayBuffer());
    const viaAccept = await fetch(`${node.url}/ipfs/${root}`, { headers: { accept: "application/vnd.ipld.raw" } });
    expect(new Uint8Array(await viaAccept.arrayBuffer())).toEqual(rawBytes);

    const car = await fetch(`${node.url}/ipfs/${root}`, { headers: { accept: "application/vnd.ipld.car" } });
    expect(car.headers.get("content-type")).toMatch(/^application\/vnd\.ipld\.car; version=1/);
    const verified = await readVerifiedCar(new Uint8Array(await car.arrayBuffer()));
    expect(verified.roots.map(String)).toEqual([listingRoot]);
    expect(verified.blocks.size).toBeGreaterThanOrEqual(4);
    const entity = await fetch(`${node.url}/ipfs/${root}?format=car&dag-scope=entity`);
    expect((await readVerifiedCar(new Uint8Array(await entity.arrayBuffer()))).blocks.size).toBe(1);
  });

  it("gives content types from names, nosniff, CORS and immutable caching", async () => {
    const image = await fetch(`${node.url}/ipfs/${listingRoot}/lamp.png`, {
      headers: { origin: "http://127.0.0.1:5173" },
    });
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("x-content-type-options")).toBe("nosniff");
    expect(image.headers.get("access-control-allow-origin")).toBe("*");
    expect(image.headers.get("cache-control")).toMatch(/immutable/);
    expect(new Uint8Array(await image.arrayBuffer())).toEqual(PNG_1x1);
    const meta = await fetch(`${node.url}/ipfs/${listingRoot}/metadata.json`);
    expect(meta.headers.get("content-type")).toBe("application/json");
    const head = await fetch(`${node.url}/ipfs/${listingRoot}/photos/side.jpg`, { method: "HEAD" });
    expect(head.headers.get("content-type")).toBe("image/jpeg");
    expect(head.headers.get("content-length")).toBe("300000");
    const preflight = await fetch(`${node.url}/ipfs/${listingRoot}`, {
      method: "OPTIONS",
      headers: { origin: "http://x.test", "access-control-request-method": "GET" },
    });
    expect(preflight.status).toBe(204);
  });

  it("answers 404 for missing content, 412 for only-if-cached probes, 400 for bad CIDs", async () => {
    expect((await fetch(`${node.url}/ipfs/${MISSING}`)).status).toBe(404);
    expect((await fetch(`${node.url}/ipfs/${MISSING}?format=raw`)).status).toBe(404);
    expect((await fetch(`${node.url}/ipfs/${listingRoot}/nope.png`)).status).toBe(404);
    expect(
      (await fetch(`${node.url}/ipfs/${MISSING}`, { method: "HEAD", headers: { "cache-control": "only-if-cached" } }))
        .status,
    ).toBe(412);
    expect(
      (
        await fetch(`${node.url}/ipfs/${listingRoot}`, {
          method: "HEAD",
          headers: { "cache-control": "only-if-cached" },
        })
      ).status,
    ).toBe(200);
    expect((await fetch(`${node.url}/ipfs/not-a-cid`)).status).toBe(400);
  });

  it("serves index.html for directories (a site from a CID)", async () => {
    const site = await buildDirectoryCar([
      { path: "index.html", content: utf8("<!doctype html><title>Agora</title>") },
      { path: "app.js", content: utf8("console.log(1)") },
    ]);
    await uploadBuiltCar(kuboRpcTarget({ url: node.url }), site);
    const redirect = await fetch(`${node.url}/ipfs/${site.root}`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe(`/ipfs/${site.root}/`);
    const page = await fetch(`${node.url}/ipfs/${site.root}/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<title>Agora</title>");
    expect((await fetch(`${node.url}/ipfs/${site.root}/app.js`)).headers.get("content-type")).toMatch(
      /^text\/javascript/,
    );
  });
});

describe("Kubo RPC", () => {
  it("works with kubo-rpc-client: version, dag.import, cat, block.get, pin.ls", async () => {
    const kubo = createKuboClient({ url: `${node.url}/api/v0` });
    expect((await kubo.version()).version).toMatch(/^\d+\.\d+\.\d+/);

    const built = await buildListingCar(listing({ name: "Imported by kubo-rpc-client" }), [photo()]);
    const results = [];
    for await (const result of kubo.dag.import([built.bytes])) results.push(result);
    expect(results.map((r) => r.root.cid.toString())).toEqual([built.root.toString()]);
    expect(results[0]!.root.pinErrorMsg).toBe("");

    const chunks: Uint8Array[] = [];
    for await (const chunk of kubo.cat(`${built.root}/metadata.json`)) chunks.push(chunk);
    const metadata = JSON.parse(fromUtf8(Buffer.concat(chunks)));
    expect(metadata.name).toBe("Imported by kubo-rpc-client");

    const imageCid = built.files.find((f) => f.path === "lamp.png")!.cid;
    expect(await kubo.block.get(imageCid)).toEqual(PNG_1x1);

    const pins = [];
    for await (const pin of kubo.pin.ls({ paths: [built.root] })) pins.push(pin);
    expect(pins.map((p) => p.cid.toString())).toEqual([built.root.toString()]);

    await expect(async () => {
      for await (const _ of kubo.cat(built.root)) {
        // a directory cannot be cat
      }
    }).rejects.toThrow(/directory/);
  });

  it("answers graph-node's probes and reads", async () => {
    expect((await fetch(`${node.url}/api/v0/version`, { method: "POST" })).status).toBe(200);
    const cat = await fetch(`${node.url}/api/v0/cat?arg=${listingRoot}/metadata.json`, { method: "POST" });
    expect(cat.status).toBe(200);
    expect(JSON.parse(await cat.text()).schema).toBe("agora/listing@1");
    const viaGateway = await fetch(`${node.url}/ipfs/${listingRoot}/metadata.json`);
    expect((await viaGateway.json()).schema).toBe("agora/listing@1");
    expect((await fetch(`${node.url}/api/v0/version`)).status).toBe(405);
  });

  it("allows RPC calls only from configured browser origins", async () => {
    const allowed = await fetch(`${node.url}/api/v0/version`, {
      method: "POST",
      headers: { origin: "http://127.0.0.1:5173" },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://127.0.0.1:5173");
    const denied = await fetch(`${node.url}/api/v0/version`, {
      method: "POST",
      headers: { origin: "http://evil.test" },
    });
    expect(denied.status).toBe(403);
    expect(denied.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("@helia/verified-fetch against the node", () => {
  it("reads verified metadata and images, and times out on a missing CID", async () => {
    const reader = await createVerifiedFetchReader({ gateways: [node.url], allowLocal: true, timeoutMs: 3_000 });
    try {
      expect(await reader.read(`${listingRoot}/lamp.png`)).toEqual(PNG_1x1);
      expect(JSON.parse(fromUtf8(await reader.read(`${listingRoot}/metadata.json`))).name).toBe("Brass desk lamp");
      const response = await reader.fetch(`ipfs://${listingRoot}/lamp.png`, {
        headers: { accept: "application/vnd.ipld.raw" },
      });
      expect(response.headers.get("content-type")).toBe("application/vnd.ipld.raw");
      await expect(reader.read(MISSING)).rejects.toThrow(/timed out|not found/);
    } finally {
      await reader.stop();
    }
  });
});

describe("nothing leaves loopback", () => {
  it("holds only loopback TCP sockets and no UDP/raw sockets while serving", async () => {
    // Exercise the paths that would reach out if anything could: a missing CID on every API.
    await fetch(`${node.url}/ipfs/${MISSING}`);
    await fetch(`${node.url}/api/v0/cat?arg=${MISSING}`, { method: "POST" });
    const busy = fetch(`${node.url}/ipfs/${listingRoot}/photos/side.jpg`).then((r) => r.arrayBuffer());
    const sockets = await inetSocketsOf(await processTree(node.child.pid!));
    await busy;
    expect(sockets.length).toBeGreaterThan(0); // at least the listening socket
    for (const socket of sockets) {
      expect(socket.protocol).toMatch(/^tcp/);
      expect(socket.local).toMatch(/^127\.0\.0\.1:/);
      expect(socket.remote).toMatch(/^(127\.0\.0\.1|0\.0\.0\.0):/);
    }
    expect(sockets.some((s) => s.local === `127.0.0.1:${node.port}` && s.remote === "0.0.0.0:0")).toBe(true);
  });
});

describe("bad requests get a 4xx with the reason; real faults stay 500", () => {
  /** POSTs an RPC call; the status and the Kubo-style error body (or the raw text). */
  async function rpc(call: string, body?: Uint8Array) {
    const response = await fetch(`${node.url}/api/v0/${call}`, {
      method: "POST",
      ...(body ? { body: body as Uint8Array<ArrayBuffer> } : {}),
    });
    const text = await response.text();
    let error: { Message?: string; Code?: number; Type?: string } | undefined;
    try {
      error = JSON.parse(text);
    } catch {
      error = undefined;
    }
    return { status: response.status, text, error };
  }

  async function expectRpcError(call: string, status: number, message: RegExp) {
    const result = await rpc(call);
    expect(result.status, `${call}: ${result.text}`).toBe(status);
    expect(result.error).toMatchObject({ Code: 0, Type: "error" });
    expect(result.error?.Message).toMatch(message);
  }

  it("cat: a malformed arg, an IPNS name or several args are 400", async () => {
    await expectRpcError("cat?arg=not-a-cid", 400, /invalid CID: not-a-cid/);
    await expectRpcError("cat?arg=/ipfs/not-a-cid/metadata.json", 400, /invalid CID: not-a-cid/);
    await expectRpcError("cat?arg=/ipns/example.com", 400, /IPNS/);
    await expectRpcError("cat", 400, /"arg" is required/);
    await expectRpcError(`cat?arg=${listingRoot}/metadata.json&arg=${listingRoot}/lamp.png`, 400, /one "arg"/);
  });

  it("cat: a directory, a path that does not exist and a non-UnixFS node are 4xx", async () => {
    await expectRpcError(`cat?arg=${listingRoot}`, 400, /is a directory/);
    await expectRpcError(`cat?arg=${listingRoot}/photos`, 400, /is a directory/);
    await expectRpcError(`cat?arg=${listingRoot}/nope.png`, 404, /nope\.png/);
    await expectRpcError(`cat?arg=${listingRoot}/lamp.png/inside`, 404, /inside/);
    const { identity } = await import("multiformats/hashes/identity");
    const json = await import("multiformats/codecs/json");
    // Identity CIDs carry their block: the node "has" them whatever their codec.
    const object = CID.create(1, json.code, identity.digest(json.encode({ a: 1 })));
    await expectRpcError(`cat?arg=${object}`, 400, /unknown node type/);
    const unknownCodec = CID.create(1, 0x78, identity.digest(utf8("x")));
    await expectRpcError(`cat?arg=${unknownCodec}`, 400, /unsupported codec/);
  });

  it("cat: bad offset and length are 400 before any byte is sent; past the end reads nothing", async () => {
    const file = `${listingRoot}/metadata.json`;
    for (const bad of ["offset=abc", "offset=-1", "offset=1.5", "length=abc", "length=-3", "offset="])
      await expectRpcError(`cat?arg=${file}&${bad}`, 400, new RegExp(`"${bad.split("=")[0]}"`));
    const whole = await rpc(`cat?arg=${file}`);
    expect(whole.status).toBe(200);
    expect((await rpc(`cat?arg=${file}&offset=2&length=5`)).text).toBe(whole.text.slice(2, 7));
    expect((await rpc(`cat?arg=${file}&offset=3&length=999999`)).text).toBe(whole.text.slice(3));
    const past = await rpc(`cat?arg=${file}&offset=999999`);
    expect(past.status).toBe(200);
    expect(past.text).toBe("");
  });

  it("cat and block/get: content this node does not have keeps Kubo's 500 (it may still arrive)", async () => {
    await expectRpcError(`cat?arg=${MISSING}`, 500, /not found in this node/);
    await expectRpcError(`block/get?arg=${MISSING}`, 500, /not found locally/);
  });

  it("block/get: a path or a malformed CID is 400", async () => {
    await expectRpcError(`block/get?arg=${listingRoot}/lamp.png`, 400, /takes a CID, not a path/);
    await expectRpcError("block/get?arg=nope", 400, /invalid CID/);
    await expectRpcError("block/get", 400, /"arg" is required/);
  });

  it("pin/ls: bad type, stream and paths are 4xx; a path is resolved", async () => {
    await expectRpcError("pin/ls?type=sometimes", 400, /invalid type "sometimes"/);
    await expectRpcError("pin/ls?stream=maybe", 400, /"stream"/);
    await expectRpcError(`pin/ls?arg=${listingRoot}/nope.png`, 404, /nope\.png/);
    await expectRpcError("pin/ls?arg=nope", 400, /invalid CID/);
    await expectRpcError(`pin/ls?arg=${MISSING}`, 500, /is not pinned/);

    const root = await rpc(`pin/ls?arg=${listingRoot}`);
    expect(JSON.parse(root.text)).toEqual({ Keys: { [listingRoot]: { Type: "recursive" } } });
    const image = await rpc(`pin/ls?arg=${listingRoot}/lamp.png`);
    expect(image.status).toBe(200);
    const [[cid, pin]] = Object.entries(JSON.parse(image.text).Keys as Record<string, { Type: string }>) as [
      [string, { Type: string }],
    ];
    expect(cid).not.toBe(listingRoot);
    expect(pin.Type).toBe("indirect");
    expect((await rpc(`pin/ls?arg=${listingRoot}&stream=true`)).text.trim()).toBe(
      JSON.stringify({ Cid: listingRoot, Type: "recursive" }),
    );
  });

  it("dag/import: a boolean option that is neither true nor false is 400, and nothing is stored", async () => {
    const built = await buildFileCar(utf8("stored only by a well-formed call"));
    const bad = await rpc("dag/import?pin-roots=maybe", built.bytes);
    expect(bad.status).toBe(400);
    expect(bad.error?.Message).toMatch(/"pin-roots"/);
    const badStats = await rpc("dag/import?stats=yes", built.bytes);
    expect(badStats.status).toBe(400);
    expect(badStats.error?.Message).toMatch(/"stats"/);
    expect((await fetch(`${node.url}/ipfs/${built.root}`, { method: "HEAD" })).status).toBe(404);
    const good = await rpc("dag/import?pin-roots=1&stats=true", built.bytes);
    expect(good.status).toBe(200);
    expect(good.text).toContain('"Stats"');
  });

  it("gateway: a missing CID, bad percent-encoding and an unsupported codec are 400", async () => {
    const empty = await fetch(`${node.url}/ipfs/`);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/missing CID/);
    const encoding = await fetch(`${node.url}/ipfs/${listingRoot}/%zz`);
    expect(encoding.status).toBe(400);
    expect(await encoding.text()).toMatch(/percent-encoding/);
    const { identity } = await import("multiformats/hashes/identity");
    const unknownCodec = CID.create(1, 0x78, identity.digest(utf8("x")));
    const codec = await fetch(`${node.url}/ipfs/${unknownCodec}`);
    expect(codec.status).toBe(400);
    expect(await codec.text()).toMatch(/unsupported codec/);
    const notFound = await fetch(`${node.url}/ipfs/${listingRoot}/lamp.png/inside`);
    expect(notFound.status).toBe(404);
    expect(await notFound.text()).toMatch(/inside/);
    expect((await fetch(`${node.url}/ipfs/${listingRoot}`, { method: "POST" })).status).toBe(405);
  });

  it("a request target that is no URL is 400, and the node keeps serving", async () => {
    const { connect } = await import("node:net");
    const reply = await new Promise<string>((resolve, reject) => {
      const socket = connect(node.port, "127.0.0.1", () =>
        socket.write("GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
      );
      let text = "";
      socket.on("data", (chunk: Buffer) => (text += chunk.toString()));
      socket.on("close", () => resolve(text));
      socket.on("error", reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 /);
    expect((await fetch(`${node.url}/api/v0/version`, { method: "POST" })).status).toBe(200);
  });
});
