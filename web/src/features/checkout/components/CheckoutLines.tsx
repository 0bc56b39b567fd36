import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel, sellerOfListing } from "../../../lib/chain/listingId";
import { useAccountId } from "../../../lib/wallet/account";
import { CouponField } from "../../coupons/components/CouponField";
import { decodeCoupon } from "../../coupons/couponCode";
import type { CouponDeployment } from "../../coupons/coupon";
import { useCouponDeployment } from "../../coupons/hooks/useCouponCheck";
import type { AppliedCoupon } from "../purchase";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { pickableStock } from "../../cart/cartStore";
import { buyNowPath, type CheckoutSource } from "../checkoutSource";
import type { CheckoutLine, CheckoutModel } from "../hooks/useCheckout";

/** The checkout's coupon state: codes per line (a link's code applies to its seller's lines). */
export interface CheckoutCoupons {
  codes: Readonly<Record<string, string | undefined>>;
  /** The code of the link the buyer opened (`?coupon=`), if any. */
  linkCode: string | undefined;
  setCode(listingId: string, code: string | undefined): void;
  setCoupon(listingId: string, coupon: AppliedCoupon | undefined): void;
}

/** A line's code: what the buyer typed or removed ("" = removed), else the link's code for its seller. */
function lineCode(coupons: CheckoutCoupons, listingId: string, site: CouponDeployment | undefined) {
  const typed = coupons.codes[listingId];
  if (typed !== undefined) return typed === "" ? undefined : typed;
  if (!coupons.linkCode) return undefined;
  try {
    const { coupon } = decodeCoupon(coupons.linkCode, site);
    const forSeller = coupon.seller.toLowerCase() === sellerOfListing(BigInt(listingId));
    const forListing = coupon.listingId === 0n || coupon.listingId === BigInt(listingId);
    return forSeller && forListing ? coupons.linkCode : undefined;
  } catch {
    return undefined;
  }
}

function LineRow({
  line,
  source,
  coupons,
  site,
}: {
  line: CheckoutLine;
  source: CheckoutSource;
  coupons: CheckoutCoupons;
  site: CouponDeployment | undefined;
}) {
  const buyer = useAccountId();
  const { t } = useTranslation("checkout");
  const { t: common } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { listing } = line;
  const metadata = listing.current[0];
  const name = metadata?.name?.trim() || common("browse.card.unreadable", { id: listingLabel(listing.id) });
  const cover = metadata ? (metadata.coverImage ?? metadata.images?.[0]) : undefined;
  const seller = listing.seller.profile[0]?.name?.trim() || shortHex(listing.seller.id);
  const stock = pickableStock(listing.stock);
  const blocked = !line.digital && !line.sellerKey;
  return (
    <li className="cart-line" data-testid="checkout-line" data-listing-id={listing.id}>
      <IpfsImage
        className="cart-line__photo"
        address={cover && metadata ? `${metadata.cid}/${cover}` : undefined}
        alt={metadata?.imageAlts?.[0]?.trim() || name}
      />
      <div className="cart-line__body">
        <Link to={`/listing/${listing.id}`} className="cart-line__name">
          {name}
        </Link>
        <p className="listing-page__meta">{t("soldBy", { seller })}</p>
        <p className="listing-page__meta">
          {common("cart.unitPrice", { price: formatPrice(format, listing.price, listing.token) })}
        </p>
        <p className="listing-page__meta" data-testid="checkout-line-kind">
          {line.digital ? t("digital") : t("physical")}
        </p>
        {blocked && (
          <p className="cart-line__problem" role="alert" data-testid="checkout-no-key">
            {t("noSellerKey")}
          </p>
        )}
        {line.problems.length > 0 && (
          <p className="cart-line__problem" role="alert">
            {source.kind === "cart" ? (
              <Link to="/cart">{t("fixInCart")}</Link>
            ) : line.problems.some((problem) => problem.kind === "short") ? (
              common("cart.problem.short", { count: Number(listing.stock) })
            ) : (
              common("listing.soldOut")
            )}
          </p>
        )}
      </div>
      <div className="cart-line__controls">
        {source.kind === "listing" && stock > 0 ? (
          <label className="cart-line__quantity">
            <span className="visually-hidden">{common("cart.quantity", { name })}</span>
            <select
              value={line.line.quantity}
              onChange={(event) => navigate(buyNowPath(listing.id, Number(event.target.value)), { replace: true })}
              data-testid="checkout-quantity"
            >
              {Array.from({ length: Math.max(stock, line.line.quantity) }, (_, index) => (
                <option key={index + 1} value={index + 1} disabled={index + 1 > stock}>
                  {format.integer(index + 1)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="listing-page__meta">{t("quantity", { count: line.line.quantity })}</p>
        )}
        <p className="cart-line__subtotal" data-testid="checkout-line-subtotal">
          {formatPrice(format, line.subtotal.toString(), listing.token)}
        </p>
      </div>
      <div className="checkout-line__coupon">
        <CouponField
          line={{ listingId: listing.id, token: listing.token, lineTotal: line.subtotal }}
          buyer={buyer}
          code={lineCode(coupons, listing.id, site)}
          onChange={(code) => coupons.setCode(listing.id, code)}
          onValidated={(coupon) => coupons.setCoupon(listing.id, coupon)}
        />
      </div>
    </li>
  );
}

/** The lines being bought, each with what it needs (an address or none) and what stops it. */
export function CheckoutLines({
  model,
  source,
  coupons,
}: {
  model: CheckoutModel;
  source: CheckoutSource;
  coupons: CheckoutCoupons;
}) {
  const { t } = useTranslation("checkout");
  const site = useCouponDeployment();
  return (
    <section className="card checkout-lines" aria-labelledby="checkout-lines-heading">
      <h2 id="checkout-lines-heading">{t("items")}</h2>
      <ul className="cart-group__lines">
        {model.lines.map((line) => (
          <LineRow key={line.line.listingId} line={line} source={source} coupons={coupons} site={site} />
        ))}
      </ul>
    </section>
  );
}
