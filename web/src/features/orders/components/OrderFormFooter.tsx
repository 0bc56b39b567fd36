import { useTranslation } from "react-i18next";

/** The end of an order form (dispute, evidence, review): the draft note, submit and close. */
export function OrderFormFooter({
  submitLabel,
  busy,
  onClose,
}: {
  submitLabel: string;
  busy: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation("orders");
  return (
    <>
      <p className="form-field__hint">{t("forms.draftSaved")}</p>
      <div className="order-form__buttons">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button" onClick={onClose} disabled={busy}>
          {t("actions.close")}
        </button>
      </div>
    </>
  );
}
