import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAccountId } from "../../lib/wallet/account";
import { OrdersIcon } from "./icons";

/** The buyer's orders, once a wallet is connected (there is nothing to show before). */
export function OrdersLink() {
  const { t } = useTranslation();
  const account = useAccountId();
  if (!account) return null;
  return (
    <Link to="/orders" className="icon-button orders-link" aria-label={t("shell.orders")} data-testid="orders-link">
      <OrdersIcon />
    </Link>
  );
}
