import { lazy, Suspense, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { daySeries, DEFAULT_PERIOD, periods, periodTotals, type Period } from "../dailySeries";
import type { DashboardView } from "../hooks/useDashboard";
import { ChartBoundary } from "./ChartBoundary";
import { SalesTable } from "./SalesTable";

// recharts is loaded with the chart alone, after the page's figures are on screen.
const SalesChart = lazy(() => import("./SalesChart"));

/** The period (`?days=`) and token (`?token=`) from the URL, each falling back to a valid choice. */
function useChartChoice(view: DashboardView) {
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get("days"));
  const period: Period = (periods as readonly number[]).includes(asked) ? (asked as Period) : DEFAULT_PERIOD;
  const token = view.chartTokens.find((entry) => entry.id === params.get("token")) ?? view.chartTokens[0];
  const choose = (name: "days" | "token", value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  return { period, token, choose };
}

/** Orders and revenue per day: period and token choice, the period's totals, the chart and its table. */
export function SalesSection({ view }: { view: DashboardView }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const { period, token, choose } = useChartChoice(view);
  const series = useMemo(
    () => (token ? daySeries(view.days, { tokenId: token.id, today: view.today, period }) : []),
    [view.days, view.today, token, period],
  );
  if (!token) return null;
  const symbol = token.symbol ?? "";
  const sum = periodTotals(series);
  const severalTokens = view.chartTokens.length > 1;
  return (
    <section aria-labelledby="dashboard-sales" className="dashboard-section dashboard-sales card">
      <div className="dashboard-sales__header">
        <h2 id="dashboard-sales">{t("chart.heading")}</h2>
        <div className="dashboard-sales__controls">
          <div className="dashboard-periods" role="group" aria-label={t("chart.period")} data-testid="dashboard-period">
            {periods.map((days) => (
              <button
                key={days}
                type="button"
                className="dashboard-periods__option"
                aria-pressed={days === period}
                onClick={() => choose("days", String(days))}
              >
                {t("chart.days", { count: days })}
              </button>
            ))}
          </div>
          {severalTokens && (
            <label className="dashboard-token-choice">
              <span>{t("chart.token")}</span>
              <select
                value={token.id}
                onChange={(event) => choose("token", event.target.value)}
                data-testid="dashboard-token"
              >
                {view.chartTokens.map((entry) => (
                  <option key={entry.id} value={entry.id}>
                    {entry.symbol ?? entry.id}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </div>
      <p className="dashboard-sales__summary" data-testid="dashboard-chart-summary" aria-live="polite">
        {t("chart.summary", {
          count: sum.orders,
          days: period,
          revenue: formatPrice(format, sum.volume.toString(), token),
        })}
        {severalTokens && <> {t("chart.summaryAllTokens", { symbol })}</>}
      </p>
      <ul className="dashboard-legend" aria-hidden="true">
        <li>
          <span className="dashboard-chart__swatch dashboard-chart__swatch--revenue" />
          {t("chart.revenue", { symbol })}
        </li>
        <li>
          <span className="dashboard-chart__swatch dashboard-chart__swatch--orders dashboard-chart__swatch--line" />
          {t("chart.orders")}
        </li>
      </ul>
      <figure
        className="dashboard-chart"
        role="img"
        aria-label={t("chart.label", { symbol, days: period })}
        data-testid="dashboard-chart"
      >
        <ChartBoundary fallback={<p className="catalog__state">{t("chart.failed")}</p>}>
          <Suspense
            fallback={
              <p className="dashboard-chart__loading" role="status">
                {t("chart.loading")}
              </p>
            }
          >
            <SalesChart series={series} token={token} />
          </Suspense>
        </ChartBoundary>
      </figure>
      <p className="form-field__hint">{t("chart.utc")}</p>
      <SalesTable series={series} token={token} />
    </section>
  );
}
