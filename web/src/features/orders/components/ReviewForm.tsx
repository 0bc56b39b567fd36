import { useAppConfig } from "../../../config/ConfigContext";
import { clearDraft, draftText, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  draftKey,
  REVIEW_BODY_MAX,
  REVIEW_TITLE_MAX,
  reviewFormSchema,
  type ReviewFormInput,
  type ReviewFormValues,
} from "../forms";
import { OrderFormFooter } from "./OrderFormFooter";
import { PhotoPicker, usePickedPhotos } from "./PhotoPicker";
import type { FormErrorKey } from "./StatementForm";

const STARS = ["1", "2", "3", "4", "5"] as const;
const isStar = (value: string | boolean | undefined): value is (typeof STARS)[number] =>
  (STARS as readonly unknown[]).includes(value);

/**
 * The buyer's review of a completed order: stars (a radio group), an optional title and text,
 * optional photos. Kept as a draft per order until `onSubmit` resolves true.
 */
export function ReviewForm({
  orderId,
  submitLabel,
  busy,
  onSubmit,
  onClose,
}: {
  orderId: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: (values: ReviewFormValues, photos: File[]) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation("orders");
  const id = useId();
  const { chainId } = useAppConfig();
  const key = draftKey(chainId, orderId, "review");
  const draft = readDraft(key);
  const form = useForm<ReviewFormInput, unknown, ReviewFormValues>({
    resolver: zodResolver(reviewFormSchema),
    defaultValues: {
      rating: isStar(draft.rating) ? draft.rating : undefined,
      title: draftText(draft, "title"),
      body: draftText(draft, "body"),
    },
  });
  useFormDraft(form, key);
  const { photos, add, remove, clear } = usePickedPhotos();
  const errors = form.formState.errors;
  const errorText = (message: string | undefined) => (message ? t(`forms.errors.${message as FormErrorKey}`) : null);
  const rating = Number(useWatch({ control: form.control, name: "rating" }) ?? 0);

  const submit = form.handleSubmit(async (values) => {
    const done = await onSubmit(
      values,
      photos.map((photo) => photo.file),
    );
    if (!done) return;
    clearDraft(key);
    form.reset({ rating: undefined, title: "", body: "" });
    clear();
  });

  return (
    <form className="order-form" onSubmit={(event) => void submit(event)} noValidate data-testid="review-form">
      <fieldset
        className="star-rating"
        role="radiogroup"
        aria-required="true"
        aria-invalid={errors.rating ? true : undefined}
        aria-describedby={errors.rating ? `${id}-rating-error` : undefined}
        disabled={busy}
      >
        <legend>{t("forms.rating")}</legend>
        <div className="star-rating__stars">
          {STARS.map((value) => (
            <label key={value} className="star-rating__star" data-on={rating >= Number(value) || undefined}>
              <input type="radio" value={value} className="visually-hidden" {...form.register("rating")} />
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{t("forms.star", { count: Number(value) })}</span>
            </label>
          ))}
        </div>
        {errors.rating && (
          <p id={`${id}-rating-error`} className="form-field__error" role="alert">
            {errorText("rating")}
          </p>
        )}
      </fieldset>
      <div className="form-field">
        <label htmlFor={`${id}-title`}>{t("forms.title")}</label>
        <input
          id={`${id}-title`}
          type="text"
          maxLength={REVIEW_TITLE_MAX}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? `${id}-title-error` : undefined}
          disabled={busy}
          {...form.register("title")}
        />
        {errors.title && (
          <p id={`${id}-title-error`} className="form-field__error" role="alert">
            {errorText(errors.title.message)}
          </p>
        )}
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-body`}>{t("forms.body")}</label>
        <textarea
          id={`${id}-body`}
          rows={5}
          maxLength={REVIEW_BODY_MAX}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? `${id}-body-error` : undefined}
          disabled={busy}
          {...form.register("body")}
        />
        {errors.body && (
          <p id={`${id}-body-error`} className="form-field__error" role="alert">
            {errorText(errors.body.message)}
          </p>
        )}
      </div>
      <PhotoPicker photos={photos} onAdd={add} onRemove={remove} disabled={busy} />
      <OrderFormFooter submitLabel={submitLabel} busy={busy} onClose={onClose} />
    </form>
  );
}
