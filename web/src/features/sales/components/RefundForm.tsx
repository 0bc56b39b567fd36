// The refund form: an amount up to what is left in escrow (a "Full" shortcut fills it in), then a
// confirmation that says what the refund does (the order carries on, or ends refunded) before the
// transaction. What is typed is kept as a draft per order until the refund went through.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState, type ReactNode } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import {
  fullRefund,
  refundFormSchema,
  remainingAfter,
  type RefundErrorKey,
  type RefundFormInput,
  type RefundFormValues,
} from "../refundForm";

export interface RefundToken {
  id: string;
  symbol?: string | null;
  decimals?: number | null;
}

/**
 * `onRefund(amount)` (base units) resolves with whether the refund went through: then the form and
 * its draft are cleared; otherwise everything typed stays.
 */
export function RefundForm({
  escrow,
  token,
  draftKey,
  busy,
  onRefund,
  onClose,
  children,
}: {
  /** What is left in escrow, in base units. */
  escrow: bigint;
  token: RefundToken;
  draftKey: string;
  busy: boolean;
  onRefund: (amount: bigint) => Promise<boolean>;
  onClose: () => void;
  /** Shown under the buttons (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const id = useId();
  const decimals = token.decimals ?? 0;
  const money = (value: bigint) => formatPrice(format, value.toString(), token);
  const schema = useMemo(() => refundFormSchema(escrow, decimals), [escrow, decimals]);
  const defaultValues = useMemo(() => ({ amount: draftText(readDraft(draftKey), "amount") }), [draftKey]);
  const form = useForm<RefundFormInput, unknown, RefundFormValues>({ resolver: zodResolver(schema), defaultValues });
  useFormDraft(form, draftKey);
  const error = form.formState.errors.amount?.message as RefundErrorKey | undefined;
  /** The amount checked and waiting for the seller's confirmation. */
  const [pending, setPending] = useState<bigint | null>(null);

  const confirm = async () => {
    if (pending === null) return;
    if (await onRefund(pending)) {
      form.reset({ amount: "" });
      setPending(null);
    }
  };

  const fieldId = `${id}-amount`;
  return (
    <div className="sales-refund__form" data-testid="refund-form">
      <p className="form-field__hint">{t("refund.explain", { escrow: money(escrow) })}</p>
      <form
        onSubmit={form.handleSubmit((values) => setPending(values.amount))}
        noValidate
        className="sales-refund__fields"
      >
        <div className="form-field">
          <label htmlFor={fieldId}>{t("refund.amount", { symbol: token.symbol ?? "" })}</label>
          <div className="sales-refund__amount">
            <input
              id={fieldId}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              readOnly={busy || pending !== null}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
              data-testid="refund-amount"
              {...form.register("amount", { onChange: () => setPending(null) })}
            />
            <button
              type="button"
              className="button"
              disabled={busy || pending !== null}
              aria-label={t("refund.fullLabel", { amount: money(escrow) })}
              onClick={() => form.setValue("amount", fullRefund(escrow, decimals), { shouldValidate: true })}
              data-testid="refund-full"
            >
              {t("refund.full")}
            </button>
          </div>
          {error && (
            <p className="form-field__error" role="alert" id={`${fieldId}-error`} data-testid="refund-error">
              {t(`refund.errors.${error}`, { max: money(escrow), decimals: format.integer(decimals) })}
            </p>
          )}
        </div>
        {pending === null && (
          <div className="sales-ship__actions sales-refund__buttons">
            <button type="submit" className="button button--primary" disabled={busy}>
              {t("refund.review")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t("refund.close")}
            </button>
          </div>
        )}
      </form>
      {pending !== null && (
        <div
          className="sales-refund__confirm"
          role="group"
          aria-labelledby={`${id}-confirm`}
          data-testid="refund-confirm"
        >
          <p id={`${id}-confirm`} className="notice">
            {remainingAfter(escrow, pending) === 0n
              ? t("refund.confirmFull", { amount: money(pending) })
              : t("refund.confirmPartial", { amount: money(pending), left: money(remainingAfter(escrow, pending)) })}
          </p>
          <div className="sales-ship__actions sales-refund__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              aria-busy={busy || undefined}
              onClick={() => void confirm()}
              data-testid="refund-sure"
            >
              {busy ? t("refund.submitting") : t("refund.sure", { amount: money(pending) })}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setPending(null)}>
              {t("refund.back")}
            </button>
          </div>
        </div>
      )}
      {children}
    </div>
  );
}
