import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { Pagination } from "../../lib/ui/Pagination";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { ArbiterSummary, CaseCard, NotArbiter } from "./components/ArbiterViews";
import { useArbitration } from "./hooks/useArbitration";
import "./arbitration.css";

type View = "open" | "closed";
const views: readonly View[] = ["open", "closed"];
const viewLink = (view: View, page = 1) => {
  const params = new URLSearchParams();
  if (view === "closed") params.set("view", "closed");
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/arbitration?${query}` : "/arbitration";
};

/** Open disputes (soonest deadline first) or closed ones (newest first), as tabs kept in the URL. */
function ArbiterCases({ account, view, page }: { account: string; view: View; page: number }) {
  const { t } = useTranslation("arbitration");
  const query = useArbitration(account, { view }, page);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="arbitration">
      {({ arbiter, cases, hasMore }) => {
        if (!arbiter) return <NotArbiter account={account} />;
        return (
          <>
            <ArbiterSummary arbiter={arbiter} />
            <nav className="arbitration-tabs" aria-label={t("tabs.label")} data-testid="arbitration-tabs">
              <ul className="arbitration-tabs__list">
                {views.map((tab) => (
                  <li key={tab}>
                    <Link
                      to={viewLink(tab)}
                      className="arbitration-tabs__tab"
                      aria-current={tab === view ? "page" : undefined}
                      data-testid={`arbitration-tab-${tab}`}
                    >
                      {t(`tabs.${tab}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {cases.length === 0 && page === 1 ? (
              <p className="catalog__state" data-testid="arbitration-empty">
                {t(`empty.${view}`)}
              </p>
            ) : (
              <ul className="order-list" data-testid="case-list">
                {cases.map((dispute) => (
                  <CaseCard key={dispute.id} dispute={dispute} />
                ))}
              </ul>
            )}
            <Pagination page={page} hasMore={hasMore} link={(target) => viewLink(view, target)} />
          </>
        );
      }}
    </IndexedQuery>
  );
}

/** `/arbitration` (`?view=closed`, `?page=`): the disputes assigned to the connected arbiter. */
export default function ArbitrationRoute() {
  const { t } = useTranslation("arbitration");
  const [params] = useSearchParams();
  const view: View = params.get("view") === "closed" ? "closed" : "open";
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  useDocumentTitle(t("title"));
  return (
    <div className="page arbitration-page">
      <h1>{t("heading")}</h1>
      <AccountRequired
        connect={t("connect")}
        testId="arbitration-connect"
        loading={
          <p className="catalog__state" role="status">
            {t("loading")}
          </p>
        }
      >
        {(account) => <ArbiterCases account={account} view={view} page={page} />}
      </AccountRequired>
    </div>
  );
}
