import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAccountState } from "../../../lib/wallet/account";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { ReviewList } from "../../reviews/components/ReviewList";
import { listingLabel } from "../../../lib/chain/listingId";
import { boughtItem } from "../boughtItem";
import type { MarketplaceWindows, OrderPage } from "../hooks/useOrder";
import type { ReadSource } from "../../listing/hooks/useListing";
import { OrderActions } from "../islands";
import { orderLabel } from "../orderId";
import { ConnectPrompt } from "../../../lib/wallet/ConnectPrompt";
import { OrderMessages } from "../../messages/components/OrderMessages";
import { OrderSummary } from "./OrderSummary";
import { OrderTimeline } from "./OrderTimeline";
import { StatusBadge } from "./StatusBadge";
import { StatusPanel } from "./StatusPanel";

/** Statuses on which someone may still act (the buyer reviews a completed order). */
const actionable = new Set(["Paid", "Shipped", "Disputed", "Completed"]);

/** Where the actions go: the wallet island for a connected account, else a prompt to connect. */
function ActionsSlot({ order, windows }: { order: OrderPage; windows: MarketplaceWindows | null }) {
  const { t } = useTranslation("orders");
  const account = useAccountState();
  if (!actionable.has(order.status) || account.status === "unknown") return null;
  if (account.status === "disconnected") {
    return (
      <section className="order-actions card" data-testid="order-actions-connect">
        <p>{t("actions.connect")}</p>
        <ConnectPrompt />
      </section>
    );
  }
  return (
    <WalletIsland
      fallback={
        <p className="listing-page__meta" role="status">
          {t("actions.loading")}
        </p>
      }
    >
      <OrderActions order={order} windows={windows} />
    </WalletIsland>
  );
}

/** What the index is needed for, said where it would be while the page is read from the chain. */
function NeedsIndex({ text, testId }: { text: "note" | "needsIndex" | "messages"; testId: string }) {
  const { t } = useTranslation();
  if (text === "note") {
    return (
      <p className="notice" role="note" data-testid={testId}>
        {t("indexer.fromChain.note")}
      </p>
    );
  }
  return (
    <p className="order-card__meta" data-testid={testId}>
      {t(`indexer.fromChain.${text}`)}
    </p>
  );
}

/**
 * The order page: what was bought, where it stands, what can be done, and its history. Read from
 * the chain (`source` "chain"), the actions are disabled (each waits for the index to show its
 * result) and the messages and review text wait for the index.
 */
export function OrderView({
  order,
  windows,
  source = "index",
}: {
  order: OrderPage;
  windows: MarketplaceWindows | null;
  source?: ReadSource;
}) {
  const { t } = useTranslation("orders");
  const fromChain = source === "chain";
  const account = useAccountState();
  const viewer = account.status === "connected" ? account.address.toLowerCase() : undefined;
  const item = boughtItem(order);
  const isBuyer = viewer === order.buyer.id;
  return (
    <article className="order-page" data-testid="order-page" data-order-id={order.id} data-status={order.status}>
      <p className="order-page__back">
        <Link to="/orders">{t("page.back")}</Link>
      </p>
      <header className="order-page__header">
        <p className="order-page__number">{t("page.heading", { number: orderLabel(order.id) })}</p>
        <h1 className="order-page__title" data-testid="order-title">
          {item.name ?? (
            <span className="listing-card__unreadable">
              {t("item.unreadable", { listing: listingLabel(order.listing.id) })}
            </span>
          )}
        </h1>
        <StatusBadge status={order.status} />
        {isBuyer && <p className="order-card__meta">{t("page.yourOrder")}</p>}
        {viewer !== undefined && !isBuyer && viewer !== order.seller.id && (
          <p className="order-card__meta" data-testid="order-read-only">
            {t("page.readOnly")}
          </p>
        )}
      </header>
      {fromChain && <NeedsIndex text="note" testId="order-from-chain" />}
      <OrderSummary order={order} />
      <StatusPanel order={order} windows={windows} />
      {fromChain ? (
        actionable.has(order.status) && <NeedsIndex text="needsIndex" testId="order-actions-need-index" />
      ) : (
        <ActionsSlot order={order} windows={windows} />
      )}
      <OrderTimeline order={order} viewer={viewer} />
      {order.review && !fromChain && (
        <section
          className="listing-reviews order-review"
          aria-labelledby="order-review-heading"
          data-testid="order-review"
        >
          <h2 id="order-review-heading">{isBuyer ? t("review.heading") : t("review.headingOther")}</h2>
          <ReviewList reviews={[{ id: order.id, ...order.review }]} headingId="order-review-heading" />
        </section>
      )}
      {fromChain ? (
        <NeedsIndex text="messages" testId="order-messages-need-index" />
      ) : (
        <OrderMessages orderId={order.orderId} terms={order} buyer={order.buyer.id} seller={order.seller.id} />
      )}
    </article>
  );
}
