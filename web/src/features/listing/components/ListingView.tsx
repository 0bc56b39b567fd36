import { isCategory } from "../../browse/hooks/useCatalog";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buyNowPath } from "../../checkout/checkoutSource";

import { useFormat, type Format } from "../../../lib/i18n/format";
import { useListingDocument } from "../../../lib/content/hooks";
import { AddToCartButton } from "../../cart/components/AddToCartButton";
import { SellerAvatar } from "../../seller/components/SellerAvatar";
import { ReviewList } from "../../reviews/components/ReviewList";
import type { ListingPage, ReadSource } from "../hooks/useListing";
import { Gallery, type GalleryPhoto } from "./Gallery";
import { listingLabel } from "../../../lib/chain/listingId";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { useAccountId } from "../../../lib/wallet/account";

type TFn = TFunction<"translation">;

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

/** The listing's own seller gets a way to its editor (others see nothing). */
function EditLink({ listingId, seller }: { listingId: string; seller: string }) {
  const { t } = useTranslation();
  const account = useAccountId();
  if (account?.toLowerCase() !== seller.toLowerCase()) return null;
  return (
    <Link className="button" to={`/sell/listings/${listingId}`} data-testid="edit-listing">
      {t("listing.edit")}
    </Link>
  );
}

/** The seller's card; read from the chain it has their ratings but not their sales or profile (the index's). */
function SellerCard({ seller, fromChain }: { seller: ListingPage["seller"]; fromChain: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const profile = seller.profile[0];
  const name = profile?.name?.trim() || shortHex(seller.id);
  const since = seller.firstListing[0]?.createdAt;
  return (
    <section className="listing-seller card" aria-labelledby="listing-seller-heading" data-testid="listing-seller-card">
      <h2 id="listing-seller-heading" className="listing-seller__label">
        {t("listing.seller.heading")}
      </h2>
      <div className="listing-seller__identity">
        <SellerAvatar profile={profile} name={name} />
        <p className="listing-seller__name" data-testid="listing-seller-name">
          {name}
        </p>
      </div>
      <p className="listing-page__meta">
        {seller.ratingCount > 0
          ? t("listing.seller.rating", {
              rating: ratingText(format, seller.ratingAverage),
              count: seller.ratingCount,
              ratings: format.integer(seller.ratingCount),
            })
          : t("listing.seller.noRating")}
      </p>
      {!fromChain && (
        <p className="listing-page__meta">
          {t("listing.seller.sales", {
            count: seller.completedSalesCount,
          })}
        </p>
      )}
      {since && (
        <p className="listing-page__meta" data-testid="listing-seller-since">
          {t("listing.seller.since", { date: format.date(Number(since) * 1000) })}
        </p>
      )}
      <Link to={`/seller/${seller.id}`}>{t("listing.seller.link")}</Link>
    </section>
  );
}

function Reviews({ reviews, fromChain }: { reviews: ListingPage["reviews"]; fromChain: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="listing-reviews" aria-labelledby="listing-reviews-heading" data-testid="listing-reviews">
      <h2 id="listing-reviews-heading">{t("listing.reviews.heading")}</h2>
      {fromChain ? (
        <p className="listing-page__meta" data-testid="listing-reviews-need-index">
          {t("indexer.fromChain.reviews")}
        </p>
      ) : (
        <ReviewList reviews={reviews} headingId="listing-reviews-heading" />
      )}
    </section>
  );
}

/** While the index is unusable: buy now works (the checkout reads the listing from the chain), the cart does not. */
function ChainActions({ listingId, buyable }: { listingId: string; buyable: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {buyable ? (
        <Link className="button button--primary" to={buyNowPath(listingId)} data-testid="buy-now">
          {t("listing.buy")}
        </Link>
      ) : (
        <button type="button" className="button button--primary" disabled>
          {t("listing.buy")}
        </button>
      )}
      <p className="listing-page__meta" data-testid="listing-needs-index">
        {t("indexer.fromChain.cart")}
      </p>
    </>
  );
}

/** Country codes by locale ("DE" → "Germany"), region words translated. */
function regionName(t: TFn, locale: string, region: string) {
  if (region === "worldwide") return t("listing.worldwide");
  if (region === "EU") return t("listing.regionEU");
  try {
    return new Intl.DisplayNames([locale], { type: "region" }).of(region) ?? region;
  } catch {
    return region;
  }
}

/**
 * What only the verified metadata.json holds (specifics, options, shipping regions), read from
 * IPFS in the browser; or why it cannot be shown.
 */
function DocumentDetails({ cid }: { cid: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const read = useListingDocument(cid);
  if (read.isPending) return null;
  if (read.isError) {
    return (
      <p className="notice notice--muted" role="note" data-testid="listing-document-unavailable">
        {t("listing.documentUnavailable")}
      </p>
    );
  }
  if (!read.data.ok) {
    return (
      <p
        className="notice notice--warning"
        role="note"
        data-testid="listing-document-unreadable"
        title={read.data.issues.join("\n")}
      >
        {t("listing.documentUnreadable", { cid })}
      </p>
    );
  }
  const { attributes, variants, shipping } = read.data.document;
  return (
    <>
      {attributes.length > 0 && (
        <section className="listing-page__specifics" data-testid="listing-specifics">
          <h2>{t("listing.specifics")}</h2>
          <dl className="listing-page__attributes">
            {attributes.map((attribute) => (
              <div key={attribute.name}>
                <dt>{attribute.name}</dt>
                <dd>{attribute.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {variants.length > 0 && (
        <p className="listing-page__meta" data-testid="listing-variants">
          {t("listing.variants")}: {variants.map((variant) => variant.name).join(" · ")}
        </p>
      )}
      {shipping && (
        <section className="listing-page__specifics">
          <h2>{t("listing.shippingHeading")}</h2>
          <dl className="listing-page__attributes" data-testid="listing-shipping-regions">
            <div>
              <dt>{t("listing.shipsTo")}</dt>
              <dd>{shipping.regions.map((region) => regionName(t, format.locale, region)).join(", ")}</dd>
            </div>
            <div>
              <dt>{t("listing.handling")}</dt>
              <dd>{t("listing.handlingDays", { count: shipping.handlingDays })}</dd>
            </div>
          </dl>
        </section>
      )}
    </>
  );
}

/**
 * The loaded listing page: the index's copy for text and figures (or the chain's, `source`
 * "chain", while the index is unusable), photos and details verified from IPFS.
 */
export function ListingView({ listing, source = "index" }: { listing: ListingPage; source?: ReadSource }) {
  const { t } = useTranslation();
  const format = useFormat();
  const metadata = listing.current[0];
  const photos: GalleryPhoto[] = metadata
    ? (metadata.images ?? []).map((path, index) => ({
        address: `${metadata.cid}/${path}`,
        alt: metadata.imageAlts?.[index]?.trim() || metadata.name?.trim() || "",
      }))
    : [];
  const name = metadata?.name?.trim();
  const description = metadata?.description?.trim();
  const stock = BigInt(listing.stock);
  const closed = listing.status === "Closed";
  const soldOut = stock === 0n;
  const latest = listing.latestMetadata;
  const editPending = latest === null;
  // Only when an older valid version is what the page shows; with none, the listing is unreadable.
  const editRejected = metadata !== undefined && latest !== null && !latest.valid;
  const category = metadata?.category ?? undefined;
  const fromChain = source === "chain";

  return (
    <article className="listing-page" data-testid="listing-page" data-listing-id={listing.id}>
      <div className="listing-page__photo">
        <Gallery photos={photos} />
      </div>
      <div className="listing-page__main">
        {fromChain && (
          <p className="notice" role="note" data-testid="listing-from-chain">
            {t("indexer.fromChain.note")}
          </p>
        )}
        <h1 className="listing-page__title" data-testid="listing-title">
          {name ? (
            name
          ) : (
            <span className="listing-card__unreadable">
              {t("listing.unreadable", { id: listingLabel(listing.id) })}
            </span>
          )}
        </h1>
        {!metadata && listing.metadataCid && (
          <p className="notice notice--warning" role="note" data-testid="listing-document-unreadable">
            {t("listing.documentUnreadable", { cid: listing.metadataCid })}
          </p>
        )}
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
        {metadata && fromChain && (
          <div className="listing-page__actions">
            <ChainActions listingId={listing.id} buyable={!closed && !soldOut} />
          </div>
        )}
        {metadata && !fromChain && (
          <div className="listing-page__actions">
            {!closed && !soldOut ? (
              <Link className="button button--primary" to={buyNowPath(listing.id)} data-testid="buy-now">
                {t("listing.buy")}
              </Link>
            ) : (
              <button type="button" className="button button--primary" disabled>
                {t("listing.buy")}
              </button>
            )}
            <AddToCartButton listing={listing} />
            {!closed && <EditLink listingId={listing.id} seller={listing.seller.id} />}
          </div>
        )}
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
      <section className="listing-page__description">
        <p data-testid="listing-description">{description || t("listing.noDescription")}</p>
        {metadata && <DocumentDetails cid={metadata.cid} />}
      </section>
      <SellerCard seller={listing.seller} fromChain={fromChain} />
      <Reviews reviews={listing.reviews} fromChain={fromChain} />
    </article>
  );
}
