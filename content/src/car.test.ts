import { CarBufferReader } from "@ipld/car/buffer-reader";
import { describe, expect, it } from "vitest";
import { listing, photo, pseudoRandomBytes } from "../test/fixtures.js";
import { utf8 } from "./bytes.js";
import {
  buildDirectoryCar,
  buildFileCar,
  buildListingCar,
  encodeCar,
  InvalidDocumentError,
  readVerifiedCar,
} from "./car.js";

describe("CAR building", () => {
  it("is deterministic and puts the root first", async () => {
    const files = [photo(), { path: "metadata.json", content: utf8("{}") }];
    const a = await buildDirectoryCar(files);
    const b = await buildDirectoryCar(files);
    expect(a.root.toString()).toBe(b.root.toString());
    expect(a.root.toString()).toMatch(/^bafybei/);
    const reader = CarBufferReader.fromBytes(a.bytes);
    expect(reader.getRoots().map(String)).toEqual([a.root.toString()]);
    expect(reader.blocks()[0]!.cid.toString()).toBe(a.root.toString());
    expect(a.blockCount).toBe(reader.blocks().length);
  });

  it("matches the known CID of the unixfs-v1-2025 profile", async () => {
    // `echo -n "hello world" | ipfs add --cid-version 1 --raw-leaves` (IPIP-499 profile)
    const built = await buildFileCar(utf8("hello world"));
    expect(built.root.toString()).toBe("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
  });

  it("chunks big files into 1 MiB raw leaves", async () => {
    const built = await buildFileCar(pseudoRandomBytes(3 * 1024 * 1024 + 5));
    expect(built.blockCount).toBe(5); // 4 leaves + 1 node
    const verified = await readVerifiedCar(built.bytes);
    expect(verified.blocks.size).toBe(5);
  });

  it("builds a listing with validated metadata.json", async () => {
    const built = await buildListingCar(listing(), [photo()]);
    expect(built.files.map((f) => f.path).sort()).toEqual(["lamp.png", "metadata.json"]);
    expect(built.document.name).toBe("Brass desk lamp");
  });

  it("refuses a listing whose image is not among the files", async () => {
    await expect(buildListingCar(listing(), [photo("other.png")])).rejects.toThrow(InvalidDocumentError);
    await expect(buildListingCar(listing(), [photo("other.png")])).rejects.toThrow(
      /lamp.png, which is not in the directory/,
    );
  });

  it("refuses a listing with a script tag", async () => {
    await expect(buildListingCar(listing({ description: "<script>steal()</script>" }), [photo()])).rejects.toThrow(
      /HTML/,
    );
  });

  it("refuses duplicate paths", async () => {
    await expect(buildDirectoryCar([photo(), photo()])).rejects.toThrow(/duplicate/);
  });
});

describe("readVerifiedCar", () => {
  it("detects a tampered block", async () => {
    const built = await buildDirectoryCar([photo(), { path: "a.txt", content: utf8("original text") }]);
    const tampered = new Uint8Array(built.bytes);
    const at = Buffer.from(tampered).indexOf("original");
    tampered[at] = "O".charCodeAt(0);
    await expect(readVerifiedCar(tampered)).rejects.toThrow(/does not match its hash/);
  });

  it("detects garbage", async () => {
    await expect(readVerifiedCar(utf8("not a car at all"))).rejects.toThrow(/malformed CAR/);
  });

  it("re-encodes to the same bytes", async () => {
    const built = await buildDirectoryCar([photo()]);
    const verified = await readVerifiedCar(built.bytes);
    expect(encodeCar(built.root, [...verified.blocks.values()])).toEqual(built.bytes);
  });
});
