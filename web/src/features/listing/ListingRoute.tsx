import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexerError } from "../../lib/indexer/client";
import { useIndexerClient } from "../../lib/indexer/IndexerProvider";
import { shortHex } from "../browse/components/ListingCard";
import { ListingView } from "./components/ListingView";
import { useListing } from "./hooks/useListing";

function ListingSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="listing-page listing-page--skeleton" aria-busy="true" data-testid="listing-loading">
      <span className="visually-hidden" role="status">
        {t("listing.loading")}
      </span>
      <div className="listing-page__photo card__photo" aria-hidden />
      <div className="listing-page__main" aria-hidden>
        <div className="card__line card__line--title" />
        <div className="card__line card__line--short" />
        <div className="card__line" />
        <div className="card__line card__line--short" />
      </div>
    </div>
  );
}

/** `/listing/:id`: one listing from the subgraph (text; verified photos come with the content layer). */
export default function ListingRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const configured = useIndexerClient() !== null;
  const query = useListing(id);
  const listing = query.data;
  const name = listing?.current[0]?.name?.trim();

  let title = t("listing.title", { id: shortHex(id) });
  if (listing === null) title = t("listing.notFound.title");
  else if (listing) title = name || t("listing.unreadable", { id: shortHex(listing.id) });
  useDocumentTitle(title);

  // Until the listing is read (no index, or an error), the page is headed by the listing's id.
  const heading = <h1 className="listing-page__title">{t("listing.heading", { id: shortHex(id) })}</h1>;
  let body;
  if (!configured) {
    body = (
      <>
        {heading}
        <div className="catalog__state" role="status">
          <p>{t("listing.notConfigured")}</p>
        </div>
      </>
    );
  } else if (query.isPending) {
    body = <ListingSkeleton />;
  } else if (query.isError) {
    const kind = query.error instanceof IndexerError ? query.error.kind : "unreachable";
    body = (
      <>
        {heading}
        <div className="catalog__state" role="alert" data-testid="listing-error">
          <p>{t(`listing.error.${kind}`)}</p>
          <button type="button" className="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
            {t("listing.retry")}
          </button>
        </div>
      </>
    );
  } else if (listing === null || listing === undefined) {
    body = (
      <section className="catalog__state" data-testid="listing-not-found">
        <h1>{t("listing.notFound.heading")}</h1>
        <p>{t("listing.notFound.body", { id })}</p>
        <Link to="/">{t("listing.notFound.home")}</Link>
      </section>
    );
  } else {
    body = <ListingView listing={listing} />;
  }
  return <div className="page">{body}</div>;
}
