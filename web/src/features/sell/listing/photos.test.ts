// Which files the editor takes as photos (type by signature, size, count, total), JPEGs cleaned of
// their metadata on the way in, the order (cover first) and the directory names.
import { describe, expect, it } from "vitest";
import { stripJpegMetadata } from "../../../lib/content/jpegMetadata";
import { cameraExif, chromiumJpeg, withJpegMetadata } from "../../../lib/content/testJpeg";
import {
  movePhoto,
  newPhotoId,
  PHOTO_MAX_BYTES,
  photoFiles,
  PHOTOS_MAX,
  PHOTOS_TOTAL_MAX_BYTES,
  sniffPhotoType,
  takePhotos,
  type ListingPhoto,
} from "./photos";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const WEBP_HEADER = [0x52, 0x49, 0x46, 0x46, 4, 0, 0, 0, 0x57, 0x45, 0x42, 0x50];

/** A picked file; `size` may claim more than its bytes (a big file is refused before it is read). */
function file(name: string, bytes: ArrayLike<number>, size = bytes.length) {
  let reads = 0;
  const data = Uint8Array.from(bytes);
  return {
    name,
    size,
    reads: () => reads,
    arrayBuffer: async () => {
      reads++;
      return data.buffer;
    },
  };
}
const photo = (name: string, bytes: number): ListingPhoto => ({
  id: newPhotoId(),
  name,
  type: "image/png",
  bytes: new Uint8Array(bytes),
});

describe("takePhotos", () => {
  it("takes JPEG, PNG and WebP by their bytes, whatever the file is called", async () => {
    const { taken, problems } = await takePhotos(
      [
        file("front.jpg", chromiumJpeg()),
        file("back.jpeg", [...PNG_SIGNATURE, 1, 2]),
        file("side", [...WEBP_HEADER, 9]),
      ],
      [],
    );
    expect(problems).toEqual([]);
    expect(taken.map((p) => [p.name, p.type])).toEqual([
      ["front.jpg", "image/jpeg"],
      ["back.jpeg", "image/png"],
      ["side", "image/webp"],
    ]);
    expect(new Set(taken.map((p) => p.id)).size).toBe(3);
  });

  it("removes a JPEG's EXIF as it is taken; the image data stays the same", async () => {
    const camera = withJpegMetadata(chromiumJpeg(), [cameraExif(1)]);
    const { taken } = await takePhotos([file("IMG_0001.JPG", camera)], []);
    expect(taken[0]!.bytes).toEqual(chromiumJpeg());
    expect(stripJpegMetadata(taken[0]!.bytes).removed).toEqual([]);
  });

  it("refuses other types, broken JPEGs and big files (unread), with the reason", async () => {
    const big = file("huge.jpg", chromiumJpeg(), PHOTO_MAX_BYTES + 1);
    const { taken, problems } = await takePhotos(
      [
        file("notes.txt", [0x68, 0x69]),
        file("anim.gif", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]),
        file("cut.jpg", chromiumJpeg().subarray(0, 300)),
        big,
        file("ok.png", [...PNG_SIGNATURE]),
      ],
      [],
    );
    expect(problems).toEqual([
      { kind: "type", name: "notes.txt" },
      { kind: "type", name: "anim.gif" },
      { kind: "unreadable", name: "cut.jpg" },
      { kind: "size", name: "huge.jpg", size: PHOTO_MAX_BYTES + 1 },
    ]);
    expect(big.reads()).toBe(0);
    expect(taken.map((p) => p.name)).toEqual(["ok.png"]);
  });

  it("stops at the content schema's count and at the upload's total size", async () => {
    const full = Array.from({ length: PHOTOS_MAX - 1 }, (_, index) => photo(`p${index}.png`, 10));
    const counted = await takePhotos([file("a.png", PNG_SIGNATURE), file("b.png", PNG_SIGNATURE)], full);
    expect(counted.taken.map((p) => p.name)).toEqual(["a.png"]);
    expect(counted.problems).toEqual([{ kind: "count" }]);

    const heavy = [photo("a.png", PHOTOS_TOTAL_MAX_BYTES - 4)];
    const totalled = await takePhotos([file("b.png", [...PNG_SIGNATURE])], heavy);
    expect(totalled.taken).toEqual([]);
    expect(totalled.problems).toEqual([{ kind: "total", size: PHOTOS_TOTAL_MAX_BYTES + 4 }]);
  });
});

describe("movePhoto and photoFiles", () => {
  it("moves a photo (the first is the cover) and leaves out-of-range moves alone", () => {
    expect(movePhoto(["a", "b", "c"], 2, 0)).toEqual(["c", "a", "b"]);
    expect(movePhoto(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(movePhoto(["a", "b"], 1, 2)).toEqual(["a", "b"]);
  });

  it("names new photos photo-<n>.<ext> in order, keeps a published photo's path and alt text", () => {
    const kept: ListingPhoto = { ...photo("old.png", 3), published: { path: "photo-1.png", alt: "The old side" } };
    const jpeg: ListingPhoto = { ...photo("new.jpg", 2), type: "image/jpeg" };
    const png = photo("new.png", 1);
    const { images, files } = photoFiles([jpeg, kept, png], "Lamp");
    expect(images).toEqual([
      { path: "photo-1.jpg", alt: "Lamp" },
      { path: "photo-1.png", alt: "The old side" },
      { path: "photo-2.png", alt: "Lamp (3)" },
    ]);
    expect(files.map((f) => [f.path, f.content.length])).toEqual([
      ["photo-1.jpg", 2],
      ["photo-1.png", 3],
      ["photo-2.png", 1],
    ]);
  });

  it("sniffs nothing from a few bytes", () => {
    expect(sniffPhotoType(new Uint8Array([0xff, 0xd8]))).toBeUndefined();
  });
});
