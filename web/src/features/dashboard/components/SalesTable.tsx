import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import type { DashboardToken, DayFigures } from "../dailySeries";
import { dayFormatters } from "../dayFormat";

/**
 * The chart's figures as a table, behind a disclosure: what a screen reader (or anyone wanting
 * exact amounts) reads instead of the picture. Newest day first.
 */
export function SalesTable({ series, token }: { series: readonly DayFigures[]; token: DashboardToken }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const days = dayFormatters(format.locale);
  const symbol = token.symbol ?? "";
  return (
    <details className="dashboard-table">
      <summary>{t("chart.table.toggle")}</summary>
      <div className="dashboard-table__scroll">
        <table data-testid="dashboard-table">
          <caption>{t("chart.table.caption", { symbol, days: series.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("chart.table.day")}</th>
              <th scope="col">{t("chart.table.orders")}</th>
              <th scope="col">{t("chart.table.revenue")}</th>
              <th scope="col">{t("chart.table.refunds")}</th>
            </tr>
          </thead>
          <tbody>
            {[...series].reverse().map((day) => (
              <tr key={day.date} data-day={days.iso(day.date)}>
                <th scope="row">
                  <time dateTime={days.iso(day.date)}>{days.long(day.date)}</time>
                </th>
                <td>{format.integer(day.orders)}</td>
                <td>{formatPrice(format, day.volume.toString(), token)}</td>
                <td>{formatPrice(format, day.refunded.toString(), token)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
