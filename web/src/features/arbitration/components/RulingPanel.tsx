// Wallet island: the arbiter rules an open dispute. The reason is published to IPFS first (an
// agora/ruling@1 JSON file, its CID passed on chain as bytes), then `resolveDispute(orderId, terms,
// buyerShareBps, rulingCid)` through the one write mechanism: simulated (a closed window or a removed
// arbiter fails here with the contract's reason), sent, mined and indexed, with a stepper and Retry.
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useBlock } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { noteChainTime } from "../../../lib/chain/chainClock";
import { siteContract } from "../../../lib/chain/contracts";
import { formatPrice } from "../../../lib/chain/display";
import { clearDraft } from "../../../lib/forms/formDraft";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, uploadedBy, uploadStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import type { ArbiterCase } from "../hooks/useArbitration";
import { rulingDocument, rulingDraftKey } from "../ruling";
import { BPS } from "../split";
import { RulingForm, type RulingDecision } from "./RulingForm";

/** Chain time from the latest block (a test chain's clock may be ahead of the index's last block). */
function useChainClock(chainId: number) {
  const block = useBlock({ chainId, query: { refetchInterval: 15_000 } });
  const timestamp = block.data?.timestamp;
  useEffect(() => {
    if (timestamp !== undefined) noteChainTime(Number(timestamp));
  }, [timestamp]);
}

export default function RulingPanel({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const { chainId } = useAppConfig();
  useChainClock(chainId);
  const writer = useContentWriter();
  const write = useWrite();
  const { order } = dispute;
  const money = (value: string | bigint) => formatPrice(format, value.toString(), order.token);

  const rule = async ({ share, reason }: RulingDecision) => {
    const orderId = BigInt(order.orderId);
    const outcome = await write.run({
      steps: [
        uploadStep({
          label: t("ruling.steps.upload"),
          upload: (ctx) =>
            writer.uploadJson(rulingDocument(order.orderId, share, reason), {
              onProgress: ctx.progress,
              signal: ctx.signal,
            }),
        }),
        ...contractWrite({
          request: (ctx) => {
            const marketplace = siteContract(chainId, "Marketplace");
            return {
              address: marketplace.address,
              abi: marketplace.abi,
              functionName: "resolveDispute",
              args: [orderId, orderTerms(order), share, uploadedBy(ctx).bytes],
            };
          },
          invalidate: [indexerKeys.orders(), indexerKeys.accounts()],
        }),
      ],
      success: t("ruling.success", { share: format.percent(share / BPS) }),
      formatAmount: money,
    });
    return outcome.ok;
  };

  /** A ruling that went through on Retry has spent its draft too. */
  const retry = async () => {
    if ((await write.retry()).ok) clearDraft(rulingDraftKey(chainId, order.orderId));
  };

  return (
    <section
      className="arbitration-ruling card"
      aria-labelledby="arbitration-ruling-heading"
      data-testid="ruling-panel"
    >
      <h2 id="arbitration-ruling-heading">{t("ruling.heading")}</h2>
      <p className="arbitration-ruling__explain">{t("ruling.explain")}</p>
      <RulingForm
        terms={{ escrow: BigInt(order.escrow), arbiterFeeBps: order.arbiterFeeBps, feeBps: order.feeBps }}
        token={order.token}
        draftKey={rulingDraftKey(chainId, order.orderId)}
        busy={write.busy}
        onRule={rule}
      >
        <Stepper state={write.state} onRetry={() => void retry()} />
      </RulingForm>
    </section>
  );
}
