// Wallet island part: the seller's one reply to a review. The text is uploaded to IPFS as a bare
// UTF-8 file (what the subgraph's reply data source reads), its CID passed to `replyToReview`; the
// write waits until the index has read the text, so the reply shows wherever the review does.
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { clearDraft } from "../../../lib/forms/formDraft";
import { OrderDocument } from "../../../lib/indexer/generated/graphql";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, documentIndexedStep, uploadedBy, uploadStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { orderVariables } from "../../orders/hooks/useOrder";
import { salesDraftKey } from "../drafts";
import type { SaleOrder } from "../hooks/useSales";
import { ReplyForm } from "./ReplyForm";

export function ReplySection({ order }: { order: SaleOrder }) {
  const { t } = useTranslation("sales");
  const { chainId } = useAppConfig();
  const writer = useContentWriter();
  const write = useWrite();
  const draftKey = salesDraftKey("reply", chainId, order.orderId);

  const settle = (ok: boolean) => {
    if (ok) clearDraft(draftKey);
    return ok;
  };
  const reply = async (text: string) => {
    const outcome = await write.run({
      steps: [
        uploadStep({
          label: t("reply.steps.upload"),
          upload: (ctx) => writer.uploadText(text, { onProgress: ctx.progress, signal: ctx.signal }),
        }),
        ...contractWrite({
          request: (ctx) => {
            const marketplace = siteContract(chainId, "Marketplace");
            return {
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "replyToReview",
              args: [BigInt(order.orderId), uploadedBy(ctx).bytes],
            };
          },
          invalidate: [],
        }),
        documentIndexedStep({
          async until(ctx) {
            const client = ctx.deps.indexer;
            if (!client) return true;
            const data = await client.request(OrderDocument, orderVariables(order.id), ctx.signal);
            return Boolean(data.order?.review?.reply?.content);
          },
          invalidate: [indexerKeys.orders(), indexerKeys.accounts(), indexerKeys.listings()],
        }),
      ],
      success: t("reply.success"),
    });
    return settle(outcome.ok);
  };

  return (
    <section className="sales-ship" aria-label={t("reply.heading")} data-testid="reply-panel">
      <h3 className="sales-ship__heading">{t("reply.heading")}</h3>
      <ReplyForm draftKey={draftKey} busy={write.busy} onReply={reply}>
        <Stepper state={write.state} onRetry={() => void write.retry().then((outcome) => settle(outcome.ok))} />
      </ReplyForm>
    </section>
  );
}
