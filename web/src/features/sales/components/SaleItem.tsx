import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { OrderCard } from "../../orders/components/OrderCard";
import { ReviewList } from "../../reviews/components/ReviewList";
import type { SaleOrder } from "../hooks/useSales";
import { SaleTools } from "../islands";
import { anySaleTool } from "../saleTools";

/**
 * One sale: the order's card (linking to its page, which works for sellers too), what was refunded,
 * the buyer's review with the reply, and the seller's tools for it (a wallet island) while there
 * is something to do: ship or deliver, refund, reply.
 */
export function SaleItem({ order }: { order: SaleOrder }) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const refunded = BigInt(order.refunded);
  const open = order.status === "Paid" || order.status === "Shipped" || order.status === "Disputed";
  const money = (value: string) => formatPrice(format, value, order.token);
  const reviewHeading = `sale-review-${order.id}`;
  return (
    <li
      className="sales-item"
      data-testid="sale"
      data-order-id={order.id}
      data-status={order.status}
      data-to-ship={order.status === "Paid" || undefined}
    >
      {/* OrderCard is a list item of its own: a one-item list keeps the markup valid. */}
      <ul className="order-list">
        <OrderCard order={order} />
      </ul>
      {refunded > 0n && (
        <p className="sales-item__refund" data-testid="sale-refunded">
          {t("refunded", { amount: money(order.refunded) })}
          {open && (
            <>
              {" · "}
              {t("escrowLeft", { amount: money(order.escrow) })}
            </>
          )}
        </p>
      )}
      {order.review && (
        <section className="sales-review" aria-labelledby={reviewHeading} data-testid="sale-review">
          <h3 id={reviewHeading} className="sales-ship__heading">
            {t("review.heading")}
          </h3>
          <ReviewList reviews={[{ id: order.id, ...order.review }]} headingId={reviewHeading} />
        </section>
      )}
      {anySaleTool(order) && (
        <WalletIsland
          className="sales-item__tools"
          fallback={
            <p className="listing-page__meta" role="status">
              {t("panel.loading")}
            </p>
          }
        >
          <SaleTools order={order} />
        </WalletIsland>
      )}
    </li>
  );
}
