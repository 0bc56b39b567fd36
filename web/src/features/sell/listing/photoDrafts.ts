// The listing form's photos kept through reloads and failed transactions: sessionStorage holds the
// typed fields (lib/forms/formDraft) but not megabytes of images, so the photos' bytes, in order,
// go to IndexedDB under the same draft key, and are removed with the draft when the write succeeds.
// Drafts older than DRAFT_MAX_AGE_MS are dropped when read. Without IndexedDB (private modes of
// some browsers) photos live only while the page is open.
import { photoTypes, type ListingPhoto } from "./photos";

const DATABASE = "agora-drafts";
const STORE = "listing-photos";
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

interface StoredDraft {
  savedAt: number;
  photos: ListingPhoto[];
}

export interface PhotoDraftStore {
  /** The photos saved under `key`, or undefined when there are none (or they are too old). */
  load(key: string): Promise<ListingPhoto[] | undefined>;
  save(key: string, photos: readonly ListingPhoto[]): Promise<void>;
  clear(key: string): Promise<void>;
}

const settle = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

/** A stored photo, its bytes as a Uint8Array of this page (by shape, not instanceof: clones may come from another realm). */
function photoOf(value: unknown): ListingPhoto | undefined {
  const photo = value as ListingPhoto;
  const bytes = photo?.bytes as unknown;
  if (typeof photo?.id !== "string" || typeof photo.name !== "string" || !Object.hasOwn(photoTypes, photo.type)) {
    return undefined;
  }
  if (!ArrayBuffer.isView(bytes) || Object.prototype.toString.call(bytes) !== "[object Uint8Array]") return undefined;
  return { ...photo, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** The store over `factory` (the browser's indexedDB); a store that keeps nothing when there is none. */
export function indexedDbPhotoDrafts(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  now: () => number = Date.now,
): PhotoDraftStore {
  if (!factory) {
    return { load: async () => undefined, save: async () => {}, clear: async () => {} };
  }
  let opened: Promise<IDBDatabase> | undefined;
  const database = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DATABASE, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => {
        opened = undefined;
        reject(request.error ?? new Error("IndexedDB could not be opened"));
      };
    }));
  const run = async <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>) => {
    const transaction = (await database()).transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onabort = transaction.onerror = () =>
        reject(transaction.error ?? new Error("IndexedDB transaction failed"));
    });
    const [result] = await Promise.all([settle(action(transaction.objectStore(STORE))), done]);
    return result;
  };
  return {
    async load(key) {
      const stored = (await run("readonly", (store) => store.get(key))) as StoredDraft | undefined;
      if (!stored || !Array.isArray(stored.photos)) return undefined;
      if (now() - stored.savedAt > DRAFT_MAX_AGE_MS) {
        await run("readwrite", (store) => store.delete(key));
        return undefined;
      }
      const photos = stored.photos.flatMap((value) => photoOf(value) ?? []);
      return photos.length > 0 ? photos : undefined;
    },
    async save(key, photos) {
      if (photos.length === 0) {
        await run("readwrite", (store) => store.delete(key));
        return;
      }
      const draft: StoredDraft = { savedAt: now(), photos: photos.map((photo) => ({ ...photo })) };
      await run("readwrite", (store) => store.put(draft, key));
    },
    async clear(key) {
      await run("readwrite", (store) => store.delete(key));
    },
  };
}
