// The ruling's split and reason. One number decides the split, the buyer's share in basis points;
// the slider, the percentage and the two exact amounts all edit it, and each shows it again once
// left (an amount no share pays exactly is moved to the closest one, said next to it). The amounts
// below are the contract's own arithmetic (split.ts). Review, then confirm: `onRule` sends it.
// The share and reason are kept as a draft per order until the ruling went through.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { clearDraft, draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import { REASON_MAX, REASON_MIN, rulingFormSchema, type RulingErrorKey, type RulingFormValues } from "../ruling";
import { amountText, parseAmount, parsePercent, percentText, type ParseError } from "../shareInputs";
import {
  BPS,
  shareForBuyerAmount,
  shareForSellerAmount,
  splitRuling,
  type RulingSplit,
  type SplitTerms,
} from "../split";
import { SplitBreakdown, type SplitToken } from "./SplitBreakdown";

/** A ruling ready to send. */
export interface RulingDecision {
  share: number;
  reason: string;
  split: RulingSplit;
}

type NumberField = "percent" | "buyer" | "seller";
type FieldProblem = { error: ParseError | "tooMuch" } | { closest: bigint } | null;

const PRESETS = [0, 2_500, 5_000, 7_500, BPS] as const;
const DEFAULT_SHARE = 5_000;

