import { useCallback, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_PHOTO_BYTES, MAX_PHOTOS, photoExtension } from "../forms";

/** A chosen photo and its preview (an object URL, revoked when the photo is removed or the form goes). */
export interface PickedPhoto {
  file: File;
  url: string;
}

const previewOf = (file: File) => (typeof URL.createObjectURL === "function" ? URL.createObjectURL(file) : "");
const revoke = (photo: PickedPhoto) => {
  if (photo.url) URL.revokeObjectURL(photo.url);
};

/** The photos of a form, kept while the form is mounted (a failed transaction keeps them too). */
export function usePickedPhotos() {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const latest = useRef(photos);
  useEffect(() => {
    latest.current = photos;
  }, [photos]);
  useEffect(() => () => latest.current.forEach(revoke), []);
  const add = useCallback(
    (files: readonly File[]) =>
      setPhotos((current) => [...current, ...files.map((file) => ({ file, url: previewOf(file) }))]),
    [],
  );
  const remove = useCallback(
    (index: number) =>
      setPhotos((current) => {
        const removed = current[index];
        if (removed) revoke(removed);
        return current.filter((_, position) => position !== index);
      }),
    [],
  );
  const clear = useCallback(
    () =>
      setPhotos((current) => {
        current.forEach(revoke);
        return [];
      }),
    [],
  );
  return { photos, add, remove, clear };
}

/** Why some of the chosen files were not taken (not an image, too big, too many). */
export function checkPhotos(
  chosen: readonly File[],
  already: number,
): { accepted: File[]; problems: ({ kind: "notAnImage" | "tooBig"; name: string } | { kind: "tooMany" })[] } {
  const accepted: File[] = [];
  const problems: ({ kind: "notAnImage" | "tooBig"; name: string } | { kind: "tooMany" })[] = [];
  for (const file of chosen) {
    if (!photoExtension(file) || (file.type !== "" && !file.type.startsWith("image/"))) {
      problems.push({ kind: "notAnImage", name: file.name });
    } else if (file.size > MAX_PHOTO_BYTES) {
      problems.push({ kind: "tooBig", name: file.name });
    } else if (already + accepted.length >= MAX_PHOTOS) {
      problems.push({ kind: "tooMany" });
      break;
    } else accepted.push(file);
  }
  return { accepted, problems };
}

/** Optional photos for a statement or review: chosen, previewed, removable; at most MAX_PHOTOS. */
export function PhotoPicker({
  photos,
  onAdd,
  onRemove,
  disabled,
}: {
  photos: readonly PickedPhoto[];
  onAdd: (files: File[]) => void;
  onRemove: (index: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation("orders");
  const hintId = useId();
  const [problems, setProblems] = useState<string[]>([]);
  const choose = (files: FileList | null) => {
    const { accepted, problems: found } = checkPhotos(Array.from(files ?? []), photos.length);
    setProblems(
      found.map((problem) =>
        problem.kind === "tooMany"
          ? t("forms.errors.tooManyPhotos", { count: MAX_PHOTOS })
          : problem.kind === "tooBig"
            ? t("forms.errors.tooBig", { name: problem.name, size: MAX_PHOTO_BYTES / 1024 / 1024 })
            : t("forms.errors.notAnImage", { name: problem.name }),
      ),
    );
    if (accepted.length > 0) onAdd(accepted);
  };
  return (
    <fieldset className="photo-picker" aria-describedby={hintId}>
      <legend>{t("forms.photos", { count: MAX_PHOTOS })}</legend>
      <p id={hintId} className="form-field__hint">
        {t("forms.photosHint")}
      </p>
      {photos.length > 0 && (
        <ul className="photo-picker__list">
          {photos.map((photo, index) => (
            <li
              key={photo.url || `${photo.file.name}-${index}`}
              className="photo-picker__item"
              data-testid="picked-photo"
            >
              {photo.url && <img src={photo.url} alt={t("forms.photoAlt", { index: index + 1 })} />}
              <button
                type="button"
                className="photo-picker__remove"
                onClick={() => onRemove(index)}
                disabled={disabled}
                aria-label={t("forms.removePhoto", { index: index + 1 })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {photos.length < MAX_PHOTOS && (
        <label className="button photo-picker__add">
          {t("forms.addPhotos")}
          <input
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            multiple
            className="visually-hidden"
            disabled={disabled}
            data-testid="photo-input"
            onChange={(event) => {
              choose(event.currentTarget.files);
              event.currentTarget.value = "";
            }}
          />
        </label>
      )}
      {problems.length > 0 && (
        <ul className="form-field__error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
