import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { IndexedQuery } from "../../../lib/indexer/IndexerStates";
import { Pagination } from "../../../lib/ui/Pagination";
import { profileState } from "./sellerHub";
import { SellerListingItem } from "./SellerListingItem";
import { SellerTools } from "./SellerTools";
import { SellWalkthrough } from "./SellWalkthrough";
import { useSellerListings, type SellerShop } from "./useSellerListings";

const pageLink = (page: number) => (page <= 1 ? "/sell" : `/sell?page=${page}`);

/** A seller with listings: a line when their key is missing, their listings (every state) and their tools. */
function SellerShopView({ account, shop, page }: { account: string; shop: SellerShop; page: number }) {
  const { t } = useTranslation("sell");
  const listingsId = useId();
  const toolsId = useId();
  return (
    <div className="sell-hub__layout">
      <section className="sell-hub__listings" aria-labelledby={listingsId}>
        <div className="sell-hub__listings-header">
          <div>
            <h2 id={listingsId}>{t("hub.listings.heading")}</h2>
            <p className="sell-listing__meta" data-testid="sell-listings-summary">
              {t("hub.listings.summary", { count: shop.listingCount, active: shop.activeListingCount })}
            </p>
          </div>
          <Link className="button button--primary" to="/sell/new" data-testid="sell-new-listing">
            {t("hub.newListing")}
          </Link>
        </div>
        {profileState(shop.profile) !== "ready" && (
          <p className="notice notice--warning sell-hub__key" data-testid="sell-key-missing">
            {t("hub.keyMissing")} <Link to="/sell/profile">{t("hub.keyMissingAction")}</Link>
          </p>
        )}
        {shop.listings.length === 0 ? (
          <p className="catalog__state" data-testid="sell-listings-empty">
            {t("hub.listings.empty")}
          </p>
        ) : (
          <ul className="sell-listings" data-testid="sell-listings">
            {shop.listings.map((listing) => (
              <SellerListingItem key={listing.id} listing={listing} seller={account} />
            ))}
          </ul>
        )}
        <Pagination page={page} hasMore={shop.hasMore} link={pageLink} />
      </section>
      <section className="sell-hub__tools" aria-labelledby={toolsId}>
        <h2 id={toolsId}>{t("hub.tools.heading")}</h2>
        <SellerTools account={account} />
      </section>
    </div>
  );
}

/**
 * The connected seller's hub: before any listing, the walkthrough to the first one; after, their
 * listings and tools. One read of the index (SellerListings).
 */
export function SellHub({ account, page }: { account: string; page: number }) {
  const { t } = useTranslation("sell");
  const query = useSellerListings(account, page);
  return (
    <IndexedQuery query={query} loading={t("hub.loading")} testId="sell-hub">
      {(shop) =>
        shop.listingCount === 0 ? (
          <SellWalkthrough account={account} profile={shop.profile} listingCount={0} />
        ) : (
          <SellerShopView account={account} shop={shop} page={page} />
        )
      }
    </IndexedQuery>
  );
}
