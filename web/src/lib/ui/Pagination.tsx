import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Previous / "Page n" / Next, as links (pages live in the URL); nothing when there is one page. */
export function Pagination({
  page,
  hasMore,
  link,
}: {
  page: number;
  hasMore: boolean;
  /** The URL of page `n`. */
  link: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (page <= 1 && !hasMore) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link to={link(page - 1)} rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__page">{t("pagination.page", { page })}</span>
      {hasMore ? (
        <Link to={link(page + 1)} rel="next">
          {t("pagination.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
