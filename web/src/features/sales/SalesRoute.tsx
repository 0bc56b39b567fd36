import "./sales.css";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useFormat } from "../../lib/i18n/format";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { Pagination } from "../../lib/ui/Pagination";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { SaleItem } from "./components/SaleItem";
import { useSales } from "./hooks/useSales";
import { parseTab, saleTabs, salesLink, type SaleTab, type TabCount } from "./queue";

/** The queue's tabs as links (kept in the URL), each with how many orders it holds. */
function SaleTabs({ current, counts }: { current: SaleTab; counts: Record<SaleTab, TabCount> }) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  return (
    <nav className="sales-tabs" aria-label={t("tabs.label")} data-testid="sales-tabs">
      <ul className="sales-tabs__list">
        {saleTabs.map((tab) => {
          const { count, capped } = counts[tab];
          const number = format.integer(count);
          return (
            <li key={tab}>
              <Link
                to={salesLink(tab)}
                className="sales-tabs__tab"
                aria-current={tab === current ? "page" : undefined}
                data-testid={`sales-tab-${tab}`}
                data-count={count}
              >
                {t(`tabs.${tab}`)}{" "}
                <span
                  className="sales-tabs__count"
                  data-attention={(tab === "toShip" || tab === "disputed") && count > 0 ? true : undefined}
                >
                  {capped ? t("tabs.countCapped", { count: number }) : number}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function SellerOrderList({ account, tab, page }: { account: string; tab: SaleTab; page: number }) {
  const { t } = useTranslation("sales");
  const query = useSales(account, tab, page);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="sales">
      {({ orders, hasMore, counts }) => {
        if (counts.all.count === 0 && orders.length === 0) {
          return (
            <div className="catalog__state" data-testid="sales-empty">
              <p>{t("empty")}</p>
              <p>{t("emptyHint")}</p>
            </div>
          );
        }
        const toShip = counts.toShip.count;
        return (
          <>
            {toShip > 0 && tab !== "toShip" && (
              <p className="notice" data-testid="sales-to-ship">
                {t("toShip", { count: toShip })} <Link to={salesLink("toShip")}>{t("showToShip")}</Link>
              </p>
            )}
            <SaleTabs current={tab} counts={counts} />
            {orders.length === 0 ? (
              <p className="catalog__state" data-testid="sales-tab-empty">
                {t(`emptyTab.${tab}`)}
              </p>
            ) : (
              <ul className="sales-list" data-testid="sales-list" aria-busy={query.isPlaceholderData || undefined}>
                {orders.map((order) => (
                  <SaleItem key={order.id} order={order} />
                ))}
              </ul>
            )}
            <Pagination page={page} hasMore={hasMore} link={(target) => salesLink(tab, target)} />
          </>
        );
      }}
    </IndexedQuery>
  );
}

/**
 * `/sales` (`?tab=`, `?page=`): the connected seller's queue, newest first, by state (to ship,
 * shipped, disputed, completed, all) with counts; each sale with the tools it needs now.
 */
export default function SalesRoute() {
  const { t } = useTranslation("sales");
  const [params] = useSearchParams();
  const tab = parseTab(params.get("tab"));
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  useDocumentTitle(t("title"));

  return (
    <div className="page orders-page sales-page">
      <div className="orders-page__header">
        <h1>{t("heading")}</h1>
        <nav className="orders-page__related" aria-label={t("related")}>
          <Link to="/orders">{t("purchases")}</Link>
          <Link to="/inbox">{t("inbox")}</Link>
        </nav>
      </div>
      <AccountRequired
        connect={t("connect")}
        testId="sales-connect"
        loading={
          <p className="catalog__state" role="status">
            {t("loading")}
          </p>
        }
      >
        {(account) => <SellerOrderList account={account} tab={tab} page={page} />}
      </AccountRequired>
    </div>
  );
}
