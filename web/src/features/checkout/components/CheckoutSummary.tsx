import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import type { CheckoutModel } from "../hooks/useCheckout";
import { purchaseTotal, type AppliedCoupon } from "../purchase";

/** Subtotal, coupon discounts and the total paid into escrow, with the Place order island below. */
export function CheckoutSummary({
  model,
  coupons,
  children,
}: {
  model: CheckoutModel;
  coupons: Readonly<Record<string, AppliedCoupon>>;
  children: ReactNode;
}) {
  const { t } = useTranslation("checkout");
  const format = useFormat();
  const token = model.token!;
  const total = purchaseTotal(
    model.lines.map((line) => ({
      listingId: 0n,
      quantity: line.line.quantity,
      unitPrice: BigInt(line.listing.price),
      shippingCid: "0x",
      coupon: coupons[line.line.listingId],
    })),
  );
  const discount = model.subtotal - total;
  const amount = (value: bigint) => formatPrice(format, value.toString(), token);
  return (
    <section className="card checkout-summary" aria-labelledby="checkout-summary-heading">
      <h2 id="checkout-summary-heading">{t("summary.heading")}</h2>
      <dl className="checkout-summary__figures">
        <div>
          <dt>{t("summary.subtotal")}</dt>
          <dd>{amount(model.subtotal)}</dd>
        </div>
        {discount > 0n && (
          <div>
            <dt>{t("summary.discount")}</dt>
            <dd data-testid="checkout-discount">−{amount(discount)}</dd>
          </div>
        )}
        <div className="checkout-summary__total">
          <dt>{t("summary.total")}</dt>
          <dd data-testid="checkout-total">{amount(total)}</dd>
        </div>
      </dl>
      <p className="listing-page__meta">{t("summary.escrow")}</p>
      <p className="listing-page__meta">{t("summary.maxTotal")}</p>
      {children}
    </section>
  );
}
