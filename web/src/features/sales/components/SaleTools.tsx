// Wallet island: what the connected seller can do on one sale now. Paid: ship it (a parcel, with
// the buyer's sealed address) or deliver it (a digital good); while the escrow is open: refund in
// full or in part; once reviewed: reply, once. Each through the one write mechanism.
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { boughtItem } from "../../orders/boughtItem";
import type { SaleOrder } from "../hooks/useSales";
import { saleTools } from "../saleTools";
import { DeliverSection } from "./DeliverSection";
import { RefundSection } from "./RefundSection";
import { ReplySection } from "./ReplySection";
import { ShipSection } from "./ShipSection";

export default function SaleTools({ order }: { order: SaleOrder }) {
  const { t } = useTranslation("sales");
  const { address } = useAccount();
  if (!address || address.toLowerCase() !== order.seller.id.toLowerCase()) {
    return <p className="notice notice--muted">{t("panel.notSeller")}</p>;
  }
  const tools = saleTools(order);
  return (
    <div className="sale-tools" data-testid="sale-tools">
      {tools.ship &&
        (boughtItem(order).kind === "digital" ? (
          <DeliverSection order={order} />
        ) : (
          <ShipSection order={order} account={address} />
        ))}
      {tools.refund && <RefundSection order={order} />}
      {tools.reply && <ReplySection order={order} />}
    </div>
  );
}
