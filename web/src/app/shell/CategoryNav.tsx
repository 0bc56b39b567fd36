import { listingCategories } from "@agora/content/categories";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useSearchParams } from "react-router";

/** The category menu: links to the browse page filtered by category (kept with the search text). */
export function CategoryNav() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const onBrowse = pathname === "/";
  const active = onBrowse ? (params.get("category") ?? "") : undefined;

  const link = (category: string) => {
    const next = new URLSearchParams(onBrowse ? params : undefined);
    if (category) next.set("category", category);
    else next.delete("category");
    next.delete("page"); // another category starts on its first page
    return { pathname: "/", search: next.size ? `?${next}` : "" };
  };

  return (
    <nav className="categories" aria-label={t("shell.categories.label")}>
      <ul className="categories__list">
        <li>
          <Link to={link("")} className="categories__link" aria-current={active === "" ? "page" : undefined}>
            {t("shell.categories.all")}
          </Link>
        </li>
        {listingCategories.map((category) => (
          <li key={category}>
            <Link
              to={link(category)}
              className="categories__link"
              aria-current={active === category ? "page" : undefined}
            >
              {t(`categories.${category}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
