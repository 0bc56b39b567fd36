// A fee field in basis points, with the percentage it means shown beside it as it is typed.
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { BPS } from "../adminForms";
import { FieldError, type ErrorValues } from "./FieldError";

export function BpsField({
  id,
  label,
  hint,
  typed,
  error,
  errorValues,
  readOnly,
  registration,
}: {
  id: string;
  label: string;
  hint: string;
  /** The typed value as a number, when it is one (for the percentage). */
  typed: number | undefined;
  error: string | undefined;
  errorValues: ErrorValues;
  readOnly: boolean;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <div className="admin-bps">
        <input
          id={id}
          inputMode="numeric"
          autoComplete="off"
          placeholder="0"
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          {...registration}
        />
        <span className="admin-bps__unit">{t("bps")}</span>
        <output className="admin-bps__percent" htmlFor={id} data-testid="admin-bps-percent">
          {typed !== undefined ? `= ${format.percent(typed / BPS)}` : ""}
        </output>
      </div>
      <p className="form-field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldError id={`${id}-error`} error={error} values={errorValues} />
    </div>
  );
}
