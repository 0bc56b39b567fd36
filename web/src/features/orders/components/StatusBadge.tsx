import { useTranslation } from "react-i18next";
import type { OrderStatus } from "../../../lib/indexer/generated/graphql";

/** An order's status as a coloured badge (its class names the status for the palette). */
export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation("orders");
  return (
    <span
      className={`order-status order-status--${status.toLowerCase()}`}
      data-testid="order-status"
      data-status={status}
    >
      {t(`status.${status}`)}
    </span>
  );
}
