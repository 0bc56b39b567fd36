import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { Catalog } from "./components/Catalog";
import { isCategory } from "./hooks/useCatalog";

/** `/` (and `/?q=…&category=…&page=…`): the home page; its state lives in the URL. */
export default function BrowseRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  useDocumentTitle(t("browse.title"));
  const category = params.get("category") ?? "";
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  return (
    <div className="page">
      <section className="hero" aria-labelledby="browse-heading">
        <h1 id="browse-heading">{t("browse.heading")}</h1>
        <p className="hero__intro">{t("browse.intro")}</p>
      </section>
      <Catalog filters={{ q: params.get("q") ?? "", category: isCategory(category) ? category : undefined, page }} />
    </div>
  );
}
