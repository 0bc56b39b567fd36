import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { Pagination } from "../../lib/ui/Pagination";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { SaleItem } from "./components/SaleItem";
import { useSellerOrders } from "../orders/hooks/useAccountOrders";

function SellerOrderList({ account, page }: { account: string; page: number }) {
  const { t } = useTranslation("sales");
  const query = useSellerOrders(account, page);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="sales">
      {({ orders, hasMore }) => {
        if (orders.length === 0 && page === 1) {
          return (
            <div className="catalog__state" data-testid="sales-empty">
              <p>{t("empty")}</p>
              <p>{t("emptyHint")}</p>
            </div>
          );
        }
        const toShip = orders.filter((order) => order.status === "Paid").length;
        return (
          <>
            {toShip > 0 && (
              <p className="notice" data-testid="sales-to-ship">
                {t("toShip", { count: toShip })}
              </p>
            )}
            <ul className="sales-list" data-testid="sales-list">
              {orders.map((order) => (
                <SaleItem key={order.id} order={order} />
              ))}
            </ul>
            <Pagination
              page={page}
              hasMore={hasMore}
              link={(target) => (target <= 1 ? "/sales" : `/sales?page=${target}`)}
            />
          </>
        );
      }}
    </IndexedQuery>
  );
}

/** `/sales` (`?page=`): the connected seller's orders, newest first, with a Ship panel on paid ones. */
export default function SalesRoute() {
  const { t } = useTranslation("sales");
  const [params] = useSearchParams();
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
        {(account) => <SellerOrderList account={account} page={page} />}
      </AccountRequired>
    </div>
  );
}
