// The digital delivery form's fields (a download link, a licence key or code, a note: at least one),
// validated with zod; what is typed is kept as a draft per order until it is delivered. It only
// collects the delivery: the wallet island that renders it seals it and sends the transaction.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { draftTexts, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import {
  DELIVERY_NOTE_MAX,
  deliverFormSchema,
  emptyDeliverForm,
  LICENCE_KEY_MAX,
  type DeliverFormErrorKey,
  type DeliverFormInput,
  type DeliverFormValues,
} from "../deliverForm";

type Field = keyof DeliverFormInput;
const limits: Record<Field, number> = { downloadUrl: 0, licenceKey: LICENCE_KEY_MAX, note: DELIVERY_NOTE_MAX };

/**
 * `onDeliver(values)` resolves with whether the good was delivered: then the form and its draft
 * are cleared; otherwise everything typed stays.
 */
export function DeliverForm({
  draftKey,
  busy,
  onDeliver,
  children,
}: {
  /** Where the draft is kept (salesDraftKey("deliver", …)). */
  draftKey: string;
  busy: boolean;
  onDeliver: (values: DeliverFormValues) => Promise<boolean>;
  /** Shown under the button (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const id = useId();
  const defaultValues = useMemo(() => draftTexts(draftKey, ["downloadUrl", "licenceKey", "note"] as const), [draftKey]);
  const form = useForm<DeliverFormInput, unknown, DeliverFormValues>({
    resolver: zodResolver(deliverFormSchema),
    defaultValues,
  });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = form;
  useFormDraft(form, draftKey);

  const submit = async (values: DeliverFormValues) => {
    if (await onDeliver(values)) reset(emptyDeliverForm);
  };
  const errorOf = (name: Field) => {
    const error = errors[name]?.message as DeliverFormErrorKey | undefined;
    return error ? (
      <p className="form-field__error" role="alert" data-testid={`deliver-error-${name}`}>
        {t(`deliver.errors.${error}`, { max: format.integer(limits[name]) })}
      </p>
    ) : null;
  };
  const empty = errors.root?.message as DeliverFormErrorKey | undefined;

  return (
    <form className="sales-ship__form" onSubmit={handleSubmit(submit)} noValidate data-testid="deliver-form">
      <div className="form-field">
        <label htmlFor={`${id}-downloadUrl`}>{t("deliver.downloadUrl")}</label>
        <input
          id={`${id}-downloadUrl`}
          type="url"
          inputMode="url"
          autoComplete="off"
          readOnly={busy}
          aria-invalid={errors.downloadUrl ? true : undefined}
          aria-describedby={`${id}-downloadUrl-hint`}
          {...register("downloadUrl")}
        />
        <p className="form-field__hint" id={`${id}-downloadUrl-hint`}>
          {t("deliver.downloadUrlHint")}
        </p>
        {errorOf("downloadUrl")}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-licenceKey`}>{t("deliver.licenceKey")}</label>
        <input
          id={`${id}-licenceKey`}
          type="text"
          className="sales-deliver__code"
          autoComplete="off"
          spellCheck={false}
          readOnly={busy}
          aria-invalid={errors.licenceKey ? true : undefined}
          {...register("licenceKey")}
        />
        {errorOf("licenceKey")}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-note`}>{t("deliver.note")}</label>
        <textarea
          id={`${id}-note`}
          rows={3}
          readOnly={busy}
          aria-invalid={errors.note ? true : undefined}
          {...register("note")}
        />
        {errorOf("note")}
      </div>
      {empty && (
        <p className="form-field__error" role="alert" data-testid="deliver-error-empty">
          {t(`deliver.errors.${empty}`)}
        </p>
      )}
      <p className="form-field__hint">{t("deliver.sealed")}</p>
      <div className="sales-ship__actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t("deliver.submitting") : t("deliver.submit")}
        </button>
      </div>
      {children}
    </form>
  );
}
