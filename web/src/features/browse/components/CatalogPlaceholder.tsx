import { listingCategories, type ListingCategory } from "@agora/content/categories";
import { useTranslation } from "react-i18next";

const isCategory = (value: string): value is ListingCategory =>
  (listingCategories as readonly string[]).includes(value);

/** Where the catalogue goes (filled from the subgraph next): the active filters and card placeholders. */
export function CatalogPlaceholder({ query, category }: { query: string; category: string }) {
  const { t } = useTranslation();
  return (
    <section className="catalog" aria-labelledby="catalog-heading" data-testid="catalog">
      <div className="catalog__head">
        <h2 id="catalog-heading">{t("browse.resultsHeading")}</h2>
        <p className="catalog__filters">
          {query && <span className="chip">{t("browse.filterQuery", { query })}</span>}
          {isCategory(category) && (
            <span className="chip">{t("browse.filterCategory", { category: t(`categories.${category}`) })}</span>
          )}
        </p>
      </div>
      <p className="catalog__placeholder">{t("browse.placeholder")}</p>
      <ul className="card-grid" aria-hidden>
        {Array.from({ length: 8 }, (_, index) => (
          <li key={index} className="card card--skeleton">
            <div className="card__photo" />
            <div className="card__line" />
            <div className="card__line card__line--short" />
          </li>
        ))}
      </ul>
    </section>
  );
}
