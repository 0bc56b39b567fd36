import { useAppConfig } from "../../../config/ConfigContext";
import { clearDraft, draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { draftKey, evidenceFormSchema, STATEMENT_MAX, type EvidenceFormValues } from "../forms";
import type { OrdersMessages } from "../i18n/en";
import { OrderFormFooter } from "./OrderFormFooter";
import { PhotoPicker, usePickedPhotos } from "./PhotoPicker";

export type FormErrorKey = keyof OrdersMessages["forms"]["errors"];

/** Whether the order's messages can be shared with the arbiter (sealed to its published key). */
export type ShareOption = { available: true } | { available: false; reason: "noArbiterKey" };

/**
 * A statement with optional photos: the buyer's reason for a dispute, or evidence from either side.
 * Its text is kept as a draft per order until `onSubmit` resolves true (the write went through);
 * a failed or rejected write leaves text and photos as they were. With `share`, it offers to share
 * the order's messages with the arbiter (`onSubmit`'s third argument says whether to).
 */
export function StatementForm({
  orderId,
  kind,
  submitLabel,
  busy,
  share,
  onSubmit,
  onClose,
}: {
  orderId: string;
  kind: "dispute" | "evidence";
  submitLabel: string;
  busy: boolean;
  /** Offer to share the order's messages with the arbiter (absent: the order has none). */
  share?: ShareOption;
  onSubmit: (values: EvidenceFormValues, photos: File[], options?: { shareMessages: boolean }) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation("orders");
  const id = useId();
  const { chainId } = useAppConfig();
  const key = draftKey(chainId, orderId, kind);
  const form = useForm<EvidenceFormValues>({
    resolver: zodResolver(evidenceFormSchema),
    defaultValues: { statement: draftText(readDraft(key), "statement") },
  });
  useFormDraft(form, key);
  const { photos, add, remove, clear } = usePickedPhotos();
  const [shareMessages, setShareMessages] = useState(false);
  const error = form.formState.errors.statement?.message as FormErrorKey | undefined;
  const length = useWatch({ control: form.control, name: "statement" }).length;

  const submit = form.handleSubmit(async (values) => {
    const files = photos.map((photo) => photo.file);
    const done = await (share
      ? onSubmit(values, files, { shareMessages: share.available && shareMessages })
      : onSubmit(values, files));
    if (!done) return;
    clearDraft(key);
    form.reset({ statement: "" });
    clear();
    setShareMessages(false);
  });

  return (
    <form className="order-form" onSubmit={(event) => void submit(event)} noValidate data-testid={`${kind}-form`}>
      <div className="form-field">
        <label htmlFor={`${id}-statement`}>{t("forms.statement")}</label>
        <p id={`${id}-hint`} className="form-field__hint">
          {t("forms.statementHint")}
        </p>
        <textarea
          id={`${id}-statement`}
          rows={6}
          maxLength={STATEMENT_MAX}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          disabled={busy}
          {...form.register("statement")}
        />
        <p className="form-field__hint order-form__count">
          {t("forms.characters", { count: length, max: STATEMENT_MAX })}
        </p>
        {error && (
          <p id={`${id}-error`} className="form-field__error" role="alert">
            {t(`forms.errors.${error}`)}
          </p>
        )}
      </div>
      <PhotoPicker photos={photos} onAdd={add} onRemove={remove} disabled={busy} />
      {share && (
        <div className="form-field">
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={share.available && shareMessages}
              disabled={busy || !share.available}
              aria-describedby={`${id}-share-hint`}
              onChange={(event) => setShareMessages(event.target.checked)}
              data-testid="share-messages"
            />
            <span>{t("forms.share")}</span>
          </label>
          <p id={`${id}-share-hint`} className="form-field__hint">
            {share.available ? t("forms.shareHint") : t("forms.shareNoKey")}
          </p>
        </div>
      )}
      <OrderFormFooter submitLabel={submitLabel} busy={busy} onClose={onClose} />
    </form>
  );
}
