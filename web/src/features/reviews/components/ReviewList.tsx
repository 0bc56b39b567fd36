import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../lib/i18n/format";

/** What a review list shows: the fields the listing and seller queries both select. */
export interface ReviewItem {
  id: string;
  rating: number;
  timestamp: string;
  content?: { valid: boolean; title?: string | null; body?: string | null } | null;
  reply?: { content?: { valid: boolean; text?: string | null } | null } | null;
  /** The reviewed listing, shown on a seller's page. */
  listing?: { id: string; current: { name?: string | null }[] };
}

/** Reviews newest first: stars, title, text (or "unavailable"), date, the seller's reply. */
export function ReviewList({ reviews, headingId }: { reviews: ReviewItem[]; headingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (reviews.length === 0) return <p className="listing-page__meta">{t("listing.reviews.none")}</p>;
  return (
    <ul className="listing-reviews__list" aria-labelledby={headingId}>
      {reviews.map((review) => {
        const content = review.content?.valid ? review.content : null;
        const reply = review.reply?.content?.valid ? review.reply.content.text?.trim() : undefined;
        const listingName = review.listing?.current[0]?.name?.trim();
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
            <p className="listing-page__meta">
              <time dateTime={new Date(Number(review.timestamp) * 1000).toISOString()}>
                {format.date(Number(review.timestamp) * 1000)}
              </time>
            </p>
            {reply && (
              <div className="listing-review__reply" data-testid="listing-review-reply">
                <p className="listing-review__reply-label">{t("listing.reviews.reply")}</p>
                <p className="listing-review__body">{reply}</p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
