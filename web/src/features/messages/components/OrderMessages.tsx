import { lazy, useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { IndexedOrderTerms } from "../../../lib/chain/orderTerms";
import { IndexerFailed, IndexerNotConfigured } from "../../../lib/indexer/IndexerStates";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { useAccountState } from "../../../lib/wallet/account";
import { ConnectPlaceholder } from "../../../lib/wallet/ConnectPlaceholder";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { useOrderMessages } from "../hooks/useOrderMessages";
import { MessageThread } from "./MessageThread";

const MessagesPanel = lazy(() => import("./MessagesPanel"));

export interface OrderMessagesProps {
  /** The order id in decimal (hex is accepted too). */
  orderId: string;
  /** The order's terms as indexed: `postMessage` passes them back. */
  terms: IndexedOrderTerms;
  /** Buyer and seller addresses (any case). */
  buyer: string;
  seller: string;
}

/**
 * The messages on an order, for its page: the thread from the index, readable by the buyer and the
 * seller once they unlock their key, and a composer for them while the order is open. What needs
 * the wallet (unlocking, sending) is a wallet island; everyone else sees the thread still sealed.
 */
export function OrderMessages({ orderId, terms, buyer, seller }: OrderMessagesProps) {
  const { t } = useTranslation("messages");
  const headingId = useId();
  const configured = useIndexerClient() !== null;
  const account = useAccountState();
  const query = useOrderMessages(orderId);
  const accountId = account.status === "connected" ? account.address.toLowerCase() : undefined;
  const role = accountId === buyer.toLowerCase() ? "buyer" : accountId === seller.toLowerCase() ? "seller" : undefined;
  const thread = query.data;

  // Stable elements: an island re-registers whenever its content or fallback changes.
  const locked = useMemo(
    () => (thread ? <MessageThread orderId={orderId} thread={thread} account={accountId} /> : null),
    [orderId, thread, accountId],
  );
  const panel = useMemo(
    () => (thread && role ? <MessagesPanel orderId={orderId} terms={terms} thread={thread} role={role} /> : null),
    [orderId, terms, thread, role],
  );

  let body;
  if (!configured) body = <IndexerNotConfigured />;
  else if (query.isPending) {
    body = (
      <p className="catalog__state" role="status" data-testid="messages-loading">
        {t("loading")}
      </p>
    );
  } else if (query.isError) {
    body = (
      <IndexerFailed
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
        testId="messages-error"
      />
    );
  } else if (!thread) {
    body = (
      <p className="message-thread__empty" data-testid="messages-empty">
        {t("empty")}
      </p>
    );
  } else if (role) {
    body = <WalletIsland fallback={locked}>{panel}</WalletIsland>;
  } else {
    body = (
      <>
        {locked}
        {account.status === "disconnected" && (
          <div className="order-messages__connect" data-testid="messages-connect">
            <p>{t("connect")}</p>
            <ConnectPlaceholder />
          </div>
        )}
        {account.status === "connected" && (
          <p className="notice" data-testid="messages-not-participant">
            {t("notParticipant")}
          </p>
        )}
      </>
    );
  }

  const count = thread?.messages.length ?? 0;
  return (
    <section className="order-messages card" aria-labelledby={headingId} data-testid="order-messages">
      <header className="order-messages__header">
        <h2 id={headingId}>{t("heading")}</h2>
        {thread && <span className="order-messages__count">{t("count", { count })}</span>}
      </header>
      <p className="order-messages__private">{t("private")}</p>
      {body}
    </section>
  );
}
