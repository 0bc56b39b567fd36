import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";

/** `/listing/:id`: one listing (filled from the subgraph and IPFS next). */
export default function ListingRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  useDocumentTitle(t("listing.title", { id }));
  return (
    <div className="page">
      <h1>{t("listing.heading", { id })}</h1>
      <section className="placeholder-panel" data-testid="listing-placeholder">
        <p>{t("listing.placeholder")}</p>
      </section>
    </div>
  );
}