export function RulingForm({
  terms,
  token,
  draftKey,
  busy,
  onRule,
  children,
}: {
  terms: SplitTerms;
  token: SplitToken;
  /** Where the draft is kept (rulingDraftKey). */
  draftKey: string;
  busy: boolean;
  /** Sends the ruling; resolves with whether it went through (then the draft is cleared). */
  onRule: (decision: RulingDecision) => Promise<boolean>;
  /** Shown under the form (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const id = useId();
  const decimals = token.decimals ?? 0;
  const defaultValues = useMemo(() => {
    const draft = readDraft(draftKey);
    const share = draftText(draft, "share");
    return {
      share: /^[0-9]{1,5}$/.test(share) && Number(share) <= BPS ? share : String(DEFAULT_SHARE),
      reason: draftText(draft, "reason"),
    };
  }, [draftKey]);
  const form = useForm<RulingFormValues>({ resolver: zodResolver(rulingFormSchema), defaultValues });
  useFormDraft(form, draftKey);
  const shareText = useWatch({ control: form.control, name: "share" });
  const reasonLength = useWatch({ control: form.control, name: "reason" }).length;
  const share = Math.min(BPS, Math.max(0, Number(shareText) || 0));
  const split = splitRuling(terms, share);

  // The number being typed keeps its text; the others show the share.
  const [editing, setEditing] = useState<{ field: NumberField; text: string; problem: FieldProblem } | null>(null);
  const [pending, setPending] = useState<RulingDecision | null>(null);

  const setShare = (value: number) => {
    form.setValue("share", String(value), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    setPending(null);
  };

  const maxOf = (field: NumberField) => (field === "buyer" ? split.rest : splitRuling(terms, 0).sellerAmount);
  const type = (field: NumberField, text: string) => {
    let problem: FieldProblem = null;
    if (field === "percent") {
      const parsed = parsePercent(text);
      if (parsed.ok) setShare(parsed.value);
      else problem = { error: parsed.error };
    } else {
      const parsed = parseAmount(text, decimals);
      const max = maxOf(field);
      if (!parsed.ok) problem = { error: parsed.error };
      else if (parsed.value > max) problem = { error: "tooMuch" };
      else {
        const next =
          field === "buyer" ? shareForBuyerAmount(terms, parsed.value) : shareForSellerAmount(terms, parsed.value);
        setShare(next);
        const paid = field === "buyer" ? splitRuling(terms, next).buyerAmount : splitRuling(terms, next).sellerAmount;
        if (paid !== parsed.value) problem = { closest: paid };
      }
    }
    setEditing({ field, text, problem });
  };

  const shown = (field: NumberField) => {
    if (editing?.field === field) return editing.text;
    if (field === "percent") return percentText(share);
    return amountText(field === "buyer" ? split.buyerAmount : split.sellerAmount, decimals);
  };
  const money = (value: bigint) => formatPrice(format, value.toString(), token);
  const problemText = (field: NumberField, problem: FieldProblem) => {
    if (!problem) return null;
    if ("closest" in problem) return { hint: true, text: t("ruling.closest", { amount: money(problem.closest) }) };
    if (problem.error === "tooMuch")
      return { hint: false, text: t("ruling.errors.tooMuch", { max: money(maxOf(field)) }) };
    if (field === "percent") return { hint: false, text: t("ruling.errors.percent") };
    return problem.error === "decimals"
      ? { hint: false, text: t("ruling.errors.decimals", { decimals }) }
      : { hint: false, text: t("ruling.errors.amount") };
  };

  const numberField = (field: NumberField, label: string) => {
    const fieldId = `${id}-${field}`;
    const problem = editing?.field === field ? problemText(field, editing.problem) : null;
    return (
      <div className="form-field arbitration-ruling__number">
        <label htmlFor={fieldId}>{label}</label>
        <input
          id={fieldId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={shown(field)}
          readOnly={busy}
          aria-invalid={problem && !problem.hint ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : undefined}
          onChange={(event) => type(field, event.target.value)}
          onBlur={() => {
            if (!editing?.problem || "closest" in editing.problem) setEditing(null);
          }}
          data-testid={`ruling-${field}`}
        />
        {problem && (
          <p
            id={`${fieldId}-problem`}
            className={problem.hint ? "form-field__hint" : "form-field__error"}
            role={problem.hint ? undefined : "alert"}
            data-testid={`ruling-${field}-problem`}
          >
            {problem.text}
          </p>
        )}
      </div>
    );
  };

  const shareError = form.formState.errors.share?.message as RulingErrorKey | undefined;
  const reasonError = form.formState.errors.reason?.message as RulingErrorKey | undefined;
  const numbersInvalid = editing?.problem !== undefined && editing.problem !== null && "error" in editing.problem;

  const review = form.handleSubmit((values) => {
    if (numbersInvalid) return;
    const chosen = Number(values.share);
    setPending({ share: chosen, reason: values.reason, split: splitRuling(terms, chosen) });
  });
  const send = async () => {
    if (!pending) return;
    if (await onRule(pending)) {
      // Reset first: the draft follows the form's values, then goes.
      form.reset({ share: String(DEFAULT_SHARE), reason: "" });
      clearDraft(draftKey);
      setPending(null);
    }
  };
  const percent = (bps: number) => format.percent(bps / BPS);

  return (
    <form
      className="arbitration-ruling__form"
      onSubmit={(event) => void review(event)}
      noValidate
      data-testid="ruling-form"
    >
      <fieldset className="arbitration-ruling__split" disabled={busy}>
        <legend>{t("ruling.share")}</legend>
        <input
          type="range"
          className="arbitration-ruling__slider"
          min={0}
          max={BPS}
          step={1}
          value={share}
          aria-label={t("ruling.shareSlider")}
          aria-valuetext={t("ruling.shareValue", { share: percent(share), rest: percent(BPS - share) })}
          onChange={(event) => {
            setEditing(null);
            setShare(Number(event.target.value));
          }}
          data-testid="ruling-slider"
        />
        <p className="arbitration-ruling__share" aria-live="polite" data-testid="ruling-share">
          {t("ruling.shareValue", { share: percent(share), rest: percent(BPS - share) })}
        </p>
        <div className="arbitration-ruling__presets" role="group" aria-label={t("ruling.presets")}>
          {PRESETS.map((preset) => (
            <button
              key={preset}
              type="button"
              className="button"
              aria-pressed={share === preset}
              onClick={() => {
                setEditing(null);
                setShare(preset);
              }}
            >
              {t("ruling.preset", { share: percentText(preset) })}
            </button>
          ))}
        </div>
        <div className="arbitration-ruling__numbers">
          {numberField("percent", t("ruling.percent"))}
          {numberField("buyer", t("ruling.buyerAmount", { symbol: token.symbol ?? "" }))}
          {numberField("seller", t("ruling.sellerAmount", { symbol: token.symbol ?? "" }))}
        </div>
        <p className="form-field__hint">{t("ruling.amountsHint")}</p>
        {shareError && (
          <p className="form-field__error" role="alert">
            {t(`ruling.errors.${shareError}`)}
          </p>
        )}
      </fieldset>

      <SplitBreakdown
        split={split}
        token={token}
        arbiterFeeBps={terms.arbiterFeeBps}
        feeBps={terms.feeBps}
        t={t}
        format={format}
      />

      <div className="form-field">
        <label htmlFor={`${id}-reason`}>{t("ruling.reason")}</label>
        <p id={`${id}-reason-hint`} className="form-field__hint">
          {t("ruling.reasonHint")}
        </p>
        <textarea
          id={`${id}-reason`}
          rows={6}
          maxLength={REASON_MAX}
          readOnly={busy}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={`${id}-reason-hint${reasonError ? ` ${id}-reason-error` : ""}`}
          {...form.register("reason", { onChange: () => setPending(null) })}
        />
        <p className="form-field__hint arbitration-ruling__count">
          {t("ruling.characters", { count: reasonLength, max: format.integer(REASON_MAX) })}
        </p>
        {reasonError && (
          <p id={`${id}-reason-error`} className="form-field__error" role="alert" data-testid="ruling-reason-error">
            {t(`ruling.errors.${reasonError}`, { min: REASON_MIN, max: format.integer(REASON_MAX) })}
          </p>
        )}
      </div>

      {pending ? (
        <div
          className="arbitration-ruling__confirm notice"
          role="group"
          aria-labelledby={`${id}-confirm`}
          data-testid="ruling-confirm"
        >
          <p id={`${id}-confirm`} className="arbitration-ruling__confirm-heading">
            {t("ruling.confirm.heading")}
          </p>
          <p>
            {t("ruling.confirm.body", {
              share: percent(pending.share),
              buyer: money(pending.split.buyerAmount),
              seller: money(pending.split.sellerAmount),
              fee: money(pending.split.arbiterFee),
              platform: money(pending.split.platformFee),
            })}
          </p>
          <div className="arbitration-ruling__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              aria-busy={busy || undefined}
              onClick={() => void send()}
              data-testid="ruling-send"
            >
              {busy ? t("ruling.sending") : t("ruling.confirm.send")}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setPending(null)}>
              {t("ruling.confirm.back")}
            </button>
          </div>
        </div>
      ) : (
        <div className="arbitration-ruling__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="ruling-review">
            {t("ruling.review")}
          </button>
        </div>
      )}
      {children}
    </form>
  );
}
