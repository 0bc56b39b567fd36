import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { Catalog } from "./components/Catalog";
import { readCatalogParams } from "./hooks/catalogParams";

/**
 * `/` (and `/?q=…&category=…&token=…&min=…&max=…&rating=…&stock=all&sort=…&page=…`): the home
 * page; its state lives in the URL (hooks/catalogParams.ts), so a search can be shared as a link.
 */
export default function BrowseRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  useDocumentTitle(t("browse.title"));
  return (
    <div className="page">
      <section className="hero" aria-labelledby="browse-heading">
        <h1 id="browse-heading">{t("browse.heading")}</h1>
        <p className="hero__intro">{t("browse.intro")}</p>
      </section>
      <Catalog filters={readCatalogParams(params)} />
    </div>
  );
}
