// Wallet island part: shipping a paid physical order. The seller opens the buyer's sealed address
// and marks the order shipped with carrier and tracking number, sealed to the buyer's key.
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useAppConfig } from "../../../config/ConfigContext";
import { Stepper } from "../../../lib/tx/Stepper";
import { buyerKeyOf, useShipWrite } from "../hooks/useShipWrite";
import type { SaleOrder } from "../hooks/useSales";
import { shipDraftKey, shipmentPayload, type ShipFormValues } from "../shipForm";
import { ShipForm } from "./ShipForm";
import { ShippingAddressReveal } from "./ShippingAddressReveal";
import { ShipWithoutDetails } from "./ShipWithoutDetails";

export function ShipSection({ order, account }: { order: SaleOrder; account: Address }) {
  const { t } = useTranslation("sales");
  const { chainId } = useAppConfig();
  const draftKey = shipDraftKey(chainId, order.orderId);
  const { write, ship, retry } = useShipWrite(order, {
    sealLabel: t("ship.steps.seal"),
    success: t("ship.success"),
    draftKey,
  });
  const buyerKey = buyerKeyOf(order);
  const stepper = <Stepper state={write.state} onRetry={() => void retry()} />;
  const shipWith = async (values: ShipFormValues) =>
    ship({ buyerKey: buyerKey!, payload: await shipmentPayload(values) });
  return (
    <section className="sales-ship" aria-label={t("panel.heading")} data-testid="ship-panel">
      <h3 className="sales-ship__heading">{t("panel.heading")}</h3>
      <ShippingAddressReveal
        account={account}
        orderId={order.orderId}
        shippingCid={order.shippingCid ?? null}
        digital={false}
      />
      {buyerKey ? (
        <ShipForm draftKey={draftKey} busy={write.busy} onShip={shipWith}>
          {stepper}
        </ShipForm>
      ) : (
        <ShipWithoutDetails form="ship" busy={write.busy} onShip={() => void ship(null)}>
          {stepper}
        </ShipWithoutDetails>
      )}
    </section>
  );
}
