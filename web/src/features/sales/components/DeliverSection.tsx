// Wallet island part: delivering a paid digital order. The delivery (link, licence key, note) is
// sealed to the buyer's key for this order and sent with `shipOrder`, as tracking details are: the
// contract makes no difference, the buyer opens it on their order page.
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { Stepper } from "../../../lib/tx/Stepper";
import { digitalPayload, type DeliverFormValues } from "../deliverForm";
import { salesDraftKey } from "../drafts";
import { buyerKeyOf, useShipWrite } from "../hooks/useShipWrite";
import type { SaleOrder } from "../hooks/useSales";
import { DeliverForm } from "./DeliverForm";
import { ShipWithoutDetails } from "./ShipWithoutDetails";

export function DeliverSection({ order }: { order: SaleOrder }) {
  const { t } = useTranslation("sales");
  const { chainId } = useAppConfig();
  const draftKey = salesDraftKey("deliver", chainId, order.orderId);
  const { write, ship, retry } = useShipWrite(order, {
    sealLabel: t("deliver.steps.seal"),
    success: t("deliver.success"),
    draftKey,
  });
  const buyerKey = buyerKeyOf(order);
  const stepper = <Stepper state={write.state} onRetry={() => void retry()} />;
  const deliver = async (values: DeliverFormValues) => {
    const payload = await digitalPayload(values, {
      licenceKey: t("deliver.payload.licenceKey"),
      linkOnly: t("deliver.payload.linkOnly"),
    });
    return ship({ buyerKey: buyerKey!, payload });
  };
  return (
    <section className="sales-ship" aria-label={t("panel.deliverHeading")} data-testid="deliver-panel">
      <h3 className="sales-ship__heading">{t("panel.deliverHeading")}</h3>
      {buyerKey ? (
        <DeliverForm draftKey={draftKey} busy={write.busy} onDeliver={deliver}>
          {stepper}
        </DeliverForm>
      ) : (
        <ShipWithoutDetails form="deliver" busy={write.busy} onShip={() => void ship(null)}>
          {stepper}
        </ShipWithoutDetails>
      )}
    </section>
  );
}
