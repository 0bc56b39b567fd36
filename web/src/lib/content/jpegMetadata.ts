// Removes the metadata a camera or phone writes into a JPEG (EXIF with its GPS position, serial
// numbers and thumbnail, XMP, IPTC, comments, multi-picture previews) before a photo is
// published: a lossless filter over the file's segments, the compressed image data untouched.
//
// Kept: APP0 (JFIF, how to read the pixels), APP2 ICC_PROFILE (colours), APP14 Adobe (the colour
// transform a decoder needs) and every segment that describes the image itself (tables, frame,
// scans). Dropped: APP1 (EXIF, XMP), the other APPn segments, COM, and anything after EOI.
//
// Orientation: a phone stores a portrait photo sideways with an EXIF Orientation tag that viewers
// (and browsers, by default) apply. Dropping it would show the photo on its side, so when the tag
// says anything but "upright" (1) a minimal EXIF segment is written back holding that one tag and
// nothing else. The pixels are never re-encoded.

const MARKER = 0xff;
const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;
/** The EXIF Orientation tag (TIFF tag 0x0112). */
const ORIENTATION_TAG = 0x0112;

export class JpegFormatError extends Error {
  override name = "JpegFormatError";
}

export interface JpegCleanResult {
  /** The JPEG without its metadata (the input itself when there was nothing to drop). */
  bytes: Uint8Array;
  /** Names of what was dropped, in file order ("EXIF", "XMP", "APP13", "comment", "trailing data", …). */
  removed: string[];
  /** The EXIF orientation (1–8) found, kept in a minimal EXIF segment when it is not 1. */
  orientation?: number;
}

/** Whether `bytes` start like a JPEG (SOI then a marker). */
export const isJpeg = (bytes: Uint8Array) =>
  bytes.length >= 3 && bytes[0] === MARKER && bytes[1] === SOI && bytes[2] === MARKER;

const startsWith = (bytes: Uint8Array, offset: number, text: string) => {
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
};

/** A name for a dropped segment, for the report (and tests). */
function segmentName(marker: number, payload: Uint8Array): string {
  if (marker === COM) return "comment";
  if (marker === APP1) {
    if (startsWith(payload, 0, "Exif\0")) return "EXIF";
    if (startsWith(payload, 0, "http://ns.adobe.com/xap/1.0/")) return "XMP";
    if (startsWith(payload, 0, "http://ns.adobe.com/xmp/extension/")) return "XMP";
  }
  if (marker === APP2 && startsWith(payload, 0, "MPF\0")) return "multi-picture";
  return `APP${marker - APP0}`;
}

/** Whether a segment stays: the ones that change how the pixels decode, and none that describe the shot. */
function keeps(marker: number, payload: Uint8Array): boolean {
  if (marker === APP0 || marker === APP14) return true;
  if (marker === APP2) return startsWith(payload, 0, "ICC_PROFILE\0");
  if (marker >= APP0 && marker <= 0xef) return false;
  return marker !== COM;
}

/** The Orientation value (1–8) of an EXIF APP1 payload ("Exif\0\0" + TIFF), if it has a valid one. */
export function exifOrientation(payload: Uint8Array): number | undefined {
  if (!startsWith(payload, 0, "Exif\0\0")) return undefined;
  const tiff = 6;
  if (payload.length < tiff + 8) return undefined;
  const little = startsWith(payload, tiff, "II");
  if (!little && !startsWith(payload, tiff, "MM")) return undefined;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  if (u16(tiff + 2) !== 42) return undefined;
  const ifd = tiff + u32(tiff + 4);
  if (ifd + 2 > payload.length) return undefined;
  const count = u16(ifd);
  for (let entry = 0; entry < count; entry++) {
    const at = ifd + 2 + entry * 12;
    if (at + 12 > payload.length) return undefined;
    // SHORT (type 3), one value, stored in the first two bytes of the value field.
    if (u16(at) === ORIENTATION_TAG && u16(at + 2) === 3 && u32(at + 4) === 1) {
      const value = u16(at + 8);
      return value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/** An APP1 segment holding only an EXIF Orientation tag (big-endian TIFF, one IFD entry). */
export function orientationSegment(orientation: number): Uint8Array {
  const payload = [
    ...[0x45, 0x78, 0x69, 0x66, 0, 0], // "Exif\0\0"
    ...[0x4d, 0x4d, 0, 42, 0, 0, 0, 8], // "MM", 42, IFD0 at offset 8
    ...[0, 1], // one entry
    ...[0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0], // Orientation, SHORT, 1 value
    ...[0, 0, 0, 0], // no next IFD
  ];
  const length = payload.length + 2;
  return Uint8Array.from([MARKER, APP1, length >> 8, length & 0xff, ...payload]);
}

/**
 * The JPEG without its metadata segments (see the file's comment for what stays). Throws a
 * JpegFormatError when the bytes are not a well-formed JPEG (the caller refuses the photo).
 */
export function stripJpegMetadata(bytes: Uint8Array): JpegCleanResult {
  if (!isJpeg(bytes)) throw new JpegFormatError("not a JPEG (no start-of-image marker)");
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let orientation: number | undefined;
  /** Where the orientation segment goes: after SOI, or after APP0 when the file has one. */
  let orientationAt = 1;
  let offset = 2;
  let ended = false;

  while (offset < bytes.length) {
    if (bytes[offset] !== MARKER) throw new JpegFormatError(`expected a marker at byte ${offset}`);
    // Fill bytes: any number of 0xFF before a marker.
    while (bytes[offset + 1] === MARKER) offset++;
    const marker = bytes[offset + 1];
    if (marker === undefined) throw new JpegFormatError("the file ends inside a marker");
    if (marker === EOI) {
      kept.push(bytes.subarray(offset, offset + 2));
      offset += 2;
      ended = true;
      break;
    }
    // Markers without a length (TEM, restart markers) outside scans: copied as they are.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      kept.push(bytes.subarray(offset, offset + 2));
      offset += 2;
      continue;
    }
    if (offset + 4 > bytes.length) throw new JpegFormatError("the file ends inside a segment header");
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const end = offset + 2 + length;
    if (length < 2 || end > bytes.length)
      throw new JpegFormatError(`segment 0x${marker.toString(16)} overruns the file`);
    const payload = bytes.subarray(offset + 4, end);

    if (marker === SOS) {
      // The scan header, then its entropy-coded data up to the next marker that is not a stuffed
      // 0xFF00 or a restart marker (progressive files have several scans with tables between).
      let scan = end;
      while (scan < bytes.length) {
        if (bytes[scan] === MARKER) {
          const next = bytes[scan + 1];
          if (next === undefined) break;
          if (next !== 0x00 && next !== MARKER && !(next >= 0xd0 && next <= 0xd7)) break;
        }
        scan++;
      }
      kept.push(bytes.subarray(offset, scan));
      offset = scan;
      continue;
    }

    if (keeps(marker, payload)) {
      kept.push(bytes.subarray(offset, end));
      if (marker === APP0 && kept.length === 2) orientationAt = 2;
    } else {
      if (marker === APP1) orientation ??= exifOrientation(payload);
      removed.push(segmentName(marker, payload));
    }
    offset = end;
  }

  if (!ended) throw new JpegFormatError("the file has no end-of-image marker");
  if (offset < bytes.length) removed.push("trailing data");
  if (orientation !== undefined && orientation !== 1) kept.splice(orientationAt, 0, orientationSegment(orientation));
  if (removed.length === 0) return { bytes, removed, orientation };

  const out = new Uint8Array(kept.reduce((size, part) => size + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return { bytes: out, removed, orientation };
}
