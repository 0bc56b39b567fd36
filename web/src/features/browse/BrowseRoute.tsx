import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { CatalogPlaceholder } from "./components/CatalogPlaceholder";

/** `/` (and `/?q=…&category=…`): the home page. */
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
      <CatalogPlaceholder query={params.get("q") ?? ""} category={params.get("category") ?? ""} />
    </div>
  );
}
