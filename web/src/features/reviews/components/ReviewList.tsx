import "../reviews.css";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";

/** What a review list shows: the fields the listing, seller, order and sales queries select. */
export interface ReviewItem {
  id: string;
  rating: number;
  timestamp: string;
  content?: {
    valid: boolean;
    title?: string | null;
    body?: string | null;
    /** The review directory: photo paths are relative to it. */
    cid?: string;
    images?: string[] | null;
    imageAlts?: string[] | null;
  } | null;
  reply?: { timestamp?: string; content?: { valid: boolean; text?: string | null } | null } | null;
  /** The reviewed listing, shown on a seller's page. */
  listing?: { id: string; current: { name?: string | null }[] };
}

/** The review's photos as IpfsImage addresses (`<review cid>/<path>`) with their alt texts. */
export function reviewPhotos(content: ReviewItem["content"]): { address: string; alt: string | undefined }[] {
  if (!content?.valid || !content.cid) return [];
  const cid = content.cid;
  return (content.images ?? []).map((path, index) => ({
    address: `${cid}/${path}`,
    alt: content.imageAlts?.[index]?.trim() || undefined,
  }));
}

const dateTime = (seconds: string) => new Date(Number(seconds) * 1000).toISOString();

/**
 * Reviews newest first: stars, title, text (or "unavailable"), the buyer's photos (read from IPFS
 * and verified against the review's CID), date, and the seller's reply under it.
 */
export function ReviewList({ reviews, headingId }: { reviews: ReviewItem[]; headingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reviews.length === 0) return <p className="listing-page__meta">{t("listing.reviews.none")}</p>;
  return (
    <ul className="listing-reviews__list" aria-labelledby={headingId}>
      {reviews.map((review) => {
        const content = review.content?.valid ? review.content : null;
        const photos = reviewPhotos(review.content);
        const reply = review.reply?.content?.valid ? review.reply.content.text?.trim() : undefined;
        const listingName = review.listing?.current[0]?.name?.trim();
        const reviewed = format.date(Number(review.timestamp) * 1000);
        // The reply's date only when it is another day's: the same date twice says nothing.
        const repliedAt = review.reply?.timestamp;
        const replied = repliedAt ? format.date(Number(repliedAt) * 1000) : undefined;
        return (
          <li key={review.id} className="listing-review" data-testid="listing-review">
            <p className="listing-review__rating" aria-label={t("listing.reviews.rating", { rating: review.rating })}>
              {"★".repeat(review.rating)}
              <span className="listing-review__stars-off">{"★".repeat(Math.max(0, 5 - review.rating))}</span>
            </p>
            {review.listing && (
              <p className="listing-page__meta">
                <Link to={`/listing/${review.listing.id}`}>{listingName || t("listing.reviews.aListing")}</Link>
              </p>
            )}
            {content ? (
              <>
                {content.title?.trim() && <h3 className="listing-review__title">{content.title.trim()}</h3>}
                {content.body?.trim() && <p className="listing-review__body">{content.body.trim()}</p>}
              </>
            ) : (
              <p className="listing-page__meta listing-page__unavailable">{t("listing.reviews.unavailable")}</p>
            )}
            {photos.length > 0 && (
              <ul
                className="listing-review__photos"
                aria-label={t("listing.reviews.photos")}
                data-testid="review-photos"
              >
                {photos.map((photo, index) => (
                  <li key={photo.address}>
                    <IpfsImage
                      className="listing-review__photo"
                      address={photo.address}
                      alt={photo.alt ?? t("listing.reviews.photo", { index: index + 1 })}
                    />
                  </li>
                ))}
              </ul>
            )}
            <p className="listing-page__meta">
              <time dateTime={dateTime(review.timestamp)}>{reviewed}</time>
            </p>
            {reply && (
              <div className="listing-review__reply" data-testid="listing-review-reply">
                <p className="listing-review__reply-label">
                  {t("listing.reviews.reply")}
                  {repliedAt && replied !== reviewed && (
                    <>
                      {" · "}
                      <time dateTime={dateTime(repliedAt)}>{replied}</time>
                    </>
                  )}
                </p>
                <p className="listing-review__body">{reply}</p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
