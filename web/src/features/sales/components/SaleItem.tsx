import { useTranslation } from "react-i18next";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { OrderCard } from "../../orders/components/OrderCard";
import { boughtItem } from "../../orders/boughtItem";
import type { SellerOrder } from "../../orders/hooks/useAccountOrders";
import { ShipPanel } from "../islands";

/**
 * One sale: the order's card (linking to its page, which works for sellers too) and, while it is
 * paid and unshipped, the Ship panel (a wallet island).
 */
export function SaleItem({ order }: { order: SellerOrder }) {
  const { t } = useTranslation("sales");
  const toShip = order.status === "Paid";
  return (
    <li className="sales-item" data-testid="sale" data-order-id={order.id} data-to-ship={toShip || undefined}>
      {/* OrderCard is a list item of its own: a one-item list keeps the markup valid. */}
      <ul className="order-list">
        <OrderCard order={order} />
      </ul>
      {toShip && (
        <WalletIsland
          className="sales-item__ship"
          fallback={
            <p className="listing-page__meta" role="status">
              {t("panel.loading")}
            </p>
          }
        >
          <ShipPanel order={order} digital={boughtItem(order).kind === "digital"} />
        </WalletIsland>
      )}
    </li>
  );
}
