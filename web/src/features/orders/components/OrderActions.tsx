import { clearDraft, readDraft } from "../../../lib/forms/formDraft";
// Wallet island: what the connected account can do on the order now, each through the one write
// mechanism (simulate, wallet, mined, indexed), with a stepper and a retry. Statements and reviews
// are published to IPFS first (an upload step with progress), their CID passed on chain as bytes.
import { deployedContract } from "@agora/contracts";
import type { X25519Keypair } from "@agora/content";
import type { Address } from "viem";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBlock } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { formatPrice } from "../../../lib/chain/display";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import type { StepContext } from "../../../lib/tx/runner";
import { contractWrite, uploadedBy, uploadStep, type WriteDeps, type WriteStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { useAccountId } from "../../../lib/wallet/account";
import { unlockKeyStep } from "../../../lib/wallet/encryptionKey";
import { buildSharedThread, sealSharedThread } from "../../arbitration/sharedThread";
import { MessageFileError, openMessageFile } from "../../messages/messageFile";
import { availableActions, type OrderAction, type OrderActionKind } from "../actions";
import { boughtItem } from "../boughtItem";
import { durationText } from "../countdown";
import {
  draftKey,
  evidenceDocument,
  photoFiles,
  reviewDocument,
  type DraftForm,
  type EvidenceFormValues,
  type SealedAttachmentFile,
  type ReviewFormValues,
} from "../forms";
import type { MarketplaceWindows, OrderPage } from "../hooks/useOrder";
import { noteChainTime, useNow } from "../../../lib/chain/chainClock";
import { Countdown } from "./Countdown";
import { ReviewForm } from "./ReviewForm";
import { StatementForm, type ShareOption } from "./StatementForm";

type Ctx = StepContext<WriteDeps>;
const formKinds: readonly DraftForm[] = ["dispute", "evidence", "review"];
const isForm = (kind: OrderActionKind): kind is DraftForm => (formKinds as readonly string[]).includes(kind);

/** Chain time from the latest block (a test chain's clock may be ahead of the browser's). */
function useChainClock(chainId: number) {
  const block = useBlock({ chainId, query: { refetchInterval: 15_000 } });
  const timestamp = block.data?.timestamp;
  useEffect(() => {
    if (timestamp !== undefined) noteChainTime(Number(timestamp));
  }, [timestamp]);
}

export default function OrderActions({ order, windows }: { order: OrderPage; windows: MarketplaceWindows | null }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const { chainId } = useAppConfig();
  useChainClock(chainId);
  const now = useNow();
  const account = useAccountId();
  const marketplace = deployedContract(chainId, "Marketplace");
  const writer = useContentWriter();
  const reader = useContentReader();
  const write = useWrite();
  const headingId = useId();
  const actions = availableActions(order, now, account);
  // A form with a draft kept from before (a reload, a failed write) opens as it was left.
  const [openForm, setOpenForm] = useState<DraftForm | null>(
    () =>
      formKinds.find(
        (kind) =>
          actions.some((action) => action.kind === kind && action.enabled) &&
          Object.keys(readDraft(draftKey(chainId, order.id, kind))).length > 0,
      ) ?? null,
  );
  const [confirming, setConfirming] = useState(false);
  const [running, setRunning] = useState<OrderActionKind | null>(null);

  if (actions.length === 0 && write.state.status === "idle") return null;

  const money = (value: string | bigint) => formatPrice(format, value.toString(), order.token);
  const terms = orderTerms(order);
  const orderId = BigInt(order.orderId);
  const role = account === order.seller.id ? "seller" : "buyer";

  const call = (functionName: string, args: (ctx: Ctx) => readonly unknown[]) =>
    contractWrite({
      request: (ctx) => {
        if (!marketplace) throw new Error("The marketplace is not deployed on this chain");
        return { address: marketplace.address, abi: marketplace.abi, functionName, args: args(ctx) };
      },
      invalidate: [indexerKeys.orders(), indexerKeys.accounts()],
    });
  /** Publishes a document once per write (a retry after a failed send reuses its CID). */
  const upload = (publish: (ctx: Ctx) => Promise<string>) => uploadStep({ upload: publish });
  const uploaded = (ctx: Ctx) => uploadedBy(ctx).bytes;

  /** After a write went through (at once or on Retry): its form's draft is spent, the form closes. */
  const settle = (kind: OrderActionKind, ok: boolean) => {
    if (!ok) return;
    if (isForm(kind)) clearDraft(draftKey(chainId, order.id, kind));
    setOpenForm(null);
    setConfirming(false);
  };
  const run = async (kind: OrderActionKind, steps: WriteStep[], success: string) => {
    setRunning(kind);
    const outcome = await write.run({ steps, success, formatAmount: money });
    settle(kind, outcome.ok);
    return outcome.ok;
  };
  const retry = async () => {
    const outcome = await write.retry();
    if (running) settle(running, outcome.ok);
  };

  const escrow = money(order.escrow);
  const simple = {
    confirm: () =>
      run(
        "confirm",
        call("confirmReceipt", () => [orderId, terms]),
        t("actions.confirm.success"),
      ),
    cancel: () =>
      run(
        "cancel",
        call("cancelOrder", () => [orderId, terms]),
        t("actions.cancel.success", { amount: escrow }),
      ),
    release: () =>
      run(
        "release",
        call("releasePayment", () => [orderId, terms]),
        t("actions.release.success"),
      ),
    reclaim: () =>
      run(
        "reclaim",
        call("reclaimExpiredDispute", () => [orderId, terms]),
        t("actions.reclaim.success", { amount: escrow }),
      ),
  };

  // The order's messages may go with a statement, sealed to the arbiter's published key.
  const arbiterKey = order.arbiter.account.profile[0]?.encryptionPublicKey ?? undefined;
  const shareOption: ShareOption | undefined = !order.messages.some((message) => message.messageCid)
    ? undefined
    : arbiterKey
      ? { available: true }
      : { available: false, reason: "noArbiterKey" };
  /** The thread as this party reads it (opened with the key unlocked before), sealed to the arbiter. */
  const sealedThread = async (ctx: Ctx, key: string): Promise<SealedAttachmentFile> => {
    const { secretKey } = ctx.results.key as X25519Keypair;
    const thread = await buildSharedThread({
      orderId: order.orderId,
      sharedBy: account!,
      messages: order.messages,
      open: async (cid) => {
        try {
          return await openMessageFile(await reader.bytes(cid, ctx.signal), secretKey, order.orderId);
        } catch (error) {
          if (error instanceof MessageFileError) return null;
          throw error;
        }
      },
    });
    return {
      file: await sealSharedThread(thread, key),
      description: t("forms.sharedDescription", { role: t(`forms.roles.${role}`) }),
    };
  };

  const submitStatement =
    (kind: "dispute" | "evidence") =>
    (values: EvidenceFormValues, photos: File[], options?: { shareMessages: boolean }) => {
      const shareWith = options?.shareMessages && account ? arbiterKey : undefined;
      return run(
        kind,
        [
          ...(shareWith ? [unlockKeyStep({ account: account as Address })] : []),
          upload(async (ctx) => {
            const files = await photoFiles(photos);
            const sealed = shareWith ? [await sealedThread(ctx, shareWith)] : [];
            const document = evidenceDocument(
              order.orderId,
              values.statement,
              files,
              (index) => t("forms.photoDescription", { index: index + 1, role: t(`forms.roles.${role}`) }),
              sealed,
            );
            return writer.publish("evidence", document, [...files, ...sealed.map((item) => item.file)], {
              onProgress: ctx.progress,
              signal: ctx.signal,
            });
          }),
          ...(kind === "dispute"
            ? call("openDispute", (ctx) => [orderId, terms, uploaded(ctx)])
            : call("submitEvidence", (ctx) => [orderId, terms, uploaded(ctx)])),
        ],
        t(`actions.${kind}.success`),
      );
    };

  const listingCid = order.metadataCid ?? boughtItem(order).cid;
  const submitReview = (values: ReviewFormValues, photos: File[]) =>
    run(
      "review",
      [
        upload(async (ctx) => {
          if (!listingCid) throw new Error("The listing's document is unknown");
          const files = await photoFiles(photos);
          const document = reviewDocument(order.orderId, listingCid, values, files, (index) =>
            t("forms.photoAlt", { index: index + 1 }),
          );
          return writer.publish("review", document, files, { onProgress: ctx.progress, signal: ctx.signal });
        }),
        ...call("submitReview", (ctx) => [orderId, Number(values.rating), uploaded(ctx)]),
      ],
      t("actions.review.success"),
    );

  const busy = write.busy;
  const explain = (action: OrderAction): string => {
    switch (action.kind) {
      case "confirm":
        return order.status === "Paid"
          ? t("actions.confirm.early", { amount: escrow })
          : t("actions.confirm.explain", { amount: escrow });
      case "cancel":
        return t("actions.cancel.explain", { amount: escrow });
      case "release":
        return t("actions.release.explain");
      case "reclaim":
        return t("actions.reclaim.explain", { amount: escrow });
      case "dispute":
        return windows
          ? t("actions.dispute.explain", { window: durationText(t, format, windows.rulingWindow) })
          : t("actions.dispute.explainNoWindow");
      case "evidence":
        return t("actions.evidence.explain");
      case "review":
        return t("actions.review.explain");
    }
  };

  const renderAction = (action: OrderAction) => {
    const describedBy = `${headingId}-${action.kind}`;
    const disabled = !action.enabled || busy || !marketplace;
    const label = t(`actions.${action.kind}.button`);
    const reason = action.block ? (
      <p id={describedBy} className="order-action__reason" data-testid={`action-${action.kind}-reason`}>
        {t(`actions.blocked.${action.block.reason}`, { date: format.dateTime(action.block.at * 1000) })}{" "}
        {action.block.reason !== "confirmationWindowClosed" && <Countdown deadline={action.block.at} />}
      </p>
    ) : (
      <p id={describedBy} className="order-action__explain">
        {explain(action)}
      </p>
    );
    if (isForm(action.kind)) {
      const kind = action.kind;
      const open = openForm === kind && action.enabled;
      return (
        <>
          <button
            type="button"
            className={open ? "button" : "button button--primary"}
            disabled={disabled}
            aria-expanded={open}
            aria-describedby={describedBy}
            onClick={() => setOpenForm(open ? null : kind)}
            data-testid={`action-${kind}`}
          >
            {label}
          </button>
          {reason}
          {open &&
            (kind === "review" ? (
              <ReviewForm
                orderId={order.id}
                submitLabel={t("actions.review.submit")}
                busy={busy}
                onSubmit={submitReview}
                onClose={() => setOpenForm(null)}
              />
            ) : (
              <StatementForm
                orderId={order.id}
                kind={kind}
                submitLabel={t(`actions.${kind}.submit`)}
                busy={busy}
                share={shareOption}
                onSubmit={submitStatement(kind)}
                onClose={() => setOpenForm(null)}
              />
            ))}
        </>
      );
    }
    if (action.kind === "confirm" && confirming) {
      return (
        <div className="order-action__confirm" role="group" aria-labelledby={describedBy}>
          <p id={describedBy} className="order-action__explain">
            {explain(action)}
          </p>
          <button
            type="button"
            className="button button--primary"
            disabled={disabled}
            onClick={() => void simple.confirm()}
            data-testid="action-confirm-sure"
          >
            {t("actions.confirm.sure")}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
            {t("actions.confirm.notYet")}
          </button>
        </div>
      );
    }
    const kind = action.kind as keyof typeof simple;
    return (
      <>
        <button
          type="button"
          className={action.kind === "confirm" && order.status === "Paid" ? "button" : "button button--primary"}
          disabled={disabled}
          aria-describedby={describedBy}
          onClick={() => (kind === "confirm" ? setConfirming(true) : void simple[kind]())}
          data-testid={`action-${kind}`}
        >
          {label}
        </button>
        {reason}
      </>
    );
  };

  return (
    <section className="order-actions card" aria-labelledby={headingId} data-testid="order-actions">
      <h2 id={headingId}>{t("actions.heading")}</h2>
      {!marketplace && <p className="notice notice--warning">{t("actions.noContract")}</p>}
      {actions.length > 0 && (
        <ul className="order-actions__list">
          {actions.map((action) => (
            <li key={action.kind} className="order-action" data-action={action.kind} data-enabled={action.enabled}>
              {renderAction(action)}
            </li>
          ))}
        </ul>
      )}
      {running && (
        <div className="order-actions__progress" aria-label={t(`actions.${running}.button`)}>
          <Stepper state={write.state} onRetry={() => void retry()} />
        </div>
      )}
    </section>
  );
}
