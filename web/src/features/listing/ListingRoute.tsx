import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { HiddenByHost } from "../../app/shell/HiddenByHost";
import { useAppConfig } from "../../config/ConfigContext";
import { listingHiddenReason } from "../../config/hidden";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedPage } from "../../lib/indexer/IndexerStates";
import { ListingView } from "./components/ListingView";
import { useListing } from "./hooks/useListing";
import { listingLabel } from "../../lib/chain/listingId";

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

/** `/listing/:id`: one listing from the subgraph, photos and details verified from IPFS; or why this host hides it. */
export default function ListingRoute() {
  const { id = "" } = useParams();
  const hidden = listingHiddenReason(useAppConfig().hidden, id);
  return hidden ? <HiddenByHost reason={hidden} /> : <ListingPageRoute id={id} />;
}

function ListingPageRoute({ id }: { id: string }) {
  const { t } = useTranslation();
  const { query, source } = useListing(id);
  const listing = query.data;
  const name = listing?.current[0]?.name?.trim();

  let title = t("listing.title", { id: listingLabel(id) });
  if (listing === null) title = t("listing.notFound.title");
  else if (listing) title = name || t("listing.unreadable", { id: listingLabel(listing.id) });
  useDocumentTitle(title);

  // Until the listing is read (no index, or an error), the page is headed by the listing's id.
  const heading = <h1 className="listing-page__title">{t("listing.heading", { id: listingLabel(id) })}</h1>;
  return (
    <IndexedPage
      query={query}
      heading={heading}
      skeleton={<ListingSkeleton />}
      errorTestId="listing-error"
      fromChain={source === "chain"}
      notFound={
        <section className="catalog__state" data-testid="listing-not-found">
          <h1>{t("listing.notFound.heading")}</h1>
          <p>{t("listing.notFound.body", { id: listingLabel(id) })}</p>
          <Link to="/">{t("listing.notFound.home")}</Link>
        </section>
      }
    >
      {(loaded) => <ListingView listing={loaded} source={source} />}
    </IndexedPage>
  );
}
