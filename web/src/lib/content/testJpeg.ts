// A real JPEG for tests (24×16, encoded by Chromium's canvas: APP0 JFIF, APP2 ICC profile, then the
// image), and a camera's EXIF segment to splice into it.

/** The JPEG's bytes. */
export const chromiumJpeg = (): Uint8Array =>
  Uint8Array.from(
    atob(
      "/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAQABgDASIAAhEBAxEB/8QAFwAAAwEAAAAAAAAAAAAAAAAAAAYHA//EABsQAAIBBQAAAAAAAAAAAAAAAAACAwcSRaTi/8QAFgEBAQEAAAAAAAAAAAAAAAAABgUH/8QAIBEAAQIGAwEAAAAAAAAAAAAABAABAgMRISIyBRRhgf/aAAwDAQACEQMRAD8AVpGH1qaXZbW7J3Iw/tVG3EbPBMmicg0MHQa966+U2+pWYTC75PZTORgMJGA04cPBDp5Wa//Z",
    ),
    (char) => char.charCodeAt(0),
  );

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** A segment: marker, big-endian length (payload + 2), payload. */
export const jpegSegment = (marker: number, payload: number[]) => [
  0xff,
  marker,
  (payload.length + 2) >> 8,
  (payload.length + 2) & 0xff,
  ...payload,
];

/**
 * A camera's EXIF APP1 (little-endian TIFF): Make "PhoneCam", Orientation, and a GPS IFD with a
 * latitude reference and latitude, as phones write them.
 */
export function cameraExif(orientation: number): number[] {
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const u32 = (value: number) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24];
  const make = [...ascii("PhoneCam"), 0];
  // IFD0 at 8: 3 entries (2 + 36 + 4 bytes) → Make's text at 50, the GPS IFD after it.
  const makeAt = 8 + 2 + 3 * 12 + 4;
  const gpsAt = makeAt + make.length;
  const latitudeAt = gpsAt + 2 + 2 * 12 + 4;
  const tiff = [
    ...ascii("II"),
    ...u16(42),
    ...u32(8),
    ...u16(3),
    ...[...u16(0x010f), ...u16(2), ...u32(make.length), ...u32(makeAt)],
    ...[...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0],
    ...[...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsAt)],
    ...u32(0),
    ...make,
    ...u16(2),
    ...[...u16(0x0001), ...u16(2), ...u32(2), ...ascii("N"), 0, 0, 0],
    ...[...u16(0x0002), ...u16(5), ...u32(3), ...u32(latitudeAt)],
    ...u32(0),
    ...[...u32(38), ...u32(1), ...u32(42), ...u32(1), ...u32(1234), ...u32(100)],
  ];
  return jpegSegment(0xe1, [...ascii("Exif"), 0, 0, ...tiff]);
}

/** The JPEG with `segments` spliced in after its APP0, and `trailer` after its end marker. */
export function withJpegMetadata(jpeg: Uint8Array, segments: number[][], trailer: number[] = []): Uint8Array {
  const afterApp0 = 2 + 2 + ((jpeg[4]! << 8) | jpeg[5]!);
  return Uint8Array.from([...jpeg.subarray(0, afterApp0), ...segments.flat(), ...jpeg.subarray(afterApp0), ...trailer]);
}
