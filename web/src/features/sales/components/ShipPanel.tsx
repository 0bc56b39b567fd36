// Wallet island: the "Ship" panel of a paid order on the sales page. It shows the buyer's
// shipping address (opened in the browser) and marks the order shipped: the tracking details are
// sealed to the buyer's published key for this order (agora/delivery@1), uploaded, and their CID
// passed to `shipOrder` with the order's terms. Without a buyer key the order ships with no details.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, uploadedBy, uploadStep, type WriteStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { clearDraft } from "../../../lib/forms/formDraft";
import { IndexedQuery } from "../../../lib/indexer/IndexerStates";
import { useOrder, type OrderPage } from "../../orders/hooks/useOrder";
import { useSeller } from "../../seller/hooks/useSeller";
import type { SellerOrder } from "../../orders/hooks/useAccountOrders";
import { shipDraftKey, shipmentPayload, type ShipFormValues } from "../shipForm";
import { ShipForm } from "./ShipForm";
import { ShippingAddressReveal } from "./ShippingAddressReveal";

/** Ships `order`: with `details`, sealed to `buyerKey` first; without, an empty tracking CID. */
function useShip(order: OrderPage) {
  const { t } = useTranslation("sales");
  const { chainId } = useAppConfig();
  const writer = useContentWriter();
  const write = useWrite();
  const ship = async (details: { buyerKey: string; values: ShipFormValues } | null) => {
    const orderId = BigInt(order.orderId);
    const steps: WriteStep[] = [];
    if (details) {
      const payload = await shipmentPayload(details.values);
      steps.push(
        uploadStep({
          label: t("ship.steps.seal"),
          async upload(ctx) {
            const { envelopeContexts } = await import("@agora/content");
            return writer.sealText(details.buyerKey, JSON.stringify(payload), envelopeContexts.delivery(orderId), {
              onProgress: ctx.progress,
              signal: ctx.signal,
            });
          },
        }),
      );
    }
    const outcome = await write.run({
      steps: [
        ...steps,
        ...contractWrite({
          request: (ctx) => {
            const marketplace = siteContract(chainId, "Marketplace");
            return {
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "shipOrder",
              args: [orderId, orderTerms(order), details ? uploadedBy(ctx).bytes : "0x"],
            };
          },
          invalidate: [indexerKeys.orders(), indexerKeys.accounts()],
        }),
      ],
      success: t("ship.success"),
    });
    if (outcome.ok) clearDraft(shipDraftKey(chainId, order.orderId));
    return outcome.ok;
  };
  return { write, ship };
}

/** Shipping with tracking details sealed to the buyer, or (no buyer key) without, once confirmed. */
function ShipAction({ order }: { order: OrderPage }) {
  const { t } = useTranslation("sales");
  const { chainId } = useAppConfig();
  const buyer = useSeller(order.buyer.id);
  const { write, ship } = useShip(order);
  const [confirmed, setConfirmed] = useState(false);
  const stepper = <Stepper state={write.state} onRetry={() => void write.retry()} />;
  return (
    <IndexedQuery query={buyer} loading={t("ship.checkingBuyer")} testId="ship-buyer">
      {(account) => {
        const buyerKey = account?.profile[0]?.encryptionPublicKey ?? undefined;
        if (buyerKey) {
          return (
            <ShipForm
              draftKey={shipDraftKey(chainId, order.orderId)}
              busy={write.busy}
              onShip={(values) => ship({ buyerKey, values })}
            >
              {stepper}
            </ShipForm>
          );
        }
        return (
          <div className="sales-ship__form" data-testid="ship-no-key">
            <p className="notice notice--warning">{t("ship.noBuyerKey")}</p>
            <label className="sales-ship__confirm">
              <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />{" "}
              {t("ship.confirmNoDetails")}
            </label>
            <div className="sales-ship__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={!confirmed || write.busy}
                aria-busy={write.busy || undefined}
                onClick={() => void ship(null)}
              >
                {write.busy ? t("ship.submitting") : t("ship.submitNoDetails")}
              </button>
            </div>
            {stepper}
          </div>
        );
      }}
    </IndexedQuery>
  );
}

/** The panel for one paid order of the connected seller (`order` is the sales list's row). */
export default function ShipPanel({ order, digital }: { order: SellerOrder; digital: boolean }) {
  const { t } = useTranslation("sales");
  const { address } = useAccount();
  const full = useOrder(order.id);
  if (!address || address.toLowerCase() !== order.seller.id.toLowerCase()) {
    return <p className="notice notice--muted">{t("panel.notSeller")}</p>;
  }
  return (
    <section className="sales-ship" aria-label={t("panel.heading")} data-testid="ship-panel">
      <h3 className="sales-ship__heading">{t("panel.heading")}</h3>
      <IndexedQuery query={full} loading={t("panel.loading")} testId="ship-order">
        {(read) =>
          read ? (
            <>
              <ShippingAddressReveal
                account={address as Address}
                orderId={read.order.orderId}
                shippingCid={read.order.shippingCid ?? null}
                digital={digital}
              />
              <ShipAction order={read.order} />
            </>
          ) : (
            <p className="notice notice--warning">{t("panel.orderUnavailable")}</p>
          )
        }
      </IndexedQuery>
    </section>
  );
}
