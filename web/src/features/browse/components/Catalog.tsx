import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { hasFilters, withoutFilters } from "../hooks/catalogParams";
import { useCatalog, type CatalogFilters } from "../hooks/useCatalog";
import { FilterBar } from "./FilterBar";
import { IndexerFailed, IndexerNotConfigured } from "../../../lib/indexer/IndexerStates";
import { Pagination } from "../../../lib/ui/Pagination";
import { ListingCard } from "./ListingCard";

function Skeletons() {
  return (
    <ul className="card-grid" aria-hidden data-testid="catalog-loading">
      {Array.from({ length: 8 }, (_, index) => (
        <li key={index} className="card card--skeleton">
          <div className="card__photo" />
          <div className="card__line" />
          <div className="card__line card__line--short" />
        </li>
      ))}
    </ul>
  );
}

/** The catalogue for the URL's filters: cards, or a loading, empty, error or not-configured state. */
export function Catalog({ filters }: { filters: CatalogFilters }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const catalog = useCatalog(filters);
  const { page } = filters;
  const filtered = hasFilters(filters);
  const cleared = withoutFilters(params).toString();

  const pageLink = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete("page");
    else next.set("page", String(target));
    const search = next.toString();
    return search ? `/?${search}` : "/";
  };

  let body;
  if (!catalog.configured) {
    body = <IndexerNotConfigured />;
  } else if (catalog.isPending) {
    body = <Skeletons />;
  } else if (catalog.isError) {
    body = (
      <IndexerFailed
        error={catalog.error}
        onRetry={() => void catalog.refetch()}
        retrying={catalog.isFetching}
        testId="catalog-error"
      />
    );
  } else if (catalog.data.listings.length === 0 && page <= 1) {
    body = (
      <div className="catalog__state" role="status" data-testid="catalog-empty">
        <p>{filtered ? t("browse.state.emptyFiltered") : t("browse.state.empty")}</p>
        {filtered && <Link to={cleared ? `/?${cleared}` : "/"}>{t("browse.state.clearFilters")}</Link>}
      </div>
    );
  } else {
    const { listings, hasMore } = catalog.data;
    body = (
      <>
        {listings.length === 0 ? (
          <p className="catalog__state">{t("browse.state.pastEnd")}</p>
        ) : (
          <ul className="card-grid" data-testid="catalog-results" aria-busy={catalog.isFetching}>
            {listings.map((listing) => (
              <ListingCard key={listing.id} listing={listing} />
            ))}
          </ul>
        )}
        <Pagination page={page} hasMore={hasMore} link={pageLink} />
      </>
    );
  }

  return (
    <section className="catalog" aria-labelledby="catalog-heading" data-testid="catalog">
      <FilterBar
        heading={<h2 id="catalog-heading">{t("browse.resultsHeading")}</h2>}
        filters={filters}
        tokens={catalog.tokens}
        token={catalog.token}
        price={catalog.price}
        searching={catalog.searching}
      />
      {body}
    </section>
  );
}
