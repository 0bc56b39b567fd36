import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { HiddenByHost } from "../../app/shell/HiddenByHost";
import { useAppConfig } from "../../config/ConfigContext";
import { isSellerHidden } from "../../config/hidden";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedPage } from "../../lib/indexer/IndexerStates";

import { sellerName, SellerView } from "./components/SellerView";
import { useSeller } from "./hooks/useSeller";
import { shortHex } from "../../lib/chain/display";

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

function SellerSkeleton() {
  const { t } = useTranslation();
  return (
    <div className="seller-page" aria-busy="true" data-testid="seller-loading">
      <span className="visually-hidden" role="status">
        {t("seller.loading")}
      </span>
      <div className="seller-page__profile card" aria-hidden>
        <span className="avatar avatar--large ipfs-image--loading" />
        <div className="seller-page__identity">
          <div className="card__line card__line--title" />
          <div className="card__line card__line--short" />
        </div>
      </div>
    </div>
  );
}

/** `/seller/:address` (`?page=`): a seller's profile, figures, listings and reviews; or why not. */
export default function SellerRoute() {
  const { t } = useTranslation();
  const { address = "" } = useParams();
  const { hidden } = useAppConfig();
  const valid = ADDRESS.test(address);
  if (!valid) {
    return (
      <div className="page">
        <InvalidTitle address={address} />
        <h1>{t("seller.heading")}</h1>
        <p role="alert" data-testid="seller-invalid">
          {t("seller.invalid", { address })}
        </p>
      </div>
    );
  }
  if (isSellerHidden(hidden, address)) return <HiddenByHost reason="seller" />;
  return <SellerPageRoute address={address} />;
}

function InvalidTitle({ address }: { address: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("seller.title", { name: address }));
  return null;
}

function SellerPageRoute({ address }: { address: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  const query = useSeller(address, page);
  const seller = query.data;

  let title = t("seller.title", { name: shortHex(address) });
  if (seller === null) title = t("seller.notFound.title");
  else if (seller) title = t("seller.title", { name: sellerName(seller) });
  useDocumentTitle(title);

  const pageLink = (target: number) => (target <= 1 ? `/seller/${address}` : `/seller/${address}?page=${target}`);
  const heading = <h1>{t("seller.heading")}</h1>;
  return (
    <IndexedPage
      query={query}
      heading={heading}
      skeleton={<SellerSkeleton />}
      errorTestId="seller-error"
      notFound={
        <section className="catalog__state" data-testid="seller-not-found">
          <h1>{t("seller.notFound.heading")}</h1>
          <p>{t("seller.notFound.body", { address })}</p>
          <Link to="/">{t("seller.notFound.home")}</Link>
        </section>
      }
    >
      {(loaded) => <SellerView seller={loaded} page={page} pageLink={pageLink} />}
    </IndexedPage>
  );
}
