// Wallet island part: the seller refunds an open order in full or in part (`refundOrder`, no fee).
// A partial refund leaves the order where it was with less in escrow; a full one ends it refunded.
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { formatPrice } from "../../../lib/chain/display";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { clearDraft, readDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { salesDraftKey } from "../drafts";
import type { SaleOrder } from "../hooks/useSales";
import { RefundForm } from "./RefundForm";

export function RefundSection({ order }: { order: SaleOrder }) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const { chainId } = useAppConfig();
  const write = useWrite();
  const draftKey = salesDraftKey("refund", chainId, order.orderId);
  // A draft kept from before (a reload, a failed refund) opens the form as it was left.
  const [open, setOpen] = useState(() => Object.keys(readDraft(draftKey)).length > 0);
  const escrow = BigInt(order.escrow);
  const money = (value: bigint) => formatPrice(format, value.toString(), order.token);

  const settle = (ok: boolean) => {
    if (!ok) return;
    clearDraft(draftKey);
    setOpen(false);
  };
  const refund = async (amount: bigint) => {
    const outcome = await write.run({
      steps: contractWrite({
        request: () => {
          const marketplace = siteContract(chainId, "Marketplace");
          return {
            address: marketplace.address,
            abi: marketplace.abi,
            functionName: "refundOrder",
            args: [BigInt(order.orderId), orderTerms(order), amount],
          };
        },
        invalidate: [indexerKeys.orders(), indexerKeys.accounts()],
      }),
      success: t("refund.success", { amount: money(amount) }),
      formatAmount: money,
    });
    settle(outcome.ok);
    return outcome.ok;
  };
  const stepper = (
    <Stepper state={write.state} onRetry={() => void write.retry().then((outcome) => settle(outcome.ok))} />
  );

  if (escrow === 0n) return null;
  if (!open) {
    return (
      <div className="sales-refund" data-testid="refund-panel">
        <button
          type="button"
          className="button"
          aria-expanded={false}
          onClick={() => setOpen(true)}
          data-testid="refund-open"
        >
          {t("refund.open")}
        </button>
        {write.state.status !== "idle" && stepper}
      </div>
    );
  }
  return (
    <section className="sales-ship" aria-label={t("refund.heading")} data-testid="refund-panel">
      <h3 className="sales-ship__heading">{t("refund.heading")}</h3>
      <RefundForm
        escrow={escrow}
        token={order.token}
        draftKey={draftKey}
        busy={write.busy}
        onRefund={refund}
        onClose={() => {
          clearDraft(draftKey);
          setOpen(false);
        }}
      >
        {stepper}
      </RefundForm>
    </section>
  );
}
