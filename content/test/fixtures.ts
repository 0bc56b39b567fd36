import { utf8, type ListingMetadataInput } from "../src/index.js";

/** A valid 1×1 PNG. */
export const PNG_1x1 = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="),
  (c) => c.charCodeAt(0),
);

export function listing(overrides: Partial<ListingMetadataInput> = {}): ListingMetadataInput {
  return {
    schema: "agora/listing@1",
    name: "Brass desk lamp",
    description: "A 1960s brass desk lamp, rewired.\nWorks with E27 bulbs.",
    category: "home",
    condition: "used-good",
    images: [{ path: "lamp.png", alt: "The lamp, lit" }],
    attributes: [{ name: "Material", value: "Brass" }],
    variants: [],
    kind: "physical",
    shipping: { regions: ["DE", "FR", "EU"], handlingDays: 3 },
    ...overrides,
  };
}

/** Deterministic pseudo-random bytes (incompressible, distinct per seed). */
export function pseudoRandomBytes(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const photo = (path = "lamp.png") => ({ path, content: PNG_1x1 });
export const text = utf8;

/** Fast byte equality (vitest's deep equality walks big arrays element by element). */
export const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
