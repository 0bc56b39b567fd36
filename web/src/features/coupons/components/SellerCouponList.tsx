import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { zeroAddress } from "viem";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { useFormat, type Format } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { COUPON_PERCENT, type Coupon, type CouponDeployment } from "../coupon";
import type { CouponTokenOption } from "../couponForm";
import { removeStoredCoupon, type CouponOwner } from "../couponStore";
import { RevokeCoupon } from "../islands";
import type { IndexedCoupon, SellerCouponRow } from "../sellerCoupons";
import { CouponShare } from "./CouponShare";

type TokenOf = (address: string) => CouponTokenOption;
/** Listing names by listing id (as a decimal string). */
export type ListingNames = ReadonlyMap<string, string | null>;

/** "10.00% off" or "5 USDC off". */
export function discountText(t: TFunction<"coupons">, format: Format, coupon: Coupon, token: CouponTokenOption) {
  return coupon.kind === COUPON_PERCENT
    ? t("seller.list.percentOff", { percent: format.percent(Number(coupon.value) / 10_000) })
    : t("seller.list.amountOff", { amount: formatPrice(format, coupon.value.toString(), token) });
}

/** Where and for whom: "Any listing in USDC · for anyone", "Listing #12: Oak tray · only for 0x12…34". */
function scopeText(t: TFunction<"coupons">, coupon: Coupon, token: CouponTokenOption, names: ListingNames) {
  const symbol = token.symbol ?? shortHex(token.id);
  let listing = t("seller.list.anyListing", { symbol });
  if (coupon.listingId !== 0n) {
    const label = listingLabel(coupon.listingId.toString());
    const name = names.get(coupon.listingId.toString());
    listing = name
      ? t("seller.list.listingNamed", { listing: label, name })
      : t("seller.list.listing", { listing: label });
  }
  const buyer =
    coupon.buyer.toLowerCase() === zeroAddress
      ? t("seller.list.anyone")
      : t("seller.list.onlyBuyer", { buyer: shortHex(coupon.buyer) });
  return `${listing} · ${buyer}`;
}

function CouponRow({
  row,
  tokenOf,
  names,
  owner,
  site,
}: {
  row: SellerCouponRow;
  tokenOf: TokenOf;
  names: ListingNames;
  owner: CouponOwner;
  site: CouponDeployment;
}) {
  const { t } = useTranslation("coupons");
  const format = useFormat();
  const [sharing, setSharing] = useState(false);
  const { coupon } = row.signed;
  const token = tokenOf(coupon.token);
  const discount = discountText(t, format, coupon, token);
  const date = (seconds: bigint | number) => format.dateTime(Number(seconds) * 1000);

  let expiry = t("seller.list.noEnd");
  if (row.status === "revoked" && row.revokedAt !== null)
    expiry = t("seller.list.revokedOn", { date: date(row.revokedAt) });
  else if (coupon.expiry !== 0n && row.status === "expired")
    expiry = t("seller.list.expiredOn", { date: date(coupon.expiry) });
  else if (coupon.expiry !== 0n) expiry = t("seller.list.validUntil", { date: date(coupon.expiry) });

  const redemptions =
    row.limit === null
      ? t("seller.list.usedUnlimited", { count: row.redemptions })
      : t("seller.list.usedOf", { used: format.integer(row.redemptions), limit: format.integer(row.limit) });
  const headingId = `coupon-${row.digest}`;

  return (
    <li
      className="card seller-coupon"
      aria-labelledby={headingId}
      data-testid="seller-coupon"
      data-digest={row.digest.toLowerCase()}
      data-status={row.status}
    >
      <div className="seller-coupon__head">
        <div className="seller-coupon__summary">
          <h3 className="seller-coupon__title" id={headingId}>
            {row.label || discount}
          </h3>
          <p className="seller-coupon__terms">
            {row.label ? `${discount} · ` : ""}
            {scopeText(t, coupon, token, names)}
          </p>
        </div>
        <span className="seller-coupon__status" data-status={row.status} data-testid="coupon-status">
          {t(`seller.list.status.${row.status}`)}
        </span>
      </div>
      <dl className="seller-coupon__facts">
        <div>
          <dt>{t("seller.list.redemptions")}</dt>
          <dd data-testid="coupon-redemptions">{redemptions}</dd>
        </div>
        <div>
          <dt>{t("seller.list.expiry")}</dt>
          <dd>{expiry}</dd>
        </div>
      </dl>
      {row.totalDiscount > 0n && (
        <p className="form-field__hint">
          {t("seller.list.given", { amount: formatPrice(format, row.totalDiscount.toString(), token) })}
        </p>
      )}
      <div className="seller-coupons__actions">
        <button
          type="button"
          className="button"
          aria-expanded={sharing}
          onClick={() => setSharing((open) => !open)}
          data-testid="share-coupon"
        >
          {sharing ? t("seller.list.hideShare") : t("seller.list.share")}
        </button>
        {row.status === "active" ? (
          <WalletIsland fallback={null}>
            <RevokeCoupon coupon={coupon} />
          </WalletIsland>
        ) : (
          <button type="button" className="link-button" onClick={() => removeStoredCoupon(owner, row.digest)}>
            {t("seller.list.remove")}
          </button>
        )}
      </div>
      {sharing && <CouponShare signed={row.signed} site={site} />}
    </li>
  );
}

/** The coupons kept in this browser, newest first, each with its counts, status and actions. */
export function SellerCouponList({
  rows,
  tokenOf,
  names,
  owner,
  site,
}: {
  rows: readonly SellerCouponRow[];
  tokenOf: TokenOf;
  names: ListingNames;
  owner: CouponOwner;
  site: CouponDeployment;
}) {
  const { t } = useTranslation("coupons");
  if (rows.length === 0) {
    return (
      <p className="catalog__state" data-testid="seller-coupons-empty">
        {t("seller.list.empty")}
      </p>
    );
  }
  return (
    <ul className="seller-coupons__list" data-testid="seller-coupon-list">
      {rows.map((row) => (
        <CouponRow key={row.digest} row={row} tokenOf={tokenOf} names={names} owner={owner} site={site} />
      ))}
    </ul>
  );
}

/** The seller's indexed coupons this browser has no code for: their digest, uses and revocation. */
export function UnknownCoupons({ coupons }: { coupons: readonly IndexedCoupon[] }) {
  const { t } = useTranslation("coupons");
  if (coupons.length === 0) return null;
  return (
    <section className="seller-coupons__others" aria-labelledby="seller-coupons-others" data-testid="unknown-coupons">
      <h3 id="seller-coupons-others">{t("seller.others.heading")}</h3>
      <p className="form-field__hint">{t("seller.others.intro")}</p>
      <ul>
        {coupons.map((coupon) => (
          <li key={coupon.id}>
            <code title={coupon.id}>{shortHex(coupon.id)}</code> ·{" "}
            {t("seller.others.uses", { count: coupon.redemptionCount })}
            {coupon.revoked && <> · {t("seller.list.status.revoked")}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}
