import type { ListingCategory } from "@agora/content/categories";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { IndexerError } from "../../../lib/indexer/client";
import { useCatalog, type CatalogFilters } from "../hooks/useCatalog";
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
  const { q, category, page } = filters;
  const filtered = q.trim() !== "" || category !== undefined;

  const pageLink = (target: number) => {
    const next = new URLSearchParams(params);
    if (target <= 1) next.delete("page");
    else next.set("page", String(target));
    const search = next.toString();
    return search ? `/?${search}` : "/";
  };

  let body;
  if (!catalog.configured) {
    body = (
      <div className="catalog__state" role="status">
        <p>{t("browse.state.notConfigured")}</p>
      </div>
    );
  } else if (catalog.isPending) {
    body = <Skeletons />;
  } else if (catalog.isError) {
    const kind = catalog.error instanceof IndexerError ? catalog.error.kind : "unreachable";
    body = (
      <div className="catalog__state" role="alert" data-testid="catalog-error">
        <p>{t(`browse.state.error.${kind}`)}</p>
        <button type="button" className="button" onClick={() => void catalog.refetch()} disabled={catalog.isFetching}>
          {t("browse.state.retry")}
        </button>
      </div>
    );
  } else if (catalog.data.listings.length === 0 && page <= 1) {
    body = (
      <div className="catalog__state" role="status" data-testid="catalog-empty">
        <p>{filtered ? t("browse.state.emptyFiltered") : t("browse.state.empty")}</p>
        {filtered && <Link to="/">{t("browse.state.clearFilters")}</Link>}
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
        {(page > 1 || hasMore) && (
          <nav className="pagination" aria-label={t("browse.pagination.label")}>
            {page > 1 ? (
              <Link to={pageLink(page - 1)} rel="prev">
                {t("browse.pagination.previous")}
              </Link>
            ) : (
              <span />
            )}
            <span className="pagination__page">{t("browse.pagination.page", { page })}</span>
            {hasMore ? (
              <Link to={pageLink(page + 1)} rel="next">
                {t("browse.pagination.next")}
              </Link>
            ) : (
              <span />
            )}
          </nav>
        )}
      </>
    );
  }

  return (
    <section className="catalog" aria-labelledby="catalog-heading" data-testid="catalog">
      <div className="catalog__head">
        <h2 id="catalog-heading">{t("browse.resultsHeading")}</h2>
        <p className="catalog__filters">
          {q && <span className="chip">{t("browse.filterQuery", { query: q })}</span>}
          {category && (
            <span className="chip">
              {t("browse.filterCategory", { category: t(`categories.${category satisfies ListingCategory}`) })}
            </span>
          )}
        </p>
      </div>
      {body}
    </section>
  );
}
