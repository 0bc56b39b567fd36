// Real photos for the listing editor's scenarios and bench: JPEG and PNG bytes encoded by the
// browser's own canvas (as a phone or an image editor would hand them over), a camera's EXIF
// segment to put in a JPEG, and files dropped on an element the way a drag from the desktop does.
import type { Locator, Page } from "@playwright/test";

export interface PhotoFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * A picture drawn on a canvas and encoded by the browser: a gradient with a few shapes, or (with
 * `noise`) random pixels, which compress poorly and so make a file of about 3 bytes a pixel.
 */
export async function canvasImage(
  page: Page,
  {
    width,
    height,
    type,
    noise = false,
    hue = 20,
  }: { width: number; height: number; type: "image/jpeg" | "image/png"; noise?: boolean; hue?: number },
): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ width, height, type, noise, hue }) => {
      const canvas = document.createElement("canvas");
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext("2d")!;
      if (noise) {
        const image = context.createImageData(width, height);
        const random = new Uint32Array(image.data.buffer);
        // getRandomValues fills at most 64 KiB a call.
        for (let i = 0; i < random.length; i += 16_384) crypto.getRandomValues(random.subarray(i, i + 16_384));
        for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
        context.putImageData(image, 0, 0);
      } else {
        const gradient = context.createLinearGradient(0, 0, width, height);
        gradient.addColorStop(0, `hsl(${hue} 60% 85%)`);
        gradient.addColorStop(1, `hsl(${hue + 40} 45% 55%)`);
        context.fillStyle = gradient;
        context.fillRect(0, 0, width, height);
        context.fillStyle = `hsl(${hue + 180} 45% 35%)`;
        context.beginPath();
        context.ellipse(width / 2, height / 2, width / 5, height / 4, 0, 0, Math.PI * 2);
        context.fill();
        context.fillStyle = "rgb(255 255 255 / 0.8)";
        context.fillRect(width / 2 - width / 16, height / 6, width / 8, height / 10);
      }
      const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), type, 0.92));
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    { width, height, type, noise, hue },
  );
  return Buffer.from(base64, "base64");
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** A phone's EXIF APP1 segment: camera make and a GPS latitude (what must not be published), upright. */
function cameraExifSegment(): number[] {
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const u32 = (value: number) => [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >>> 24];
  const make = [...ascii("AgoraTestPhone"), 0];
  const makeAt = 8 + 2 + 3 * 12 + 4;
  const gpsAt = makeAt + make.length;
  const latitudeAt = gpsAt + 2 + 2 * 12 + 4;
  const tiff = [
    ...ascii("II"),
    ...u16(42),
    ...u32(8),
    ...u16(3),
    ...u16(0x010f),
    ...u16(2),
    ...u32(make.length),
    ...u32(makeAt),
    ...u16(0x0112),
    ...u16(3),
    ...u32(1),
    ...u16(1),
    0,
    0,
    ...u16(0x8825),
    ...u16(4),
    ...u32(1),
    ...u32(gpsAt),
    ...u32(0),
    ...make,
    ...u16(2),
    ...u16(0x0001),
    ...u16(2),
    ...u32(2),
    ...ascii("N"),
    0,
    0,
    0,
    ...u16(0x0002),
    ...u16(5),
    ...u32(3),
    ...u32(latitudeAt),
    ...u32(0),
    ...u32(38),
    ...u32(1),
    ...u32(42),
    ...u32(1),
    ...u32(1234),
    ...u32(100),
  ];
  const payload = [...ascii("Exif"), 0, 0, ...tiff];
  return [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
}

/** The JPEG with a camera's EXIF segment right after its APP0 (JFIF) segment. */
export function withCameraExif(jpeg: Buffer): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8 || jpeg[2] !== 0xff || jpeg[3] !== 0xe0) throw new Error("not a JFIF JPEG");
  const afterApp0 = 4 + jpeg.readUInt16BE(4);
  return Buffer.concat([jpeg.subarray(0, afterApp0), Buffer.from(cameraExifSegment()), jpeg.subarray(afterApp0)]);
}

/** Drops files on `target` as a drag from the desktop does (dragenter, dragover, drop with a DataTransfer). */
export async function dropFiles(target: Locator, files: readonly PhotoFile[]): Promise<void> {
  const payload = files.map((file) => ({
    name: file.name,
    type: file.mimeType,
    base64: file.buffer.toString("base64"),
  }));
  const dataTransfer = await target.page().evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return transfer;
  }, payload);
  for (const type of ["dragenter", "dragover", "drop"]) await target.dispatchEvent(type, { dataTransfer });
}
