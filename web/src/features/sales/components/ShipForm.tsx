// The ship form's fields (carrier, tracking number, optional https tracking link), validated with
// zod; what is typed is kept as a draft per order until the order is shipped. It only collects
// the details: the wallet island that renders it seals them and sends the transaction.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { draftTexts, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import {
  CARRIER_MAX,
  emptyShipForm,
  shipFormSchema,
  TRACKING_NUMBER_MAX,
  type ShipFormErrorKey,
  type ShipFormValues,
} from "../shipForm";

const limits: Record<keyof ShipFormValues, number | undefined> = {
  carrier: CARRIER_MAX,
  trackingNumber: TRACKING_NUMBER_MAX,
  trackingUrl: undefined,
};

/**
 * `onShip(values)` resolves with whether the order was shipped: then the form and its draft are
 * cleared; otherwise everything typed stays.
 */
export function ShipForm({
  draftKey,
  busy,
  onShip,
  children,
}: {
  /** Where the draft is kept (shipDraftKey). */
  draftKey: string;
  busy: boolean;
  onShip: (values: ShipFormValues) => Promise<boolean>;
  /** Shown under the button (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const id = useId();
  const defaultValues = useMemo(
    () => draftTexts(draftKey, ["carrier", "trackingNumber", "trackingUrl"] as const),
    [draftKey],
  );
  const form = useForm<ShipFormValues>({ resolver: zodResolver(shipFormSchema), defaultValues });
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = form;
  useFormDraft(form, draftKey);

  const submit = async (values: ShipFormValues) => {
    if (await onShip(values)) reset(emptyShipForm);
  };

  const field = (name: keyof ShipFormValues, label: string, hint?: string) => {
    const error = errors[name]?.message as ShipFormErrorKey | undefined;
    const fieldId = `${id}-${name}`;
    return (
      <div className="form-field">
        <label htmlFor={fieldId}>{label}</label>
        <input
          id={fieldId}
          type={name === "trackingUrl" ? "url" : "text"}
          inputMode={name === "trackingUrl" ? "url" : undefined}
          autoComplete="off"
          readOnly={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={hint ? `${fieldId}-hint` : undefined}
          {...register(name)}
        />
        {hint && (
          <p className="form-field__hint" id={`${fieldId}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="form-field__error" role="alert" data-testid={`ship-error-${name}`}>
            {t(`ship.errors.${error}`, { max: format.integer(limits[name] ?? 0) })}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="sales-ship__form" onSubmit={handleSubmit(submit)} noValidate data-testid="ship-form">
      {field("carrier", t("ship.carrier"))}
      {field("trackingNumber", t("ship.trackingNumber"))}
      {field("trackingUrl", t("ship.trackingUrl"), t("ship.trackingUrlHint"))}
      <p className="form-field__hint">{t("ship.sealed")}</p>
      <div className="sales-ship__actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t("ship.submitting") : t("ship.submit")}
        </button>
      </div>
      {children}
    </form>
  );
}
