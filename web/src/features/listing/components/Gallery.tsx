import { useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { IpfsImage } from "../../../lib/content/IpfsImage";

export interface GalleryPhoto {
  /** `<root cid>/<path>`. */
  address: string;
  alt: string;
}

/** How far a finger must travel sideways to count as a swipe, in CSS pixels. */
const SWIPE_PX = 40;

/**
 * The listing's photos: one large verified photo with previous/next, thumbnails, the arrow keys
 * (Home/End too) when focused, and swipes on touch screens.
 */
export function Gallery({ photos }: { photos: GalleryPhoto[] }) {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const swipeStart = useRef<number | null>(null);
  const count = photos.length;
  const current = photos[Math.min(index, count - 1)];
  const show = (next: number) => setIndex(((next % count) + count) % count);

  if (!current) {
    return <IpfsImage className="gallery__stage" address={undefined} alt="" />;
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: count - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    show(moves[event.key]!);
  };
  const onPointerDown = (event: PointerEvent) => {
    if (event.pointerType !== "mouse") swipeStart.current = event.clientX;
  };
  const onPointerUp = (event: PointerEvent) => {
    const start = swipeStart.current;
    swipeStart.current = null;
    if (start === null) return;
    const dx = event.clientX - start;
    if (Math.abs(dx) >= SWIPE_PX) show(dx < 0 ? index + 1 : index - 1);
  };

  return (
    <section
      className="gallery"
      aria-roledescription="carousel"
      aria-label={t("content.gallery.label")}
      data-testid="gallery"
    >
      <div
        className="gallery__viewport"
        tabIndex={count > 1 ? 0 : undefined}
        onKeyDown={count > 1 ? onKeyDown : undefined}
        onPointerDown={onPointerDown}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (swipeStart.current = null)}
        aria-label={count > 1 ? t("content.gallery.position", { index: index + 1, count }) : undefined}
        data-testid="gallery-viewport"
      >
        <IpfsImage key={current.address} className="gallery__stage" address={current.address} alt={current.alt} />
        {count > 1 && (
          <>
            <button
              type="button"
              className="gallery__nav gallery__nav--previous"
              onClick={() => show(index - 1)}
              aria-label={t("content.gallery.previous")}
            >
              ‹
            </button>
            <button
              type="button"
              className="gallery__nav gallery__nav--next"
              onClick={() => show(index + 1)}
              aria-label={t("content.gallery.next")}
            >
              ›
            </button>
          </>
        )}
      </div>
      {count > 1 && (
        <>
          <p className="visually-hidden" aria-live="polite" data-testid="gallery-position">
            {t("content.gallery.position", { index: index + 1, count })}
          </p>
          <ol className="gallery__thumbs">
            {photos.map((photo, i) => (
              <li key={photo.address}>
                <button
                  type="button"
                  className="gallery__thumb"
                  aria-label={t("content.gallery.show", { index: i + 1 })}
                  aria-current={i === index ? "true" : undefined}
                  onClick={() => show(i)}
                >
                  <IpfsImage className="gallery__thumb-image" address={photo.address} alt="" />
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
