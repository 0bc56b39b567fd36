import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { BestSellers } from "./components/BestSellers";
import { DashboardTotals } from "./components/DashboardTotals";
import { ExportOrders } from "./components/ExportOrders";
import { SalesSection } from "./components/SalesSection";
import { TokenTotalsList } from "./components/TokenTotalsList";
import { useDashboard, type DashboardView } from "./hooks/useDashboard";
import "./dashboard.css";

/** A seller without orders yet: what will show here, and the way to a first listing. */
function NoSales({ activeListings }: { activeListings: number }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="catalog__state" data-testid="dashboard-empty">
      <p>
        <strong>{t("empty.title")}</strong> {t("empty.body")}
      </p>
      {activeListings > 0 && <p>{t("empty.active", { count: activeListings })}</p>}
      <Link to="/sell/new" className="button button--primary">
        {t("empty.create")}
      </Link>
    </div>
  );
}

function Dashboard({ view, seller }: { view: DashboardView; seller: string }) {
  if (!view.hasSales) return <NoSales activeListings={view.activeListings} />;
  return (
    <>
      <DashboardTotals totals={view.totals} />
      <SalesSection view={view} />
      <div className="dashboard-columns">
        <TokenTotalsList tokens={view.tokens} escrowPartial={view.escrowPartial} />
        <BestSellers listings={view.bestSellers} />
      </div>
      <ExportOrders seller={seller} />
    </>
  );
}

function DashboardBody({ seller }: { seller: string }) {
  const { t } = useTranslation("dashboard");
  const query = useDashboard(seller);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="dashboard">
      {(view) => <Dashboard view={view} seller={seller} />}
    </IndexedQuery>
  );
}

/**
 * `/sell/dashboard` (`?days=7|30|90&token=`): the connected seller's orders and revenue per day,
 * all-time totals per token, escrow and payouts, best sellers, and every order as CSV.
 */
export default function DashboardRoute() {
  const { t } = useTranslation("dashboard");
  useDocumentTitle(t("title"));
  return (
    <div className="page dashboard-page">
      <div className="orders-page__header">
        <h1>{t("heading")}</h1>
        <nav className="orders-page__related" aria-label={t("related")}>
          <Link to="/sales">{t("salesLink")}</Link>
          <Link to="/credits">{t("creditsLink")}</Link>
          <Link to="/sell/new">{t("newListingLink")}</Link>
        </nav>
      </div>
      <AccountRequired
        connect={t("connect")}
        testId="dashboard-connect"
        loading={
          <p className="catalog__state" role="status" data-testid="dashboard-loading">
            {t("loading")}
          </p>
        }
      >
        {(seller) => <DashboardBody seller={seller} />}
      </AccountRequired>
    </div>
  );
}
