import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { useNow } from "../../../lib/chain/chainClock";
import { IndexedQuery } from "../../../lib/indexer/IndexerStates";
import type { CouponDeployment } from "../coupon";
import type { CouponListingOption, CouponTokenOption } from "../couponForm";
import { useStoredCoupons, type CouponOwner, type StoredCoupon } from "../couponStore";
import { useCouponDeployment } from "../hooks/useCouponCheck";
import { useSellerCoupons, type SellerCouponsPage } from "../hooks/useSellerCoupons";
import { mergeSellerCoupons, storedIds, unknownCoupons } from "../sellerCoupons";
import { AddCouponCode } from "./AddCouponCode";
import { CouponShare } from "./CouponShare";
import { CreateCouponForm } from "./CreateCouponForm";
import { SellerCouponList, UnknownCoupons, type ListingNames } from "./SellerCouponList";

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The coupon just signed, shown for sharing above the list until dismissed. */
function NewCoupon({
  created,
  site,
  onDone,
}: {
  created: { stored: StoredCoupon; kept: boolean };
  site: CouponDeployment;
  onDone: () => void;
}) {
  const { t } = useTranslation("coupons");
  const heading = useRef<HTMLHeadingElement>(null);
  // Brought into view and announced by moving the focus to it (the sign button is above it).
  useEffect(() => heading.current?.focus(), [created]);
  return (
    <section className="card seller-coupons__new" aria-labelledby="new-coupon-heading" data-testid="new-coupon">
      <h2 id="new-coupon-heading" ref={heading} tabIndex={-1}>
        {t("seller.share.newHeading")}
      </h2>
      <p className="form-field__hint">{t("seller.share.newIntro")}</p>
      {!created.kept && (
        <p className="notice notice--warning" role="alert">
          {t("seller.create.notSaved")}
        </p>
      )}
      <CouponShare signed={created.stored.signed} site={site} />
      <div className="seller-coupons__actions">
        <button type="button" className="button" onClick={onDone}>
          {t("seller.share.done")}
        </button>
      </div>
    </section>
  );
}

/** The list: stored coupons with the index's counts, their status following the chain's clock. */
function MyCoupons({
  data,
  owner,
  site,
  stored,
  tokenOf,
  names,
}: {
  data: SellerCouponsPage;
  owner: CouponOwner;
  site: CouponDeployment;
  stored: readonly StoredCoupon[];
  tokenOf: (address: string) => CouponTokenOption;
  names: ListingNames;
}) {
  const { t } = useTranslation("coupons");
  // Ticks every second: a coupon turns Expired as the chain's clock passes its expiry.
  const now = useNow();
  const rows = mergeSellerCoupons(stored, data.stored, now);
  const unknown = unknownCoupons(data.indexed, stored);
  return (
    <section className="seller-coupons__mine" aria-labelledby="seller-coupons-list">
      <h2 id="seller-coupons-list">{t("seller.list.heading")}</h2>
      <p className="form-field__hint">{t("seller.list.kept")}</p>
      <AddCouponCode owner={owner} site={site} />
      <SellerCouponList rows={rows} tokenOf={tokenOf} names={names} owner={owner} site={site} />
      <UnknownCoupons coupons={unknown} />
    </section>
  );
}

/** The page's body once read: the form (with what it can offer), a new coupon to share, the list. */
function CouponsPage({
  data,
  owner,
  site,
  stored,
}: {
  data: SellerCouponsPage;
  owner: CouponOwner;
  site: CouponDeployment;
  stored: readonly StoredCoupon[];
}) {
  const { t } = useTranslation("coupons");
  const [created, setCreated] = useState<{ stored: StoredCoupon; kept: boolean } | undefined>();
  const onCreated = useCallback((next: StoredCoupon, kept: boolean) => setCreated({ stored: next, kept }), []);

  const tokens = useMemo<CouponTokenOption[]>(
    () =>
      data.tokens
        .filter((token) => token.allowed)
        .map(({ id, symbol, decimals, native }) => ({ id, symbol, decimals, native })),
    [data.tokens],
  );
  const allListings = useMemo(() => data.account?.listings ?? [], [data.account]);
  const openListings = useMemo<CouponListingOption[]>(
    () =>
      allListings
        .filter((listing) => listing.status === "Active")
        .map((listing) => ({
          id: listing.id,
          token: listing.token.id,
          name: listing.current[0]?.name ?? null,
          price: listing.price,
        })),
    [allListings],
  );
  const names: ListingNames = useMemo(
    () => new Map(allListings.map((listing) => [BigInt(listing.id).toString(), listing.current[0]?.name ?? null])),
    [allListings],
  );
  const tokenOf = useCallback(
    (address: string): CouponTokenOption =>
      data.tokens.find((token) => same(token.id, address)) ?? {
        id: address,
        symbol: null,
        decimals: null,
        native: false,
      },
    [data.tokens],
  );
  return (
    <div className="seller-coupons__body">
      <div className="seller-coupons__making">
        {tokens.length === 0 ? (
          <p className="notice notice--muted" data-testid="coupons-no-tokens">
            {t("seller.create.noTokens")}
          </p>
        ) : (
          <CreateCouponForm
            seller={owner.seller}
            site={site}
            tokens={tokens}
            listings={openListings}
            onCreated={onCreated}
          />
        )}
        {created && <NewCoupon created={created} site={site} onDone={() => setCreated(undefined)} />}
      </div>
      <MyCoupons data={data} owner={owner} site={site} stored={stored} tokenOf={tokenOf} names={names} />
    </div>
  );
}

/** The connected seller's coupons page: one read of the index for the coupons kept in this browser. */
export function SellerCoupons({ account }: { account: string }) {
  const { t } = useTranslation("coupons");
  const { chainId } = useAppConfig();
  const site = useCouponDeployment();
  const owner = useMemo(() => ({ chainId, seller: account }), [chainId, account]);
  const stored = useStoredCoupons(owner);
  const query = useSellerCoupons(account, storedIds(stored));
  if (!site) {
    return (
      <p className="notice notice--warning" data-testid="coupons-not-deployed">
        {t("seller.create.notDeployed")}
      </p>
    );
  }
  return (
    <IndexedQuery query={query} loading={t("seller.loading")} testId="seller-coupons">
      {(data) => <CouponsPage data={data} owner={owner} site={site} stored={stored} />}
    </IndexedQuery>
  );
}
