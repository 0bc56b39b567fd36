import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexerFailed, IndexerNotConfigured } from "../../lib/indexer/IndexerStates";
import { useIndexerClient } from "../../lib/indexer/IndexerProvider";
import { Pagination } from "../../lib/ui/Pagination";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { OrderCard } from "./components/OrderCard";
import { useBuyerOrders } from "./hooks/useAccountOrders";

function OrdersSkeleton() {
  const { t } = useTranslation("orders");
  return (
    <div aria-busy="true" data-testid="orders-loading">
      <span className="visually-hidden" role="status">
        {t("list.loading")}
      </span>
      <ul className="order-list" aria-hidden>
        {[0, 1, 2].map((index) => (
          <li key={index} className="card order-card order-card--skeleton">
            <div className="order-card__photo card__photo" />
            <div className="order-card__body">
              <div className="card__line card__line--title" />
              <div className="card__line card__line--short" />
              <div className="card__line" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function BuyerOrderList({ account, page }: { account: string; page: number }) {
  const { t } = useTranslation("orders");
  const configured = useIndexerClient() !== null;
  const query = useBuyerOrders(account, page);
  if (!configured) return <IndexerNotConfigured />;
  if (query.isPending) return <OrdersSkeleton />;
  if (query.isError) {
    return (
      <IndexerFailed
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        testId="orders-error"
      />
    );
  }
  const { orders, hasMore } = query.data;
  if (orders.length === 0 && page === 1) {
    return (
      <div className="catalog__state" data-testid="orders-empty">
        <p>{t("list.empty")}</p>
        <Link to="/">{t("list.browse")}</Link>
      </div>
    );
  }
  return (
    <>
      <ul className="order-list" data-testid="order-list">
        {orders.map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </ul>
      <Pagination
        page={page}
        hasMore={hasMore}
        link={(target) => (target <= 1 ? "/orders" : `/orders?page=${target}`)}
      />
    </>
  );
}

/** `/orders` (`?page=`): the connected account's purchases, newest first; or a connect prompt. */
export default function OrdersRoute() {
  const { t } = useTranslation("orders");
  const [params] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  useDocumentTitle(t("list.title"));

  return (
    <div className="page orders-page">
      <div className="orders-page__header">
        <h1>{t("list.heading")}</h1>
        <nav className="orders-page__related" aria-label={t("list.related")}>
          <Link to="/inbox">{t("list.inbox")}</Link>
          <Link to="/credits">{t("list.credits")}</Link>
          <Link to="/sales">{t("list.sales")}</Link>
          <Link to="/sell/profile">{t("list.profile")}</Link>
        </nav>
      </div>
      <AccountRequired connect={t("list.connect")} testId="orders-connect" loading={<OrdersSkeleton />}>
        {(account) => <BuyerOrderList account={account} page={page} />}
      </AccountRequired>
    </div>
  );
}
