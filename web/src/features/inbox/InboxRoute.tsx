import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { InboxList } from "./components/InboxList";
import { useInbox } from "./hooks/useInbox";

function InboxBody({ account }: { account: string }) {
  const { t } = useTranslation("inbox");
  const { t: common } = useTranslation();
  const { query, entries } = useInbox(account);
  return (
    <IndexedQuery query={query} loading={t("loading")} testId="inbox">
      {() =>
        !entries || entries.length === 0 ? (
          <div className="catalog__state" data-testid="inbox-empty">
            <p>{t("empty")}</p>
            <p className="inbox-page__hint">{t("emptyHint")}</p>
            <Link to="/">{common("cart.browse")}</Link>
          </div>
        ) : (
          <InboxList entries={entries} />
        )
      }
    </IndexedQuery>
  );
}

/** `/inbox`: what waits on the connected account as buyer and as seller, from one index query. */
export default function InboxRoute() {
  const { t } = useTranslation("inbox");
  useDocumentTitle(t("title"));
  return (
    <div className="page inbox-page">
      <h1>{t("heading")}</h1>
      <p className="inbox-page__intro">{t("intro")}</p>
      <AccountRequired
        connect={t("connect")}
        testId="inbox-connect"
        loading={
          <p className="catalog__state" role="status" data-testid="inbox-loading">
            {t("loading")}
          </p>
        }
      >
        {(account) => <InboxBody account={account} />}
      </AccountRequired>
    </div>
  );
}
