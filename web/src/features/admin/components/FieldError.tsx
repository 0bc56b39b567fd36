import { useTranslation } from "react-i18next";
import type { AdminErrorKey } from "../adminForms";

export interface ErrorValues {
  cap?: string;
  current?: string;
}

/** A form field's error sentence (`errors.<key>`), with the values its sentence names. */
export function FieldError({
  id,
  error,
  values,
}: {
  id: string;
  error: string | undefined;
  /** What the sentence names (the cap, the current fee). */
  values?: ErrorValues;
}) {
  const { t } = useTranslation("admin");
  if (!error) return null;
  const key = `errors.${error as AdminErrorKey}` as const;
  return (
    <p className="form-field__error" role="alert" id={id} data-testid="admin-field-error">
      {t(key, { cap: values?.cap ?? "", current: values?.current ?? "" })}
    </p>
  );
}
