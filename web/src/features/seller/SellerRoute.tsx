import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** `/seller/:address`: a seller's profile, reviews and listings (filled from the subgraph next). */
export default function SellerRoute() {
  const { t } = useTranslation();
  const { address = "" } = useParams();
  const valid = ADDRESS.test(address);
  const short = valid ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
  useDocumentTitle(t("seller.title", { address: short }));
  return (
    <div className="page">
      <h1>{t("seller.heading")}</h1>
      {valid ? (
        <>
          <p>
            <code className="address">{address}</code>
          </p>
          <section className="placeholder-panel" data-testid="seller-placeholder">
            <p>{t("seller.placeholder")}</p>
          </section>
        </>
      ) : (
        <p role="alert">{t("seller.invalid", { address })}</p>
      )}
    </div>
  );
}
