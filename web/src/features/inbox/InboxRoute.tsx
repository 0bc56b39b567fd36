import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexerFailed, IndexerNotConfigured } from "../../lib/indexer/IndexerStates";
import { useIndexerClient } from "../../lib/indexer/IndexerProvider";
import { useAccountState } from "../../lib/wallet/account";
import { ConnectPlaceholder } from "../../lib/wallet/ConnectPlaceholder";
import { InboxList } from "./components/InboxList";
import { useInbox } from "./hooks/useInbox";

/** `/inbox`: what waits on the connected account as buyer and as seller, from one index query. */
export default function InboxRoute() {
  const { t } = useTranslation("inbox");
  const { t: common } = useTranslation();
  useDocumentTitle(t("title"));
  const configured = useIndexerClient() !== null;
  const account = useAccountState();
  const accountId = account.status === "connected" ? account.address.toLowerCase() : undefined;
  const { query, entries } = useInbox(accountId);

  let body;
  if (account.status === "disconnected") {
    body = (
      <div className="catalog__state" data-testid="inbox-connect">
        <p>{t("connect")}</p>
        <ConnectPlaceholder />
      </div>
    );
  } else if (!configured) {
    body = <IndexerNotConfigured />;
  } else if (account.status === "unknown" || query.isPending) {
    body = (
      <p className="catalog__state" role="status" data-testid="inbox-loading">
        {t("loading")}
      </p>
    );
  } else if (query.isError) {
    body = (
      <IndexerFailed
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        testId="inbox-error"
      />
    );
  } else if (!entries || entries.length === 0) {
    body = (
      <div className="catalog__state" data-testid="inbox-empty">
        <p>{t("empty")}</p>
        <p className="inbox-page__hint">{t("emptyHint")}</p>
        <Link to="/">{common("cart.browse")}</Link>
      </div>
    );
  } else {
    body = <InboxList entries={entries} />;
  }

  return (
    <div className="page inbox-page">
      <h1>{t("heading")}</h1>
      <p className="inbox-page__intro">{t("intro")}</p>
      {body}
    </div>
  );
}
