import { isCategory } from "../../browse/hooks/useCatalog";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice, shortHex } from "../../browse/components/ListingCard";
import { useFormat, type Format } from "../../../lib/i18n/format";
import type { ListingPage } from "../hooks/useListing";

type TFn = ReturnType<typeof useTranslation>["t"];

/** "Ships within 3 days" from a shipping window in seconds (whole days when ≥ 1 day, else hours). */
export function shippingWindowText(t: TFn, seconds: string) {
  const value = Number(seconds);
  if (!Number.isFinite(value) || value <= 0) return t("listing.shipsNoWindow");
  if (value >= 86_400) return t("listing.shipsDays", { count: Math.ceil(value / 86_400) });
  return t("listing.shipsHours", { count: Math.ceil(value / 3_600) });
}

function conditionLabel(t: TFn, value: string) {
  const known = t("listing.conditions", { returnObjects: true }) as Record<string, string>;
  return known[value] ?? value;
}

function kindLabel(t: TFn, value: string) {
  const known = t("listing.kinds", { returnObjects: true }) as Record<string, string>;
  return known[value] ?? value;
}

function ratingText(format: Format, average: string) {
  return Number(average).toLocaleString(format.locale, { maximumFractionDigits: 1 });
}

function SellerCard({ seller }: { seller: ListingPage["seller"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = seller.profile[0]?.name?.trim() || shortHex(seller.id);
  return (
    <section className="listing-seller card" aria-labelledby="listing-seller-heading" data-testid="listing-seller-card">
      <h2 id="listing-seller-heading" className="listing-seller__label">
        {t("listing.seller.heading")}
      </h2>
      <p className="listing-seller__name" data-testid="listing-seller-name">
        {name}
      </p>
      <p className="listing-page__meta">
        {seller.ratingCount > 0
          ? t("listing.seller.rating", {
              rating: ratingText(format, seller.ratingAverage),
              count: seller.ratingCount,
              ratings: format.integer(seller.ratingCount),
            })
          : t("listing.seller.noRating")}
      </p>
      <p className="listing-page__meta">
        {t("listing.seller.sales", {
          count: seller.completedSalesCount,
        })}
      </p>
      <Link to={`/seller/${seller.id}`}>{t("listing.seller.link")}</Link>
    </section>
  );
}

function Reviews({ reviews }: { reviews: ListingPage["reviews"] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="listing-reviews" aria-labelledby="listing-reviews-heading" data-testid="listing-reviews">
      <h2 id="listing-reviews-heading">{t("listing.reviews.heading")}</h2>
      {reviews.length === 0 ? (
        <p className="listing-page__meta">{t("listing.reviews.none")}</p>
      ) : (
        <ul className="listing-reviews__list">
          {reviews.map((review) => {
            const content = review.content?.valid ? review.content : null;
            const reply = review.reply?.content?.valid ? review.reply.content.text?.trim() : undefined;
            return (
              <li key={review.id} className="listing-review" data-testid="listing-review">
                <p
                  className="listing-review__rating"
                  aria-label={t("listing.reviews.rating", { rating: review.rating })}
                >
                  {"★".repeat(review.rating)}
                  <span className="listing-review__stars-off">{"★".repeat(Math.max(0, 5 - review.rating))}</span>
                </p>
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
      )}
    </section>
  );
}

/** The loaded listing page: text from the subgraph (photos come with the content layer later). */
export function ListingView({ listing }: { listing: ListingPage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const metadata = listing.current[0];
  const name = metadata?.name?.trim();
  const description = metadata?.description?.trim();
  const stock = BigInt(listing.stock);
  const closed = listing.status === "Closed";
  const soldOut = stock === 0n;
  const latest = listing.latestMetadata;
  const editPending = latest === null;
  const editRejected = latest !== null && !latest.valid;
  const category = metadata?.category ?? undefined;

  return (
    <article className="listing-page" data-testid="listing-page" data-listing-id={listing.id}>
      {/* Photo: a fixed aspect-ratio box (no layout shift). The verified IPFS gallery (content
          layer, blob: URLs, keyboard and swipe) fills it in a later session. */}
      <div className="listing-page__photo card__photo" aria-hidden />
      <div className="listing-page__main">
        <h1 className="listing-page__title" data-testid="listing-title">
          {name ? (
            name
          ) : (
            <span className="listing-card__unreadable">{t("listing.unreadable", { id: listing.id })}</span>
          )}
        </h1>
        {editPending && (
          <p className="notice" role="note" data-testid="listing-edit-pending">
            {t("listing.editPending")}
          </p>
        )}
        {editRejected && (
          <p className="notice" role="note" data-testid="listing-edit-rejected">
            {t("listing.editRejected")}
          </p>
        )}
        <p className="listing-page__price" data-testid="listing-price">
          {formatPrice(format, listing.price, listing.token)}
        </p>
        {closed ? (
          <p className="notice notice--muted" data-testid="listing-closed">
            {t("listing.closed")}
          </p>
        ) : (
          <p className="listing-page__stock" data-testid="listing-stock">
            {soldOut ? (
              <strong className="listing-page__sold-out">{t("listing.soldOut")}</strong>
            ) : (
              t("listing.stock", { count: format.integer(stock) })
            )}
          </p>
        )}
        <div className="listing-page__actions">
          <button type="button" className="button button--primary" disabled title={t("listing.availableSoon")}>
            {t("listing.buy")}
          </button>
          <button type="button" className="button" disabled title={t("listing.availableSoon")}>
            {t("listing.addToCart")}
          </button>
          <span className="listing-page__meta">{t("listing.availableSoon")}</span>
        </div>
        <p className="listing-page__meta" data-testid="listing-shipping">
          {shippingWindowText(t, listing.shippingWindow)}
        </p>
        <p className="listing-page__meta" data-testid="listing-arbiter">
          {t("listing.arbiter", {
            arbiter: shortHex(listing.arbiter.id),
            fee: format.percent(listing.arbiter.feeBps / 10_000),
          })}
          {!listing.arbiter.approved && ` ${t("listing.arbiterNotApproved")}`}
        </p>
        {metadata && (
          <dl className="listing-page__attributes" aria-label={t("listing.attributes")}>
            {category && (
              <div>
                <dt>{t("listing.category")}</dt>
                <dd>{isCategory(category) ? t(`categories.${category}`) : category}</dd>
              </div>
            )}
            {metadata.condition && (
              <div>
                <dt>{t("listing.condition")}</dt>
                <dd>{conditionLabel(t, metadata.condition)}</dd>
              </div>
            )}
            {metadata.kind && (
              <div>
                <dt>{t("listing.kind")}</dt>
                <dd>{kindLabel(t, metadata.kind)}</dd>
              </div>
            )}
          </dl>
        )}
      </div>
      <SellerCard seller={listing.seller} />
      <section className="listing-page__description" data-testid="listing-description">
        <p>{description || t("listing.noDescription")}</p>
      </section>
      <Reviews reviews={listing.reviews} />
    </article>
  );
}
