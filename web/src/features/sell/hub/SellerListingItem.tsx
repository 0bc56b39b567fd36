import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { CloseListing } from "./islands";
import { listingState, type HubListing } from "./sellerHub";

/**
 * One of the seller's listings: photo, title, price, stock, units sold and state, with View, Edit
 * and Close (a wallet island) while it is not closed.
 */
export function SellerListingItem({ listing, seller }: { listing: HubListing; seller: string }) {
  const { t } = useTranslation("sell");
  const format = useFormat();
  const state = listingState(listing);
  const metadata = listing.current[0];
  const label = listingLabel(listing.id);
  const title = metadata?.name?.trim();
  const name = title || t("hub.listings.number", { label });
  const photo = metadata ? (metadata.coverImage ?? metadata.images?.[0]) : undefined;
  const stock = Number(listing.stock);
  const sold = Number(listing.unitsSold);
  const when =
    state === "closed" && listing.closedAt
      ? t("hub.listings.closed", { date: format.date(Number(listing.closedAt) * 1000) })
      : t("hub.listings.listed", { date: format.date(Number(listing.createdAt) * 1000) });
  return (
    <li className="card sell-listing" data-testid="sell-listing" data-listing-id={listing.id} data-state={state}>
      <IpfsImage
        className="sell-listing__photo"
        address={photo ? `${metadata!.cid}/${photo}` : undefined}
        alt={metadata?.imageAlts?.[0]?.trim() || title || ""}
      />
      <div className="sell-listing__body">
        <h3 className="sell-listing__title" data-testid="sell-listing-title">
          {title ?? <span className="listing-card__unreadable">{t("hub.listings.unreadable", { label })}</span>}
        </h3>
        <p className="sell-listing__meta">
          {label} · {when}
        </p>
        <p className="sell-listing__price" data-testid="sell-listing-price">
          {formatPrice(format, listing.price, listing.token)}
        </p>
        <p className="sell-listing__figures">
          <span data-testid="sell-listing-stock">
            {t("hub.listings.stock", { count: stock, value: format.integer(stock) })}
          </span>
          {" · "}
          <span data-testid="sell-listing-sold">
            {t("hub.listings.sold", { count: sold, value: format.integer(sold) })}
          </span>
        </p>
        <p className="sell-listing__state">
          <span className={`sell-state sell-state--${state}`} data-testid="sell-listing-state">
            {t(`hub.listings.state.${state}`)}
          </span>
        </p>
      </div>
      <div className="sell-listing__actions">
        <Link
          className="button"
          to={`/listing/${listing.id}`}
          aria-label={t("hub.listings.viewLabel", { name })}
          data-testid="sell-listing-view"
        >
          {t("hub.listings.view")}
        </Link>
        {state !== "closed" && (
          <>
            <Link
              className="button"
              to={`/sell/listings/${listing.id}`}
              aria-label={t("hub.listings.editLabel", { name })}
              data-testid="sell-listing-edit"
            >
              {t("hub.listings.edit")}
            </Link>
            <WalletIsland
              className="sell-listing__close"
              fallback={
                <button type="button" className="button" disabled>
                  {t("hub.close.action")}
                </button>
              }
            >
              <CloseListing listingId={listing.id} seller={seller} name={name} />
            </WalletIsland>
          </>
        )}
      </div>
    </li>
  );
}
