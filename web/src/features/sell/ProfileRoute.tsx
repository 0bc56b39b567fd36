import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { useSeller } from "../seller/hooks/useSeller";
import { ProfileEditor } from "./components/ProfileEditor";

/** The connected account's profile read (the seller page's query) and its editor, once loaded. */
function AccountProfile({ account }: { account: string }) {
  const { t } = useTranslation("sell");
  const seller = useSeller(account);
  return (
    <IndexedQuery query={seller} loading={t("profile.loading")} testId="sell-profile">
      {/* A new account is unknown to the index (null): it has no profile yet. */}
      {(page) => <ProfileEditor key={account} account={account} published={page?.profile[0]} />}
    </IndexedQuery>
  );
}

/** `/sell/profile`: the seller's name, picture, about text and encryption key, published to IPFS and the chain. */
export default function ProfileRoute() {
  const { t } = useTranslation("sell");
  useDocumentTitle(t("profile.title"));
  const loading = (
    <p className="catalog__state" role="status" data-testid="sell-profile-loading">
      {t("profile.loading")}
    </p>
  );
  return (
    <div className="page sell-profile">
      <h1>{t("profile.heading")}</h1>
      <p className="listing-page__meta">{t("profile.intro")}</p>
      <AccountRequired connect={t("profile.connect")} loading={loading} testId="sell-profile-connect">
        {(account) => <AccountProfile account={account} />}
      </AccountRequired>
    </div>
  );
}
