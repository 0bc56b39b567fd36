import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { boughtItem } from "../boughtItem";
import type { OrderPage } from "../hooks/useOrder";

/** What was bought, from whom, and where the money is: paid, in escrow, refunded, paid out. */
export function OrderSummary({ order }: { order: OrderPage }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const item = boughtItem(order);
  const money = (value: string) => formatPrice(format, value, order.token);
  const sellerName = order.seller.profile[0]?.name?.trim() || shortHex(order.seller.id);
  const arbiterName = order.arbiter.account.profile[0]?.name?.trim() || shortHex(order.arbiter.id);
  const open = order.status === "Paid" || order.status === "Shipped" || order.status === "Disputed";
  const rows: [string, ReactNode, string][] = [
    [t("summary.seller"), <Link to={`/seller/${order.seller.id}`}>{sellerName}</Link>, "seller"],
    [
      t("summary.listing"),
      <Link to={`/listing/${order.listing.id}`}>{listingLabel(order.listing.id)}</Link>,
      "listing",
    ],
    [t("summary.quantity"), format.integer(BigInt(order.quantity)), "quantity"],
    [t("summary.unitPrice"), money(order.unitPrice), "unit-price"],
  ];
  if (BigInt(order.discount) > 0n) rows.push([t("summary.discount"), `−${money(order.discount)}`, "discount"]);
  rows.push([t("summary.total"), money(order.amount), "total"]);
  if (open) rows.push([t("summary.escrow"), money(order.escrow), "escrow"]);
  if (BigInt(order.refunded) > 0n) rows.push([t("summary.refunded"), money(order.refunded), "refunded"]);
  if (BigInt(order.sellerAmount) > 0n)
    rows.push([t("summary.sellerAmount"), money(order.sellerAmount), "seller-amount"]);
  rows.push([
    t("summary.placed"),
    <time dateTime={new Date(Number(order.placedAt) * 1000).toISOString()}>
      {format.dateTime(Number(order.placedAt) * 1000)}
    </time>,
    "placed",
  ]);
  rows.push([
    t("summary.arbiter"),
    t("summary.arbiterFee", { arbiter: arbiterName, fee: format.percent(order.arbiterFeeBps / 10_000) }),
    "arbiter",
  ]);
  return (
    <section className="order-summary card" aria-label={t("summary.label")} data-testid="order-summary">
      <IpfsImage className="order-summary__photo" address={item.photo} alt={item.photoAlt} />
      <div className="order-summary__facts">
        <dl className="order-summary__list">
          {rows.map(([label, value, key]) => (
            <div key={key} data-testid={`order-${key}`}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {order.metadataVersion > 0 && !item.fallback && (
          <p className="order-card__meta">{t("summary.version", { version: order.metadataVersion })}</p>
        )}
      </div>
    </section>
  );
}
