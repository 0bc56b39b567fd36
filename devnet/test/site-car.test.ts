import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { kuboRpcTarget, uploadBuiltCar } from "@agora/content";
import { importCar, startIpfsNode, type IpfsNode } from "@agora/content/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "../src/site/csp.js";
import { buildSiteCar, uploadTargetFrom } from "../src/site/siteCar.js";

const encoder = new TextEncoder();

/** A small built site with one file of every type the app ships, and a 1.5 MiB chunk to split. */
const distFiles: Record<string, Uint8Array> = {
  "index.html": encoder.encode(
    '<!doctype html>\n<html>\n  <head>\n    <meta charset="UTF-8" />\n    <script type="module" src="./assets/index-abc.js"></script>\n  </head>\n</html>\n',
  ),
  "config.json": encoder.encode('{"chainId":31337,"chainName":"anvil","rpcUrl":"http://127.0.0.1:8545"}\n'),
  "assets/index-abc.js": encoder.encode('import("./lazy-def.js");\n'),
  "assets/lazy-def.js": new Uint8Array(1_500_000).fill(0x20),
  "assets/index-abc.css": encoder.encode("body{color:red}\n"),
  "assets/index-abc.js.map": encoder.encode('{"version":3}\n'),
  "icon.svg": encoder.encode('<svg xmlns="http://www.w3.org/2000/svg"/>\n'),
  "fonts/inter.woff2": new Uint8Array([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]),
};

const hosterConfig = {
  chains: [{ chainId: 84532, chainName: "Base Sepolia", rpcUrl: "https://sepolia.base.org" }],
  ipfsGateways: ["https://gateway.example.org"],
};

let dir: string;
let dist: string;
let configFile: string;
let node: IpfsNode;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "agora-site-car-"));
  node = await startIpfsNode({ port: 0, repo: path.join(dir, "ipfs") });
  dist = path.join(dir, "dist");
  for (const [name, content] of Object.entries(distFiles)) {
    await mkdir(path.dirname(path.join(dist, name)), { recursive: true });
    await writeFile(path.join(dist, name), content);
  }
  configFile = path.join(dir, "hoster-config.json");
  await writeFile(configFile, JSON.stringify(hosterConfig));
});

