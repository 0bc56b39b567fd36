// The order's history as the arbiter reads it: the orders feature's timeline (buildTimeline, from the
// indexed events) in the orders' own words, each entry with when and by whom. Statements are in the
// dispute file above, and tracking details stay sealed to the buyer.
import { useTranslation } from "react-i18next";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { boughtItem } from "../../orders/boughtItem";
import { entryTitle } from "../../orders/components/OrderTimeline";
import { buildTimeline } from "../../orders/timeline";
import type { ArbiterCase } from "../hooks/useArbitration";

export function CaseTimeline({ dispute, viewer }: { dispute: ArbiterCase; viewer: string }) {
  const { t } = useTranslation("arbitration");
  const { t: orders } = useTranslation("orders");
  const format = useFormat();
  const { order } = dispute;
  const entries = buildTimeline({
    amount: order.amount,
    events: order.events,
    buyer: order.buyer,
    seller: order.seller,
    arbiter: order.arbiter,
    dispute,
    review: null,
  });
  const money = (value: bigint) => formatPrice(format, value.toString(), order.token);
  const digital = boughtItem(order).kind === "digital";
  return (
    <section className="order-timeline" aria-labelledby="arbitration-timeline-heading" data-testid="case-timeline">
      <h2 id="arbitration-timeline-heading">{t("timeline.heading")}</h2>
      {entries.length === 0 ? (
        <p className="order-timeline__note">{orders("timeline.empty")}</p>
      ) : (
        <ol className="order-timeline__list">
          {entries.map((entry) => {
            const when = new Date(entry.timestamp * 1000);
            return (
              <li key={entry.id} className="order-timeline__entry" data-kind={entry.kind} data-testid="timeline-entry">
                <p className="order-timeline__title">{entryTitle(orders, entry, money, digital, format.percent)}</p>
                {entry.ruling && (
                  <p className="order-timeline__note">
                    {orders("timeline.ruling", {
                      buyer: money(entry.ruling.buyerAmount),
                      seller: money(entry.ruling.sellerAmount),
                      fee: money(entry.ruling.arbiterFee),
                    })}
                  </p>
                )}
                <p className="order-timeline__meta">
                  <time dateTime={when.toISOString()}>{format.dateTime(when)}</time>
                  {entry.role && (
                    <>
                      {" · "}
                      {entry.role === "other"
                        ? orders("timeline.by.other", { address: shortHex(entry.actor ?? "") })
                        : orders(`timeline.by.${entry.role}`)}
                      {entry.actor === viewer && ` ${orders("timeline.you")}`}
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
