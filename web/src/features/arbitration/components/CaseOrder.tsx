import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { boughtItem } from "../../orders/boughtItem";
import type { ArbiterCase } from "../hooks/useArbitration";
import { partyName } from "../parties";

/** What the dispute is about: the item, the money (paid, in escrow, refunded), both parties and the fee rates. */
export function CaseOrder({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const { order } = dispute;
  const item = boughtItem(order);
  const money = (value: string) => formatPrice(format, value, order.token);
  const when = (seconds: string) => (
    <time dateTime={new Date(Number(seconds) * 1000).toISOString()}>{format.dateTime(Number(seconds) * 1000)}</time>
  );
  const party = (account: ArbiterCase["order"]["buyer"]) => (
    <>
      <Link to={`/seller/${account.id}`}>{partyName(account)}</Link>{" "}
      <span className="arbitration-address">{shortHex(account.id)}</span>
    </>
  );
  const rows: [string, string, ReactNode][] = [
    ["listing", t("order.listing"), <Link to={`/listing/${order.listing.id}`}>{listingLabel(order.listing.id)}</Link>],
    ["amount", t("order.amount"), money(order.amount)],
    ["escrow", t("order.escrow"), money(order.escrow)],
  ];
  if (BigInt(order.refunded) > 0n) rows.push(["refunded", t("order.refunded"), money(order.refunded)]);
  rows.push(
    ["token", t("order.token"), `${order.token.symbol ?? ""} ${shortHex(order.token.id)}`.trim()],
    ["buyer", t("order.buyer"), party(order.buyer)],
    ["seller", t("order.seller"), party(order.seller)],
    ["placed", t("order.placed"), when(order.placedAt)],
    ["shipped", t("order.shipped"), order.shippedAt ? when(order.shippedAt) : t("order.notShipped")],
    [
      "fees",
      t("order.fees"),
      t("order.feesValue", {
        arbiter: format.percent(order.arbiterFeeBps / 10_000),
        platform: format.percent(order.feeBps / 10_000),
      }),
    ],
  );
  return (
    <section className="order-summary card" aria-label={t("order.label")} data-testid="case-order">
      <IpfsImage className="order-summary__photo" address={item.photo} alt={item.photoAlt} />
      <div className="order-summary__facts">
        <dl className="order-summary__list">
          {rows.map(([key, label, value]) => (
            <div key={key} data-testid={`case-${key}`}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p className="order-card__meta">
          <Link to={`/orders/${order.id}`}>{t("case.orderPage")}</Link>
        </p>
      </div>
    </section>
  );
}
