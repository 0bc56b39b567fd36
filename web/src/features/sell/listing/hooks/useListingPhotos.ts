// The editor's photos: restored from the draft in IndexedDB when there is one (else `initial`: none
// for a new listing, the published ones when editing), saved there after each change the seller
// makes, with a preview URL per photo made once and revoked when the photo goes or the form does.
import { useCallback, useEffect, useRef, useState } from "react";
import { indexedDbPhotoDrafts, type PhotoDraftStore } from "../photoDrafts";
import type { ListingPhoto } from "../photos";

let browserDrafts: PhotoDraftStore | undefined;
/** The browser's IndexedDB drafts, opened on first use. */
export const defaultPhotoDrafts = () => (browserDrafts ??= indexedDbPhotoDrafts());

export type PhotosStatus = "restoring" | "ready";

export function useListingPhotos(draftKey: string, initial: readonly ListingPhoto[], store: PhotoDraftStore) {
  const [photos, setPhotos] = useState<readonly ListingPhoto[]>(initial);
  const [status, setStatus] = useState<PhotosStatus>("restoring");
  const changed = useRef(false);

  useEffect(() => {
    let live = true;
    store.load(draftKey).then(
      (saved) => {
        if (!live) return;
        if (saved && !changed.current) setPhotos(saved);
        setStatus("ready");
      },
      () => live && setStatus("ready"),
    );
    return () => {
      live = false;
    };
  }, [draftKey, store]);

  useEffect(() => {
    // Only what the seller changed is a draft: the published photos are on IPFS already.
    if (!changed.current) return;
    store.save(draftKey, photos).catch(() => {
      // Storage full or unavailable: the photos stay in the page while it is open.
    });
  }, [draftKey, photos, store]);

  const change = useCallback((update: (current: readonly ListingPhoto[]) => readonly ListingPhoto[]) => {
    changed.current = true;
    setPhotos(update);
  }, []);

  /** Forgets the draft (after a successful write): the form's next photos are what was published. */
  const forget = useCallback(() => {
    changed.current = false;
    return store.clear(draftKey).catch(() => {});
  }, [draftKey, store]);

  return { photos, status, change, forget };
}

/** Preview URLs by the photo's bytes (each photo's bytes are its own array), made on first render. */
const previews = new WeakMap<Uint8Array, string>();

/** The photo's preview (a blob: URL), made once; "" where the browser cannot make one. */
export function photoPreview(photo: ListingPhoto): string {
  let url = previews.get(photo.bytes);
  if (url === undefined && typeof URL.createObjectURL === "function") {
    url = URL.createObjectURL(new Blob([photo.bytes as Uint8Array<ArrayBuffer>], { type: photo.type }));
    previews.set(photo.bytes, url);
  }
  return url ?? "";
}

function releasePreview(photo: ListingPhoto) {
  const url = previews.get(photo.bytes);
  if (url) URL.revokeObjectURL(url);
  previews.delete(photo.bytes);
}

/** Revokes the previews of photos no longer shown, and all of them when the form goes. */
export function useReleasedPreviews(photos: readonly ListingPhoto[]) {
  const shown = useRef<readonly ListingPhoto[]>([]);
  useEffect(() => {
    const kept = new Set(photos.map((photo) => photo.bytes));
    for (const photo of shown.current) if (!kept.has(photo.bytes)) releasePreview(photo);
    shown.current = photos;
  }, [photos]);
  useEffect(
    () => () => {
      shown.current.forEach(releasePreview);
      shown.current = [];
    },
    [],
  );
}
