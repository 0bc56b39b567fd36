import { useTranslation } from "react-i18next";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import type { OrderPage } from "../hooks/useOrder";
import { DeliveryReveal } from "../islands";
import { buildTimeline, type TimelineEntry } from "../timeline";
import { RulingReason } from "../../arbitration/components/RulingResult";
import { StatementDetails } from "./StatementDetails";

type TFn = ReturnType<typeof useTranslation<"orders">>["t"];

/** What an entry says happened, with its amounts in the order's token (the arbiter's page says it too). */
export function entryTitle(
  t: TFn,
  entry: TimelineEntry,
  money: (value: bigint) => string,
  digital: boolean,
  percent: (fraction: number) => string,
) {
  const amount = entry.amount === null ? "" : money(entry.amount);
  switch (entry.kind) {
    case "placed":
      return t("timeline.placed", { amount });
    case "coupon":
      return t("timeline.coupon", { amount });
    case "shipped":
      return digital ? t("timeline.delivered") : t("timeline.shipped");
    case "confirmed":
      return t("timeline.confirmed", { amount });
    case "released":
      return t("timeline.released", { amount });
    case "refunded":
      return entry.full
        ? t("timeline.refundedFull", { amount })
        : t("timeline.refundedPartial", { amount, remaining: money(entry.remaining ?? 0n) });
    case "cancelled":
      return t("timeline.cancelled", { amount });
    case "disputed":
      return t("timeline.disputed");
    case "evidence":
      return t("timeline.evidence");
    case "ruled":
      return t("timeline.ruled", { share: percent((entry.ruling?.buyerShareBps ?? 0) / 10_000) });
    case "expired":
      return t("timeline.expired", { amount });
    case "reviewed":
      return t("timeline.reviewed", { count: entry.rating ?? 0 });
    case "replied":
      return t("timeline.replied");
  }
}

/**
 * The order's history from its indexed events, oldest first: what happened, when and by whom, with
 * the tracking or digital delivery (opened in the buyer's browser) and the dispute statements.
 */
export function OrderTimeline({ order, viewer }: { order: OrderPage; viewer: string | undefined }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const entries = buildTimeline(order);
  const money = (value: bigint) => formatPrice(format, value.toString(), order.token);
  const digital = (order.metadata?.kind ?? order.listing.current[0]?.kind) === "digital";
  const isBuyer = viewer === order.buyer.id;
  return (
    <section className="order-timeline" aria-labelledby="order-timeline-heading" data-testid="order-timeline">
      <h2 id="order-timeline-heading">{t("timeline.heading")}</h2>
      {entries.length === 0 ? (
        <p className="listing-page__meta">{t("timeline.empty")}</p>
      ) : (
        <ol className="order-timeline__list">
          {entries.map((entry) => {
            const when = new Date(entry.timestamp * 1000);
            return (
              <li key={entry.id} className="order-timeline__entry" data-kind={entry.kind} data-testid="timeline-entry">
                <p className="order-timeline__title">{entryTitle(t, entry, money, digital, format.percent)}</p>
                {entry.ruling && (
                  <p className="order-timeline__note">
                    {t("timeline.ruling", {
                      buyer: money(entry.ruling.buyerAmount),
                      seller: money(entry.ruling.sellerAmount),
                      fee: money(entry.ruling.arbiterFee),
                    })}
                  </p>
                )}
                {entry.kind === "ruled" && <RulingReason cid={entry.cid} />}
                <p className="order-timeline__meta">
                  <time dateTime={when.toISOString()}>{format.dateTime(when)}</time>
                  {entry.role && (
                    <>
                      {" · "}
                      {entry.role === "other"
                        ? t("timeline.by.other", { address: shortHex(entry.actor ?? "") })
                        : t(`timeline.by.${entry.role}`)}
                      {viewer !== undefined && entry.actor === viewer && ` ${t("timeline.you")}`}
                    </>
                  )}
                </p>
                {entry.kind === "shipped" &&
                  (!entry.cid ? (
                    <p className="order-timeline__note">{t("timeline.noTracking")}</p>
                  ) : isBuyer ? (
                    <WalletIsland
                      fallback={
                        <button type="button" className="button" disabled>
                          {digital ? t("delivery.readDelivery") : t("delivery.showTracking")}
                        </button>
                      }
                    >
                      <DeliveryReveal orderId={order.id} cid={entry.cid} digital={digital} />
                    </WalletIsland>
                  ) : (
                    <p className="order-timeline__note">{t("timeline.sealedToBuyer")}</p>
                  ))}
                {(entry.kind === "disputed" || entry.kind === "evidence") && entry.cid && (
                  <StatementDetails cid={entry.cid} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
