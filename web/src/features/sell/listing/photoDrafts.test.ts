// The photos' draft in IndexedDB: saved and read back in order with their bytes, across "reloads"
// (a new store over the same database), cleared, expired after a week. jsdom has no IndexedDB: a
// small in-memory one stands in (memoryIndexedDb).
import { describe, expect, it } from "vitest";
import { memoryIndexedDb } from "./memoryIndexedDb";
import { DRAFT_MAX_AGE_MS, indexedDbPhotoDrafts } from "./photoDrafts";
import type { ListingPhoto } from "./photos";

const photo = (id: string, bytes: number[], published?: ListingPhoto["published"]): ListingPhoto => ({
  id,
  name: `${id}.png`,
  type: "image/png",
  bytes: Uint8Array.from(bytes),
  ...(published ? { published } : {}),
});

describe("indexedDbPhotoDrafts", () => {
  it("keeps the photos, in order and with their bytes, for a later page (a new store on the same database)", async () => {
    const { factory, opens } = memoryIndexedDb();
    const photos = [photo("b", [2, 2]), photo("a", [1], { path: "photo-1.png", alt: "Front" })];
    await indexedDbPhotoDrafts(factory).save("draft-1", photos);

    const reloaded = indexedDbPhotoDrafts(factory);
    const read = await reloaded.load("draft-1");
    expect(read).toEqual(photos);
    expect(read![0]!.bytes).toBeInstanceOf(Uint8Array);
    expect(await reloaded.load("draft-2")).toBeUndefined();
    expect(opens).toEqual(["agora-drafts", "agora-drafts"]);
  });

  it("forgets a draft when cleared, when saved empty, and when older than a week", async () => {
    const { factory } = memoryIndexedDb();
    let now = 1_000;
    const store = indexedDbPhotoDrafts(factory, () => now);
    await store.save("a", [photo("x", [1])]);
    await store.clear("a");
    expect(await store.load("a")).toBeUndefined();

    await store.save("b", [photo("y", [1])]);
    await store.save("b", []);
    expect(await store.load("b")).toBeUndefined();

    await store.save("c", [photo("z", [1])]);
    now += DRAFT_MAX_AGE_MS - 1;
    expect(await store.load("c")).toHaveLength(1);
    now += 2;
    expect(await store.load("c")).toBeUndefined();
    now = 0;
    expect(await store.load("c")).toBeUndefined();
  });

  it("drops entries that are not photos", async () => {
    const { factory, databases } = memoryIndexedDb();
    const store = indexedDbPhotoDrafts(factory, () => 5);
    await store.save("d", [photo("ok", [1])]);
    const saved = databases.get("agora-drafts")!.get("listing-photos")!;
    const draft = saved.get("d") as { photos: unknown[] };
    draft.photos.push({ id: "bad", name: "x", type: "image/gif", bytes: new Uint8Array(1) }, { id: 3 });
    expect((await store.load("d"))!.map((p) => p.id)).toEqual(["ok"]);
  });

  it("keeps nothing, and fails nothing, without IndexedDB", async () => {
    const store = indexedDbPhotoDrafts(undefined);
    await store.save("a", [photo("x", [1])]);
    expect(await store.load("a")).toBeUndefined();
  });
});
