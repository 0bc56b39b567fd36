import { clearDraft, draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { draftKey, evidenceFormSchema, STATEMENT_MAX, type EvidenceFormValues } from "../forms";
import type { OrdersMessages } from "../i18n/en";
import { OrderFormFooter } from "./OrderFormFooter";
import { PhotoPicker, usePickedPhotos } from "./PhotoPicker";

export type FormErrorKey = keyof OrdersMessages["forms"]["errors"];

/**
 * A statement with optional photos: the buyer's reason for a dispute, or evidence from either side.
 * Its text is kept as a draft per order until `onSubmit` resolves true (the write went through);
 * a failed or rejected write leaves text and photos as they were.
 */
export function StatementForm({
  orderId,
  kind,
  submitLabel,
  busy,
  onSubmit,
  onClose,
}: {
  orderId: string;
  kind: "dispute" | "evidence";
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: EvidenceFormValues, photos: File[]) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation("orders");
  const id = useId();
  const key = draftKey(orderId, kind);
  const form = useForm<EvidenceFormValues>({
    resolver: zodResolver(evidenceFormSchema),
    defaultValues: { statement: draftText(readDraft(key), "statement") },
  });
  useFormDraft(form, key);
  const { photos, add, remove, clear } = usePickedPhotos();
  const error = form.formState.errors.statement?.message as FormErrorKey | undefined;
  const length = useWatch({ control: form.control, name: "statement" }).length;

  const submit = form.handleSubmit(async (values) => {
    const done = await onSubmit(
      values,
      photos.map((photo) => photo.file),
    );
    if (!done) return;
    clearDraft(key);
    form.reset({ statement: "" });
    clear();
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
      <OrderFormFooter submitLabel={submitLabel} busy={busy} onClose={onClose} />
    </form>
  );
}
