// The seller's reply to a review: one plain-text field with a character count, validated with zod;
// kept as a draft per order until the reply is published.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, type ReactNode } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat } from "../../../lib/i18n/format";
import {
  REPLY_MAX,
  replyFormSchema,
  type ReplyErrorKey,
  type ReplyFormInput,
  type ReplyFormValues,
} from "../replyForm";

/**
 * `onReply(text)` resolves with whether the reply was published: then the form and its draft are
 * cleared; otherwise everything typed stays.
 */
export function ReplyForm({
  draftKey,
  busy,
  onReply,
  children,
}: {
  draftKey: string;
  busy: boolean;
  onReply: (text: string) => Promise<boolean>;
  /** Shown under the button (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("sales");
  const format = useFormat();
  const id = useId();
  const defaultValues = useMemo(() => ({ text: draftText(readDraft(draftKey), "text") }), [draftKey]);
  const form = useForm<ReplyFormInput, unknown, ReplyFormValues>({
    resolver: zodResolver(replyFormSchema),
    defaultValues,
  });
  useFormDraft(form, draftKey);
  const length = (useWatch({ control: form.control, name: "text" }) ?? "").length;
  const error = form.formState.errors.text?.message as ReplyErrorKey | undefined;

  const submit = form.handleSubmit(async (values) => {
    if (await onReply(values.text)) form.reset({ text: "" });
  });

  return (
    <form
      className="sales-ship__form sales-reply"
      onSubmit={(event) => void submit(event)}
      noValidate
      data-testid="reply-form"
    >
      <div className="form-field">
        <label htmlFor={`${id}-text`}>{t("reply.label")}</label>
        <textarea
          id={`${id}-text`}
          rows={4}
          readOnly={busy}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
          {...form.register("text")}
        />
        <p className="form-field__hint sales-reply__meta" id={`${id}-hint`}>
          <span>{t("reply.hint")}</span>
          <span className="sales-reply__count" data-over={length > REPLY_MAX || undefined}>
            {t("reply.count", { count: format.integer(length), max: format.integer(REPLY_MAX) })}
          </span>
        </p>
        {error && (
          <p className="form-field__error" role="alert" id={`${id}-error`} data-testid="reply-error">
            {t(`reply.errors.${error}`, { max: format.integer(REPLY_MAX) })}
          </p>
        )}
      </div>
      <div className="sales-ship__actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t("reply.submitting") : t("reply.submit")}
        </button>
      </div>
      {children}
    </form>
  );
}
