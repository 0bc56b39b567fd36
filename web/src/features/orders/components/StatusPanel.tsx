import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { durationText } from "../countdown";
import type { MarketplaceWindows, OrderPage } from "../hooks/useOrder";
import { useNow } from "../../../lib/chain/chainClock";
import { Countdown } from "./Countdown";

/**
 * Where the order stands, in one sentence: for an open order the deadline that matters now as a
 * countdown, and what happens when it passes; for a closed one how it ended.
 */
export function StatusPanel({ order, windows }: { order: OrderPage; windows: MarketplaceWindows | null }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const now = useNow();
  const date = (seconds: string | number) => format.dateTime(Number(seconds) * 1000);
  let deadline: string | null = null;
  let sentence: string;
  let extra: string | null = null;
  switch (order.status) {
    case "Paid":
      deadline = order.shipDeadline;
      sentence =
        now > Number(order.shipDeadline)
          ? t("panel.paidLate", { date: date(order.shipDeadline) })
          : t("panel.paid", { date: date(order.shipDeadline) });
      if (windows) extra = t("panel.afterShipping", { window: durationText(t, format, windows.confirmationWindow) });
      break;
    case "Shipped":
      deadline = order.confirmDeadline;
      sentence =
        now > Number(order.confirmDeadline ?? 0)
          ? t("panel.shippedLate", { date: date(order.confirmDeadline ?? 0) })
          : t("panel.shipped", { date: date(order.confirmDeadline ?? 0) });
      break;
    case "Disputed": {
      const ruling = order.dispute?.rulingDeadline ?? "0";
      deadline = order.dispute ? ruling : null;
      sentence =
        now > Number(ruling)
          ? t("panel.disputedLate", { date: date(ruling) })
          : t("panel.disputed", { date: date(ruling) });
      break;
    }
    default:
      sentence = order.outcome ? t(`panel.outcome.${order.outcome}`) : "";
      if (order.status === "Reviewed" || order.status === "Replied") extra = t("panel.reviewed");
  }
  return (
    <section className="order-panel notice" aria-label={t("panel.label")} data-testid="order-panel">
      {deadline !== null && (
        <p className="order-panel__countdown">
          <Countdown deadline={deadline} testId="order-countdown" />
        </p>
      )}
      <p>{sentence}</p>
      {extra && <p className="order-card__meta">{extra}</p>}
    </section>
  );
}
