// An address field: monospace, no autocorrection, its error sentence under it.
import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError, type ErrorValues } from "./FieldError";

export function AddressField({
  id,
  label,
  hint,
  error,
  errorValues,
  readOnly,
  registration,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  errorValues?: ErrorValues;
  readOnly: boolean;
  registration: UseFormRegisterReturn;
}) {
  const described = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="admin-address-input"
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        placeholder="0x…"
        readOnly={readOnly}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...registration}
      />
      {hint && (
        <p className="form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} values={errorValues} />
    </div>
  );
}
