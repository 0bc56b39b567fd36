import { lazy, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatPrice, shortHex } from "../../lib/chain/display";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useFormat } from "../../lib/i18n/format";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { useCredits, type CreditBalance, type CreditsView } from "./hooks/useCredits";

const WithdrawForm = lazy(() => import("./components/WithdrawForm"));

function BalanceRow({ credit, account }: { credit: CreditBalance; account: string }) {
  const { t } = useTranslation("credits");
  const format = useFormat();
  const amount = formatPrice(format, credit.balance.toString(), credit.token);
  // Stable elements: an island re-registers whenever its content or fallback changes.
  const fallback = useMemo(
    () => (
      <button type="button" className="button button--primary" disabled>
        {t("withdraw.button", { amount })}
      </button>
    ),
    [t, amount],
  );
  const form = useMemo(() => <WithdrawForm credit={credit} account={account} />, [credit, account]);
  return (
    <li className="credit-balance card" data-testid="credit-balance" data-token={credit.token.id}>
      <p className="credit-balance__amount">
        <span className="credit-balance__label">{t("balance")}</span>{" "}
        <strong data-testid="credit-amount">{amount}</strong>
      </p>
      {credit.balance > 0n ? (
        <WalletIsland fallback={fallback}>{form}</WalletIsland>
      ) : (
        <p className="form-field__hint">{t("withdrawn")}</p>
      )}
    </li>
  );
}

function Credits({ view, account }: { view: CreditsView; account: string }) {
  const { t } = useTranslation("credits");
  const format = useFormat();
  return (
    <>
      <section aria-labelledby="credits-balances" className="credits-section">
        <h2 id="credits-balances">{t("balances")}</h2>
        <ul className="credit-balances">
          {view.balances.map((credit) => (
            <BalanceRow key={credit.token.id} credit={credit} account={account} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="credits-history" className="credits-section">
        <h2 id="credits-history">{t("history")}</h2>
        <ol className="credit-history" data-testid="credit-history">
          {view.history.map((event) => {
            const when = event.timestamp * 1000;
            return (
              <li key={event.id} className="credit-history__event" data-kind={event.kind}>
                <span>{event.kind === "credit" ? t("credited") : t("withdrawal", { to: shortHex(event.to) })}</span>
                <strong className="credit-history__amount">
                  {event.kind === "credit" ? "+" : "−"}
                  {formatPrice(format, event.amount.toString(), event.token)}
                </strong>
                <time dateTime={new Date(when).toISOString()} className="credit-history__time">
                  {format.dateTime(when)}
                </time>
              </li>
            );
          })}
        </ol>
      </section>
    </>
  );
}

function CreditsBody({ account }: { account: string }) {
  const { t } = useTranslation("credits");
  const query = useCredits(account);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="credits">
      {(view) =>
        view.balances.length === 0 ? (
          <div className="catalog__state" data-testid="credits-empty">
            <p>{t("empty")}</p>
            <p>{t("emptyHint")}</p>
          </div>
        ) : (
          <Credits view={view} account={account} />
        )
      }
    </IndexedQuery>
  );
}

/** `/credits`: failed payouts kept for the connected account, per token, each withdrawable. */
export default function CreditsRoute() {
  const { t } = useTranslation("credits");
  useDocumentTitle(t("title"));
  return (
    <div className="page page--narrow credits-page">
      <h1>{t("heading")}</h1>
      <p className="credits-page__intro">{t("intro")}</p>
      <AccountRequired
        connect={t("connect")}
        testId="credits-connect"
        loading={
          <p className="catalog__state" role="status" data-testid="credits-loading">
            {t("loading")}
          </p>
        }
      >
        {(account) => <CreditsBody account={account} />}
      </AccountRequired>
    </div>
  );
}
