import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { Pagination } from "../../../lib/ui/Pagination";
import { ListingCard } from "../../browse/components/ListingCard";
import { ReviewList } from "../../reviews/components/ReviewList";
import { SellerAvatar } from "./SellerAvatar";
import { SELLER_PAGE_SIZE, type SellerPage } from "../hooks/useSeller";
import { shortHex } from "../../../lib/chain/display";

/** The display name: the profile's, else the shortened address. */
export const sellerName = (seller: SellerPage) => seller.profile[0]?.name?.trim() || shortHex(seller.id);

/** A seller's page: profile (name, avatar, bio), figures, listings and the reviews they received. */
export function SellerView({
  seller,
  page,
  pageLink,
}: {
  seller: SellerPage;
  page: number;
  pageLink: (page: number) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const profile = seller.profile[0];
  const name = sellerName(seller);
  const since = seller.firstListing[0]?.createdAt;
  const bio = profile?.bio?.trim();
  return (
    <article className="seller-page" data-testid="seller-page" data-seller={seller.id}>
      <header className="seller-page__profile card">
        <SellerAvatar profile={profile} name={name} large />
        <div className="seller-page__identity">
          <h1 className="seller-page__name" data-testid="seller-name">
            {name}
          </h1>
          <p className="listing-page__meta">
            <code className="address">{seller.id}</code>
          </p>
          <p className="seller-page__figures" data-testid="seller-figures">
            <span>
              {seller.ratingCount > 0
                ? t("seller.rating", {
                    rating: Number(seller.ratingAverage).toLocaleString(format.locale, { maximumFractionDigits: 1 }),
                    count: seller.ratingCount,
                    ratings: format.integer(seller.ratingCount),
                  })
                : t("seller.noRating")}
            </span>
            <span>{t("seller.sales", { count: seller.completedSalesCount })}</span>
            {since && <span>{t("seller.since", { date: format.date(Number(since) * 1000) })}</span>}
          </p>
          {bio ? (
            <p className="seller-page__bio" data-testid="seller-bio">
              {bio}
            </p>
          ) : (
            !profile && <p className="listing-page__meta">{t("seller.noProfile")}</p>
          )}
        </div>
      </header>

      <section aria-labelledby="seller-listings-heading" className="seller-page__listings">
        <h2 id="seller-listings-heading">{t("seller.listings")}</h2>
        {seller.listings.length === 0 && page <= 1 ? (
          <p className="listing-page__meta" data-testid="seller-no-listings">
            {t("seller.noListings")}
          </p>
        ) : (
          <ul className="card-grid" data-testid="catalog-results">
            {seller.listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} showSeller={false} />
            ))}
          </ul>
        )}
        <Pagination page={page} hasMore={seller.listings.length === SELLER_PAGE_SIZE} link={pageLink} />
      </section>

      <section className="listing-reviews" aria-labelledby="seller-reviews-heading" data-testid="seller-reviews">
        <h2 id="seller-reviews-heading">{t("seller.reviews")}</h2>
        <ReviewList reviews={seller.reviewsReceived} headingId="seller-reviews-heading" />
      </section>
    </article>
  );
}
