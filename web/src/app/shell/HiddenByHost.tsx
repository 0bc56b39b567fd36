import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HiddenReason } from "../../config/hidden";
import { useDocumentTitle } from "../../lib/documentTitle";

/** The page for something this host hides: says so, and that the protocol itself stays open. */
export function HiddenByHost({ reason }: { reason: HiddenReason }) {
  const { t } = useTranslation();
  useDocumentTitle(t("hidden.title"));
  return (
    <div className="page">
      <section className="catalog__state" data-testid="hidden-by-host">
        <h1>{t("hidden.heading")}</h1>
        <p>{t(`hidden.${reason}`)}</p>
        <p className="listing-page__meta">{t("hidden.open")}</p>
        <Link to="/">{t("hidden.home")}</Link>
      </section>
    </div>
  );
}