afterAll(async () => {
  await node?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** The files at `paths` of a CAR's root, read back through a real node's gateway (null: absent). */
async function readBack(bytes: Uint8Array, paths: readonly string[]): Promise<Map<string, Uint8Array | null>> {
  const { roots } = await importCar(node.repo, bytes);
  const files = new Map<string, Uint8Array | null>();
  for (const name of paths) {
    const response = await fetch(`${node.url}/ipfs/${roots[0]}/${name}`);
    files.set(name, response.status === 404 ? null : new Uint8Array(await response.arrayBuffer()));
  }
  return files;
}

const same = (a: Uint8Array | null | undefined, b: Uint8Array) => a != null && Buffer.from(a).equals(Buffer.from(b));

describe("site CAR", () => {
  it("is deterministic: the same files give the same root and the same bytes", async () => {
    const first = await buildSiteCar({ dist });
    const second = await buildSiteCar({ dist });
    expect(second.built.root.toString()).toBe(first.built.root.toString());
    expect(Buffer.from(second.built.bytes).equals(Buffer.from(first.built.bytes))).toBe(true);
    expect(first.built.root.toString()).toMatch(/^bafy/);
    // One changed byte is another site.
    await writeFile(path.join(dist, "assets/index-abc.css"), "body{color:blue}\n");
    try {
      expect((await buildSiteCar({ dist })).built.root.toString()).not.toBe(first.built.root.toString());
    } finally {
      await writeFile(path.join(dist, "assets/index-abc.css"), distFiles["assets/index-abc.css"]!);
    }
  });

  it("holds every file of dist with identical bytes, source maps only when asked", async () => {
    const { built, files } = await buildSiteCar({ dist });
    const expected = Object.keys(distFiles).filter((name) => !name.endsWith(".map"));
    expect(files.map((file) => file.path)).toEqual([...expected].sort());
    // The importer's own account of the directory: these files and their two folders, nothing else.
    expect(built.files.map((file) => file.path).sort()).toEqual([...expected, "assets", "fonts"].sort());
    const read = await readBack(built.bytes, Object.keys(distFiles));
    for (const name of expected) expect(same(read.get(name), distFiles[name]!), name).toBe(true);
    expect(read.get("assets/index-abc.js.map")).toBeNull();

    const withMaps = await readBack((await buildSiteCar({ dist, sourcemaps: true })).built.bytes, [
      "assets/index-abc.js.map",
    ]);
    expect(same(withMaps.get("assets/index-abc.js.map"), distFiles["assets/index-abc.js.map"]!)).toBe(true);
  });

  it("ships a hoster's config.json and the policy derived from it", async () => {
    const { built } = await buildSiteCar({ dist, configFile });
    const read = await readBack(built.bytes, ["config.json", "index.html", "assets/index-abc.js"]);
    expect(JSON.parse(new TextDecoder().decode(read.get("config.json")!))).toEqual(hosterConfig);
    const html = new TextDecoder().decode(read.get("index.html")!);
    const policy = contentSecurityPolicy(hosterConfig);
    expect(policy).toContain("https://sepolia.base.org");
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}" />`);
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    // Everything else is untouched.
    expect(same(read.get("assets/index-abc.js"), distFiles["assets/index-abc.js"]!)).toBe(true);
    expect((await buildSiteCar({ dist, configFile })).built.root.toString()).toBe(built.root.toString());
  });

  it("refuses a config that is not JSON, and a dist without index.html", async () => {
    const bad = path.join(dir, "bad.json");
    await writeFile(bad, "{ chains: [");
    await expect(buildSiteCar({ dist, configFile: bad })).rejects.toThrow(/bad\.json is not JSON/);
    await expect(buildSiteCar({ dist: path.join(dist, "assets") })).rejects.toThrow(/no index\.html/);
  });

  it("names the upload adapters it knows and keeps secrets in the environment", () => {
    expect(uploadTargetFrom("kubo-rpc:http://127.0.0.1:5001").name).toBe("kubo-rpc http://127.0.0.1:5001");
    expect(() => uploadTargetFrom("pinata:https://uploads.pinata.cloud/v3/files", {})).toThrow(/PINATA_JWT/);
    expect(uploadTargetFrom("pinata:https://uploads.pinata.cloud/v3/files", { PINATA_JWT: "x" }).name).toMatch(
      /^pinata/,
    );
    expect(() => uploadTargetFrom("s3:https://example.org")).toThrow(/kubo-rpc:<url>/);
  });
});

describe("site CAR on a real local IPFS node", () => {
  it("uploads through the Kubo-RPC adapter and serves the site under /ipfs/<cid>/ with its types", async () => {
    const { built } = await buildSiteCar({ dist, configFile });
    const { root } = await uploadBuiltCar(uploadTargetFrom(`kubo-rpc:${node.url}`), built);
    expect(root).toBe(built.root.toString());

    // The directory without its slash redirects, so relative URLs resolve inside it.
    const bare = await fetch(`${node.url}/ipfs/${root}`, { redirect: "manual" });
    expect(bare.status).toBe(301);
    expect(bare.headers.get("location")).toBe(`/ipfs/${root}/`);

    const index = await fetch(`${node.url}/ipfs/${root}/`);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await index.text()).toContain("Content-Security-Policy");

    const types: Record<string, RegExp> = {
      "assets/index-abc.js": /^text\/javascript/,
      "assets/lazy-def.js": /^text\/javascript/,
      "assets/index-abc.css": /^text\/css/,
      "icon.svg": /^image\/svg\+xml$/,
      "config.json": /^application\/json$/,
      "fonts/inter.woff2": /^font\/woff2$/,
    };
    for (const [name, type] of Object.entries(types)) {
      const response = await fetch(`${node.url}/ipfs/${root}/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get("content-type"), name).toMatch(type);
      const body = new Uint8Array(await response.arrayBuffer());
      const expected = name === "config.json" ? encoder.encode(JSON.stringify(hosterConfig)) : distFiles[name]!;
      expect(Buffer.from(body).equals(Buffer.from(expected)), name).toBe(true);
    }
    expect((await fetch(`${node.url}/ipfs/${root}/assets/index-abc.js.map`)).status).toBe(404);
  });

  it("fails loudly when the service reports another root", async () => {
    const { built } = await buildSiteCar({ dist });
    const other = await buildSiteCar({ dist, configFile });
    const lying = { name: "lying", uploadCar: () => kuboRpcTarget({ url: node.url }).uploadCar(other.built.chunks) };
    await expect(uploadBuiltCar(lying, built)).rejects.toThrow(/reported root/);
  });
});
