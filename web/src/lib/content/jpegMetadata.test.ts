// The JPEG metadata filter on a real JPEG (encoded by Chromium: APP0 JFIF, APP2 ICC profile, then
// the image) with what cameras add spliced in: EXIF with a GPS position, XMP, a comment, a
// multi-picture preview and bytes after the end marker.
import { describe, expect, it } from "vitest";
import { exifOrientation, JpegFormatError, orientationSegment, stripJpegMetadata } from "./jpegMetadata";
import { cameraExif, chromiumJpeg, jpegSegment as segment, withJpegMetadata } from "./testJpeg";

const CHROMIUM_JPEG = chromiumJpeg();
const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

const xmp = segment(0xe1, [
  ...ascii("http://ns.adobe.com/xap/1.0/"),
  0,
  ...ascii('<x:xmpmeta><rdf:Description GPSLatitude="38,42N"/></x:xmpmeta>'),
]);
const comment = segment(0xfe, ascii("Shot at 12 Garden Lane"));
const multiPicture = segment(0xe2, [...ascii("MPF"), 0, 0x4d, 0x4d, 0, 42]);
const photoshop = segment(0xed, [...ascii("Photoshop 3.0"), 0, ...ascii("8BIM")]);

/** Where the first segment after SOI and APP0 starts in the fixture. */
const afterApp0 = 2 + 2 + ((CHROMIUM_JPEG[4]! << 8) | CHROMIUM_JPEG[5]!);
const withMetadata = (segments: number[][], trailer: number[] = []) =>
  withJpegMetadata(CHROMIUM_JPEG, segments, trailer);

const contains = (bytes: Uint8Array, text: string) => new TextDecoder("latin1").decode(bytes).includes(text);

describe("stripJpegMetadata", () => {
  it("is a real JPEG fixture: JFIF and an ICC profile, then the image to its end marker", () => {
    expect(Array.from(CHROMIUM_JPEG.subarray(0, 4))).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(contains(CHROMIUM_JPEG, "ICC_PROFILE")).toBe(true);
    expect(Array.from(CHROMIUM_JPEG.subarray(-2))).toEqual([0xff, 0xd9]);
  });

  it("leaves a JPEG without metadata as it is (JFIF and the colour profile stay)", () => {
    const result = stripJpegMetadata(CHROMIUM_JPEG);
    expect(result.removed).toEqual([]);
    expect(result.bytes).toBe(CHROMIUM_JPEG);
  });

  it("removes EXIF with its GPS position, XMP, Photoshop data, a comment, a preview and trailing bytes; the image is byte for byte the same", () => {
    const camera = withMetadata([cameraExif(1), xmp, photoshop, comment, multiPicture], ascii("second image"));
    expect(contains(camera, "PhoneCam")).toBe(true);

    const result = stripJpegMetadata(camera);
    expect(result.removed).toEqual(["EXIF", "XMP", "APP13", "comment", "multi-picture", "trailing data"]);
    expect(result.orientation).toBe(1);
    expect(result.bytes).toEqual(CHROMIUM_JPEG);
    for (const text of ["Exif", "PhoneCam", "GPSLatitude", "Garden Lane", "MPF", "second image"]) {
      expect(contains(result.bytes, text), text).toBe(false);
    }
  });

  it("keeps a sideways photo upright: only its orientation is written back, in a minimal EXIF segment", () => {
    const sideways = withMetadata([cameraExif(6), comment]);
    const result = stripJpegMetadata(sideways);
    expect(result.orientation).toBe(6);
    expect(result.removed).toEqual(["EXIF", "comment"]);
    expect(result.bytes).toEqual(withMetadata([Array.from(orientationSegment(6))]));
    expect(contains(result.bytes, "PhoneCam")).toBe(false);
    const app1 = result.bytes.subarray(afterApp0 + 4, afterApp0 + orientationSegment(6).length);
    expect(exifOrientation(app1)).toBe(6);
    // Cleaning the cleaned file changes nothing more.
    expect(stripJpegMetadata(result.bytes).bytes).toEqual(result.bytes);
  });

  it("keeps the stuffed bytes and restart markers inside a scan", () => {
    // SOS header, then entropy data with 0xFF00 and RST0, then EOI.
    const jpeg = concat(
      [0xff, 0xd8],
      comment,
      segment(0xda, [1, 1, 0, 0, 63, 0]),
      [0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56],
      [0xff, 0xd9],
    );
    const result = stripJpegMetadata(jpeg);
    expect(Array.from(result.bytes)).toEqual([
      0xff,
      0xd8,
      ...segment(0xda, [1, 1, 0, 0, 63, 0]),
      0x12,
      0xff,
      0x00,
      0x34,
      0xff,
      0xd0,
      0x56,
      0xff,
      0xd9,
    ]);
  });

  it("refuses what is not a well-formed JPEG", () => {
    expect(() => stripJpegMetadata(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]))).toThrow(JpegFormatError);
    expect(() => stripJpegMetadata(CHROMIUM_JPEG.subarray(0, 400))).toThrow(JpegFormatError);
    expect(() => stripJpegMetadata(concat([0xff, 0xd8, 0xff, 0xe1, 0x40, 0x00, 1, 2]))).toThrow(/overruns/);
  });
});
