// The listing directory built as a CAR in the browser: its root CID is known before the upload and
// is what a node that stores the CAR answers; progress is reported; a node answering another root
// is refused.
import { readVerifiedCar, type CarBytes, type UploadTarget } from "@agora/content";
import { describe, expect, it, vi } from "vitest";
import { chromiumJpeg } from "../../../lib/content/testJpeg";
import { buildListing, isRootMismatch, uploadListing } from "./listingCar";
import { emptyListingForm, listingDocument, listingFormSchema } from "./listingForm";
import { photoFiles, type ListingPhoto } from "./photos";

// jsdom's TextEncoder makes arrays of another realm than this one's Uint8Array, which the UnixFS
// importer checks with instanceof (browsers and Node have one realm): encode into this realm's.
vi.hoisted(() => {
  const Encoder = globalThis.TextEncoder;
  globalThis.TextEncoder = class extends Encoder {
    override encode(text?: string) {
      return new Uint8Array(super.encode(text));
    }
  } as typeof TextEncoder;
});

const ARBITER = "0xa0ee7a142d267c1f36714e4a8f75612f20a79720";
const ETH = { id: "0x0000000000000000000000000000000000000000", symbol: "ETH", decimals: 18 };

async function aListing() {
  const values = listingFormSchema({
    mode: "create",
    seller: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
    tokens: [ETH],
    arbiters: [ARBITER],
  }).parse({
    ...emptyListingForm([ETH], [ARBITER]),
    title: "Celadon teapot",
    description: "Holds four cups.",
    category: "home",
    price: "0.05",
  });
  const photos: ListingPhoto[] = [
    { id: "a", name: "front.jpg", type: "image/jpeg", bytes: chromiumJpeg() },
    {
      id: "b",
      name: "side.png",
      type: "image/png",
      bytes: Uint8Array.from({ length: 3 * 1024 * 1024 }, (_, i) => (i * 7) % 251),
    },
  ];
  const { images, files } = photoFiles(photos, values.title);
  return buildListing(listingDocument(values, images), files);
}

const bytesOf = (car: CarBytes) => {
  const parts = car instanceof Uint8Array ? [car] : car;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** A node that reads what it was sent (verifying every block), reports progress, and answers the CAR's root (or `answer`). */
function fakeNode(answer?: string): UploadTarget & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    name: "fake node",
    received,
    async uploadCar(car, options = {}) {
      const bytes = bytesOf(car);
      received.push(bytes);
      for (const loaded of [bytes.length / 4, bytes.length / 2, bytes.length]) {
        options.onProgress?.({ loaded, total: bytes.length });
      }
      const { roots } = await readVerifiedCar(bytes);
      return { roots: [answer ?? roots[0]!.toString()] };
    },
  };
}

describe("the listing's CAR", () => {
  it("knows its root before the upload, and the node storing it answers that root", async () => {
    const listing = await aListing();
    expect(listing.root).toMatch(/^bafy/);
    expect(listing.built.files.map((file) => file.path).sort()).toEqual([
      "metadata.json",
      "photo-1.jpg",
      "photo-2.png",
    ]);
    expect(listing.size).toBeGreaterThan(3 * 1024 * 1024);

    const node = fakeNode();
    const progress = vi.fn();
    expect(await uploadListing(node, listing, { onProgress: progress })).toBe(listing.root);
    expect(node.received[0]!.length).toBe(listing.size);
    expect(progress.mock.calls.map(([fraction]) => fraction)).toEqual([0.25, 0.5, 1]);
  });

  it("is the same directory for the same form and photos", async () => {
    expect((await aListing()).root).toBe((await aListing()).root);
  });

  it("refuses a node that answers another root", async () => {
    const listing = await aListing();
    const other = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
    const failure = await uploadListing(fakeNode(other), listing).catch((error: unknown) => error);
    expect(isRootMismatch(failure)).toBe(true);
    expect(String(failure)).toContain(other);
    expect(isRootMismatch(new Error("network"))).toBe(false);
  });

  it("refuses a document the content schema refuses, before building", async () => {
    await expect(buildListing({ schema: "agora/listing@1" } as never, [])).rejects.toThrow(/invalid listing/);
  });
});
