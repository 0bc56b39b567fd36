import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedPage } from "../../lib/indexer/IndexerStates";
import { boughtItem } from "./boughtItem";
import { OrderView } from "./components/OrderView";
import { useOrderPage } from "./hooks/useOrder";
import { orderIdFromParam, orderLabel } from "./orderId";

function OrderSkeleton() {
  const { t } = useTranslation("orders");
  return (
    <div className="order-page order-page--skeleton" aria-busy="true" data-testid="order-loading">
      <span className="visually-hidden" role="status">
        {t("page.loading")}
      </span>
      <div className="card__line card__line--title" aria-hidden />
      <div className="order-summary card" aria-hidden>
        <div className="order-summary__photo card__photo" />
        <div className="order-summary__facts">
          <div className="card__line" />
          <div className="card__line card__line--short" />
          <div className="card__line" />
        </div>
      </div>
    </div>
  );
}

function InvalidOrder({ id }: { id: string }) {
  const { t } = useTranslation("orders");
  useDocumentTitle(t("page.notFound.heading"));
  return (
    <div className="page">
      <section className="catalog__state" data-testid="order-invalid">
        <h1>{t("page.notFound.heading")}</h1>
        <p>{t("page.invalid", { id })}</p>
        <Link to="/orders">{t("page.notFound.link")}</Link>
      </section>
    </div>
  );
}

/** `/orders/:id` (the order id in hex or decimal): one order, for anyone to read and its buyer to act on. */
export default function OrderRoute() {
  const { id = "" } = useParams();
  const orderId = orderIdFromParam(id);
  return orderId ? <OrderPageRoute id={orderId} /> : <InvalidOrder id={id} />;
}

function OrderPageRoute({ id }: { id: string }) {
  const { t } = useTranslation("orders");
  const { query, source } = useOrderPage(id);
  const number = orderLabel(id);
  let title = t("page.title", { number });
  if (query.data === null) title = t("page.notFound.heading");
  else if (query.data) title = boughtItem(query.data.order).name ?? title;
  useDocumentTitle(title);
  return (
    <IndexedPage
      query={query}
      heading={<h1>{t("page.heading", { number })}</h1>}
      skeleton={<OrderSkeleton />}
      errorTestId="order-error"
      fromChain={source === "chain"}
      notFound={
        <section className="catalog__state" data-testid="order-not-found">
          <h1>{t("page.notFound.heading")}</h1>
          <p>{t("page.notFound.body", { id: number })}</p>
          <Link to="/orders">{t("page.notFound.link")}</Link>
        </section>
      }
    >
      {(read) => <OrderView order={read.order} windows={read.windows} source={source} />}
    </IndexedPage>
  );
}
