import { useId, useMemo, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../../lib/i18n/format";
import { photoPreview, useReleasedPreviews } from "../hooks/useListingPhotos";
import {
  movePhoto,
  PHOTO_MAX_BYTES,
  PHOTOS_MAX,
  PHOTOS_TOTAL_MAX_BYTES,
  takePhotos,
  type ListingPhoto,
  type PhotoProblem,
} from "../photos";

/** The drag of a photo inside the list (reordering), told apart from files dragged in. */
const PHOTO_DRAG = "application/x-agora-photo";

/** "4.2 MB" (or "850 kB" under a megabyte) in the page's language. */
export function useByteSize() {
  const { locale } = useFormat();
  return useMemo(() => {
    const megabytes = new Intl.NumberFormat(locale, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
    const kilobytes = new Intl.NumberFormat(locale, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 });
    return (bytes: number) =>
      bytes < 1024 * 1024 ? kilobytes.format(Math.max(1, bytes / 1024)) : megabytes.format(bytes / (1024 * 1024));
  }, [locale]);
}

export interface PhotoFieldProps {
  photos: readonly ListingPhoto[];
  /** "restoring" while the draft's photos are read back. */
  status: "restoring" | "ready";
  onChange: (update: (current: readonly ListingPhoto[]) => readonly ListingPhoto[]) => void;
  /** The form's message for the field (no photo at publish time). */
  error?: string;
  disabled?: boolean;
}

/**
 * The listing's photos: dropped on the field or chosen with the file picker, checked here (type by
 * their bytes, size, count, total) with a message per refused file before anything is uploaded,
 * shown as previews in order (the first is the cover), reordered by dragging or with the move
 * buttons, removable.
 */
export function PhotoField({ photos, status, onChange, error, disabled }: PhotoFieldProps) {
  const { t } = useTranslation("sell");
  const id = useId();
  const megabytes = useByteSize();
  useReleasedPreviews(photos);
  const [problems, setProblems] = useState<PhotoProblem[]>([]);
  const [dropping, setDropping] = useState(false);
  const [dragged, setDragged] = useState<number>();
  const [announcement, setAnnouncement] = useState("");

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    const { taken, problems: found } = await takePhotos(files, photos);
    setProblems(found);
    if (taken.length > 0) onChange((current) => [...current, ...taken]);
  };

  const move = (from: number, to: number) => {
    onChange((current) => movePhoto(current, from, to));
    setAnnouncement(t("listing.photos.moved", { index: to + 1, count: photos.length }));
  };

  const remove = (index: number) => {
    onChange((current) => current.filter((_, position) => position !== index));
    setAnnouncement(t("listing.photos.removed"));
  };

  const problemText = (problem: PhotoProblem) => {
    switch (problem.kind) {
      case "type":
        return t("listing.errors.photoType", { name: problem.name });
      case "unreadable":
        return t("listing.errors.photoUnreadable", { name: problem.name });
      case "size":
        return t("listing.errors.photoSize", {
          name: problem.name,
          size: megabytes(problem.size),
          max: megabytes(PHOTO_MAX_BYTES),
        });
      case "count":
        return t("listing.errors.photoCount", { max: PHOTOS_MAX });
      case "total":
        return t("listing.errors.photoTotal", {
          size: megabytes(problem.size),
          max: megabytes(PHOTOS_TOTAL_MAX_BYTES),
        });
    }
  };

  const isFileDrag = (event: DragEvent) => Array.from(event.dataTransfer.types).includes("Files");
  const onZoneDragOver = (event: DragEvent) => {
    if (disabled || !isFileDrag(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDropping(true);
  };
  const onZoneDrop = (event: DragEvent) => {
    setDropping(false);
    if (disabled || !isFileDrag(event)) return;
    event.preventDefault();
    void add(Array.from(event.dataTransfer.files));
  };

  const messages = [...problems.map(problemText), ...(error ? [error] : [])];
  const full = photos.length >= PHOTOS_MAX;

  return (
    <fieldset
      className="listing-photos"
      aria-describedby={messages.length > 0 ? `${id}-hint ${id}-errors` : `${id}-hint`}
      data-testid="listing-photos"
    >
      <legend className="visually-hidden">{t("listing.sections.photos")}</legend>
      <div
        className="listing-photos__zone"
        data-dropping={dropping || undefined}
        data-invalid={error ? true : undefined}
        onDragOver={onZoneDragOver}
        onDragEnter={onZoneDragOver}
        onDragLeave={() => setDropping(false)}
        onDrop={onZoneDrop}
        data-testid="photo-drop-zone"
      >
        <p className="listing-photos__prompt">
          {dropping ? (
            t("listing.photos.dropActive")
          ) : (
            <>
              {t("listing.photos.drop")}{" "}
              <label className="listing-photos__choose">
                {t("listing.photos.choose")}
                <input
                  type="file"
                  multiple
                  accept="image/jpeg,image/png,image/webp"
                  className="visually-hidden"
                  disabled={disabled || full}
                  data-testid="photo-input"
                  onChange={(event) => {
                    const files = Array.from(event.currentTarget.files ?? []);
                    event.currentTarget.value = "";
                    void add(files);
                  }}
                />
              </label>
            </>
          )}
        </p>
        <p id={`${id}-hint`} className="form-field__hint">
          {t("listing.photos.hint", { size: megabytes(PHOTO_MAX_BYTES), count: PHOTOS_MAX })}
        </p>
      </div>

      {status === "restoring" ? (
        <p className="form-field__hint" role="status">
          {t("listing.photos.restoring")}
        </p>
      ) : (
        photos.length > 0 && (
          <>
            <p className="form-field__hint" data-testid="photo-count">
              {t("listing.photos.count", { count: photos.length, max: PHOTOS_MAX })}
            </p>
            <ol className="listing-photos__list">
              {photos.map((photo, index) => (
                <li
                  key={photo.id}
                  className="listing-photo"
                  data-testid="listing-photo"
                  data-name={photo.name}
                  data-dragged={dragged === index || undefined}
                  draggable={!disabled}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(PHOTO_DRAG, String(index));
                    event.dataTransfer.effectAllowed = "move";
                    setDragged(index);
                  }}
                  onDragEnd={() => setDragged(undefined)}
                  onDragOver={(event) => {
                    if (Array.from(event.dataTransfer.types).includes(PHOTO_DRAG)) event.preventDefault();
                  }}
                  onDrop={(event) => {
                    const from = Number(event.dataTransfer.getData(PHOTO_DRAG));
                    if (!Array.from(event.dataTransfer.types).includes(PHOTO_DRAG) || Number.isNaN(from)) return;
                    event.preventDefault();
                    event.stopPropagation();
                    setDragged(undefined);
                    move(from, index);
                  }}
                >
                  <img
                    className="listing-photo__image"
                    src={photoPreview(photo) || undefined}
                    alt={t("listing.photos.alt", { index: index + 1, name: photo.name })}
                    draggable={false}
                  />
                  {index === 0 && <span className="listing-photo__cover">{t("listing.photos.cover")}</span>}
                  <div className="listing-photo__actions">
                    <button
                      type="button"
                      className="icon-button listing-photo__button"
                      aria-label={t("listing.photos.moveEarlier", { index: index + 1 })}
                      disabled={disabled || index === 0}
                      onClick={() => move(index, index - 1)}
                    >
                      ←
                    </button>
                    <button
                      type="button"
                      className="icon-button listing-photo__button"
                      aria-label={t("listing.photos.moveLater", { index: index + 1 })}
                      disabled={disabled || index === photos.length - 1}
                      onClick={() => move(index, index + 1)}
                    >
                      →
                    </button>
                    <button
                      type="button"
                      className="icon-button listing-photo__button listing-photo__remove"
                      aria-label={t("listing.photos.remove", { index: index + 1 })}
                      disabled={disabled}
                      onClick={() => remove(index)}
                    >
                      ×
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          </>
        )
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {messages.length > 0 && (
        <ul
          id={`${id}-errors`}
          className="form-field__error listing-photos__errors"
          role="alert"
          data-testid="photo-errors"
        >
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
