import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import type { DashboardView } from "../hooks/useDashboard";

/** All-time figures: orders by outcome and the rating, one tile each. */
export function DashboardTotals({ totals }: { totals: DashboardView["totals"] }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const rating = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 1 }).format(totals.rating);
  const counts = [
    ["sales", totals.sales],
    ["completed", totals.completed],
    ["refunded", totals.refunded],
    ["disputed", totals.disputed],
  ] as const;
  return (
    <section aria-labelledby="dashboard-totals" className="dashboard-section">
      <h2 id="dashboard-totals">{t("totals.heading")}</h2>
      <dl className="dashboard-stats" data-testid="dashboard-totals">
        {counts.map(([name, value]) => (
          <div key={name} className="dashboard-stat" data-testid={`stat-${name}`}>
            <dt>{t(`totals.${name}`)}</dt>
            <dd>{format.integer(value)}</dd>
          </div>
        ))}
        <div className="dashboard-stat" data-testid="stat-rating">
          <dt>{t("totals.rating")}</dt>
          <dd>
            {totals.ratingCount > 0 ? t("totals.ratingValue", { rating }) : "—"}
            <span className="dashboard-stat__note">
              {totals.ratingCount > 0 ? t("totals.reviews", { count: totals.ratingCount }) : t("totals.noReviews")}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
