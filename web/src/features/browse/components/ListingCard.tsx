import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ListingCardFragment } from "../../../lib/indexer/generated/graphql";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { listingLabel } from "../../../lib/chain/listingId";
import { formatPrice, shortHex } from "../../../lib/chain/display";

/** One listing in the catalogue grid. */
export function ListingCard({
  listing,
  showSeller = true,
}: {
  listing: ListingCardFragment;
  /** Off on the seller's own page, where every card would name the same seller. */
  showSeller?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const metadata = listing.current[0];
  const name = metadata?.name?.trim();
  const photo = metadata ? (metadata.coverImage ?? metadata.images?.[0]) : undefined;
  const seller = listing.seller.profile[0]?.name?.trim() || shortHex(listing.seller.id);
  const rating = Number(listing.seller.ratingAverage);
  return (
    <li className="card listing-card" data-testid="listing-card" data-listing-id={listing.id}>
      <Link to={`/listing/${listing.id}`} className="listing-card__link">
        <IpfsImage
          className="card__photo"
          address={photo ? `${metadata!.cid}/${photo}` : undefined}
          alt={metadata?.imageAlts?.[0]?.trim() || name || ""}
        />
        <div className="listing-card__body">
          <h3 className="listing-card__title">
            {name ? (
              name
            ) : (
              <span className="listing-card__unreadable">
                {t("browse.card.unreadable", { id: listingLabel(listing.id) })}
              </span>
            )}
          </h3>
          {!name && listing.metadataCid && (
            <p className="listing-card__cid" data-testid="listing-unreadable-cid">
              {t("content.unreadableCid", { cid: listing.metadataCid })}
            </p>
          )}
          <p className="listing-card__price" data-testid="listing-price">
            {formatPrice(format, listing.price, listing.token)}
          </p>
          <p className="listing-card__meta" data-testid="listing-stock">
            {BigInt(listing.stock) === 0n ? (
              <strong className="listing-page__sold-out">{t("browse.card.soldOut")}</strong>
            ) : (
              t("browse.card.stock", { count: format.integer(BigInt(listing.stock)) })
            )}
          </p>
          {showSeller && (
            <p className="listing-card__meta" data-testid="listing-seller">
              {t("browse.card.seller", { seller })}
              {" · "}
              {listing.seller.ratingCount > 0
                ? t("browse.card.rating", {
                    rating: rating.toLocaleString(format.locale, { maximumFractionDigits: 1 }),
                    count: format.integer(listing.seller.ratingCount),
                  })
                : t("browse.card.noRating")}
            </p>
          )}
        </div>
      </Link>
    </li>
  );
}
