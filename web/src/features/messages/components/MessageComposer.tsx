// The composer of an order's messages (wallet island: it writes). The text is sealed in the
// browser to the other party's published key and to the sender's own, uploaded as one message
// file and posted through `postMessage`; the draft survives failed sends and reloads.
import { deployedContract } from "@agora/contracts";
import type { X25519Keypair } from "@agora/content";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { z } from "zod";
import { useAppConfig } from "../../../config/ConfigContext";
import { orderTerms, type IndexedOrderTerms } from "../../../lib/chain/orderTerms";
import { useContentWriter } from "../../../lib/content/useContentWriter";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite, uploadedBy, uploadStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { unlockKeyStep } from "../../../lib/wallet/encryptionKey";
import { draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { draftStorageKey } from "../draft";
import { publishedKey, type OrderThread } from "../hooks/useOrderMessages";
import { MESSAGE_MAX_LENGTH, sealMessageFile } from "../messageFile";

const OPEN_STATUSES: readonly string[] = ["Paid", "Shipped", "Disputed"];

const composerSchema = z.object({
  text: z.string().trim().min(1, "tooShort").max(MESSAGE_MAX_LENGTH, "tooLong"),
});
type ComposerValues = z.infer<typeof composerSchema>;

export function MessageComposer({
  orderId,
  terms,
  thread,
  role,
  account,
}: {
  orderId: string;
  terms: IndexedOrderTerms;
  thread: OrderThread;
  role: "buyer" | "seller";
  account: Address;
}) {
  const { t } = useTranslation("messages");
  const format = useFormat();
  const fieldId = useId();
  const { chainId } = useAppConfig();
  const writer = useContentWriter();
  const write = useWrite();
  const draftKey = draftStorageKey(chainId, orderId);
  const marketplace = deployedContract(chainId, "Marketplace");
  const counterparty = role === "buyer" ? "seller" : "buyer";
  const recipientKey = publishedKey(thread[counterparty]);
  const party = t(`party.${counterparty}`);

  const defaultValues = useMemo(() => ({ text: draftText(readDraft(draftKey), "text") }), [draftKey]);
  const form = useForm<ComposerValues>({ resolver: zodResolver(composerSchema), defaultValues });
  const {
    register,
    handleSubmit,
    control,
    reset,
    formState: { errors },
  } = form;
  const text = useWatch({ control, name: "text" }) ?? "";
  useFormDraft(form, draftKey);

  if (!OPEN_STATUSES.includes(thread.status)) {
    return (
      <p className="notice notice--muted" data-testid="composer-closed">
        {t("composer.closed")}
      </p>
    );
  }
  if (!recipientKey) {
    return (
      <p className="notice notice--warning" data-testid="composer-no-key">
        {t("composer.noKey", { party })}
      </p>
    );
  }
  if (!marketplace) {
    return <p className="notice notice--warning">{t("composer.noContract")}</p>;
  }

  const send = async ({ text: message }: ComposerValues) => {
    const sealAndUpload = uploadStep({
      label: t("steps.sealUpload"),
      async upload(ctx) {
        const own = ctx.results.key as X25519Keypair;
        const file = await sealMessageFile({ text: message, orderId, readers: [recipientKey, own.publicKeyBase64] });
        return writer.uploadJson(file, { onProgress: ctx.progress, signal: ctx.signal });
      },
    });
    const outcome = await write.run({
      steps: [
        unlockKeyStep({ account }),
        sealAndUpload,
        ...contractWrite({
          request: (ctx) => ({
            address: marketplace.address,
            abi: marketplace.abi,
            functionName: "postMessage",
            args: [BigInt(orderId), orderTerms(terms), uploadedBy(ctx).bytes],
          }),
          invalidate: [indexerKeys.orders()],
        }),
      ],
      success: t("composer.sent"),
    });
    if (outcome.ok) reset({ text: "" });
  };

  const error = errors.text?.message as "tooShort" | "tooLong" | undefined;
  return (
    <form className="message-composer" onSubmit={handleSubmit(send)} noValidate data-testid="message-composer">
      <div className="form-field">
        <label htmlFor={fieldId}>{t("composer.label")}</label>
        <textarea
          id={fieldId}
          rows={3}
          placeholder={t("composer.placeholder", { party })}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId}-hint`}
          readOnly={write.busy}
          {...register("text")}
        />
        <p className="form-field__hint message-composer__hint" id={`${fieldId}-hint`}>
          <span>{t("composer.sealedTo", { party })}</span>
          <span className="message-composer__counter" data-over={text.length > MESSAGE_MAX_LENGTH || undefined}>
            {t("composer.counter", { length: format.integer(text.length), max: format.integer(MESSAGE_MAX_LENGTH) })}
          </span>
        </p>
        {error && (
          <p className="form-field__error" role="alert">
            {t(`composer.${error}`, { max: format.integer(MESSAGE_MAX_LENGTH) })}
          </p>
        )}
      </div>
      <div className="message-composer__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={write.busy}
          aria-busy={write.busy || undefined}
        >
          {write.busy ? t("composer.sending") : t("composer.send")}
        </button>
      </div>
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </form>
  );
}
