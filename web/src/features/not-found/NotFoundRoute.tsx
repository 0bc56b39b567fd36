import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";

/** Any address that is no page. */
export default function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <div className="page page--narrow">
      <h1>{t("notFound.heading")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/" className="button button--primary">
          {t("notFound.home")}
        </Link>
      </p>
    </div>
  );
}
