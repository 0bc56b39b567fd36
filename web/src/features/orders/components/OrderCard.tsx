import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { nextDeadline } from "../actions";
import { boughtItem } from "../boughtItem";
import type { BuyerOrder } from "../hooks/useAccountOrders";
import { orderLabel } from "../orderId";
import { Countdown } from "./Countdown";
import { StatusBadge } from "./StatusBadge";

/** One order in the buyer's list: photo, title, number, status, amount and the next deadline. */
export function OrderCard({ order }: { order: BuyerOrder }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const item = boughtItem(order);
  const deadline = nextDeadline(order);
  const quantity = Number(order.quantity);
  return (
    <li className="card order-card" data-testid="order-card" data-order-id={order.id}>
      <Link to={`/orders/${order.id}`} className="order-card__link">
        <IpfsImage className="order-card__photo" address={item.photo} alt={item.photoAlt} />
        <div className="order-card__body">
          <h2 className="order-card__title" data-testid="order-card-title">
            {item.name ?? (
              <span className="listing-card__unreadable">
                {t("item.unreadable", { listing: listingLabel(order.listing.id) })}
              </span>
            )}
          </h2>
          <p className="order-card__meta">
            {t("card.number", { number: orderLabel(order.id) })}
            {" · "}
            {t("card.placed", { date: format.date(Number(order.placedAt) * 1000) })}
          </p>
          <p className="order-card__amount" data-testid="order-card-amount">
            {formatPrice(format, order.amount, order.token)}
            <span className="order-card__meta">
              {" · "}
              {t("card.quantity", { count: quantity, value: format.integer(quantity) })}
            </span>
          </p>
          <p className="order-card__status">
            <StatusBadge status={order.status} />
            {deadline && (
              <span className="order-card__deadline" data-testid="order-card-deadline" data-kind={deadline.kind}>
                {t(`deadline.${deadline.kind}`)} <Countdown deadline={deadline.at} />
              </span>
            )}
          </p>
          {order.messageCount > 0 && (
            <p className="order-card__meta">{t("card.messages", { count: order.messageCount })}</p>
          )}
        </div>
      </Link>
    </li>
  );
}
