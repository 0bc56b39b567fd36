import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { SellHub } from "./hub/SellHub";
import "./hub/hub.css";

/** `/sell` (`?page=`): a new seller's walkthrough to the first listing, then their listings and tools. */
export default function SellRoute() {
  const { t } = useTranslation("sell");
  const [params] = useSearchParams();
  const page = Math.max(1, Math.floor(Number(params.get("page") ?? "1")) || 1);
  useDocumentTitle(t("hub.title"));
  return (
    <div className="page sell-hub">
      <h1>{t("hub.heading")}</h1>
      <p className="listing-page__meta sell-hub__intro">{t("hub.intro")}</p>
      <AccountRequired
        connect={t("hub.connect")}
        testId="sell-connect"
        loading={
          <p className="catalog__state" role="status" data-testid="sell-account-loading">
            {t("hub.loading")}
          </p>
        }
      >
        {(account) => <SellHub key={account} account={account} page={page} />}
      </AccountRequired>
    </div>
  );
}
