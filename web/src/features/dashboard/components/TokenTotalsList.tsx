import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import type { TokenTotals } from "../hooks/useDashboard";

/**
 * One card per token: all-time volume, payouts and refunds, what is in escrow now (open orders)
 * and what waits to be withdrawn (credits, with a link to the credits page).
 */
export function TokenTotalsList({ tokens, escrowPartial }: { tokens: readonly TokenTotals[]; escrowPartial: boolean }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  const price = (amount: bigint, entry: TokenTotals) => formatPrice(format, amount.toString(), entry.token);
  return (
    <section aria-labelledby="dashboard-tokens" className="dashboard-section">
      <h2 id="dashboard-tokens">{t("tokens.heading")}</h2>
      <ul className="dashboard-tokens">
        {tokens.map((entry) => (
          <li
            key={entry.token.id}
            className="card dashboard-token"
            data-testid="dashboard-token-totals"
            data-token={entry.token.id}
          >
            <h3 className="dashboard-token__symbol">{entry.token.symbol ?? entry.token.id}</h3>
            <dl className="dashboard-token__figures">
              <div data-figure="volume">
                <dt>{t("tokens.volume")}</dt>
                <dd>{price(entry.volume, entry)}</dd>
              </div>
              <div data-figure="earnings">
                <dt>{t("tokens.earnings")}</dt>
                <dd>{price(entry.earnings, entry)}</dd>
              </div>
              <div data-figure="refunds">
                <dt>{t("tokens.refunds")}</dt>
                <dd>{price(entry.refunds, entry)}</dd>
              </div>
              <div data-figure="escrow">
                <dt>{t("tokens.escrow")}</dt>
                <dd>
                  {escrowPartial
                    ? t("tokens.escrowAtLeast", { amount: price(entry.escrow, entry) })
                    : price(entry.escrow, entry)}
                </dd>
              </div>
              <div data-figure="credits">
                <dt>{t("tokens.credits")}</dt>
                <dd>
                  {price(entry.credits, entry)}
                  {entry.credits > 0n && (
                    <Link to="/credits" className="dashboard-token__withdraw">
                      {t("tokens.withdraw")}
                    </Link>
                  )}
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <p className="form-field__hint">
        {t("tokens.escrowHint")} {t("tokens.creditsHint")}
      </p>
    </section>
  );
}
