import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ATTRIBUTE_NAME_MAX, ATTRIBUTE_VALUE_MAX, ATTRIBUTES_MAX, type ListingFormInput } from "../listingForm";
import { FieldError } from "./FieldError";

/**
 * The listing's specifics as name/value rows: added, removed, each checked like the content schema's
 * attributes (leaving one field of a row checks both: a value without a name is the name's problem).
 */
export function AttributeRows({
  control,
  register,
  errors,
  idPrefix,
  disabled,
}: {
  control: Control<ListingFormInput, unknown, unknown>;
  register: UseFormRegister<ListingFormInput>;
  errors: FieldErrors<ListingFormInput>["attributes"];
  idPrefix: string;
  disabled?: boolean;
}) {
  const { t } = useTranslation("sell");
  const { fields, append, remove } = useFieldArray({ control, name: "attributes" });
  return (
    <div className="listing-attributes" data-testid="listing-attributes">
      <p id={`${idPrefix}-attributes-hint`} className="form-field__hint">
        {t("listing.fields.attributesHint", { max: ATTRIBUTES_MAX })}
      </p>
      {fields.length > 0 && (
        <ol className="listing-attributes__rows">
          {fields.map((field, index) => {
            const rowErrors = errors?.[index];
            const base = `${idPrefix}-attribute-${index}`;
            return (
              <li
                key={field.id}
                className="listing-attributes__row"
                aria-label={t("listing.fields.attributeRow", { index: index + 1 })}
              >
                <div className="form-field">
                  <label htmlFor={`${base}-name`}>{t("listing.fields.attributeName")}</label>
                  <input
                    id={`${base}-name`}
                    type="text"
                    placeholder={index === 0 ? t("listing.fields.attributeNamePlaceholder") : undefined}
                    aria-invalid={rowErrors?.name ? true : undefined}
                    aria-describedby={rowErrors?.name ? `${base}-name-error` : undefined}
                    disabled={disabled}
                    {...register(`attributes.${index}.name`, { deps: [`attributes.${index}.value`] })}
                  />
                  <FieldError id={`${base}-name-error`} error={rowErrors?.name} params={{ max: ATTRIBUTE_NAME_MAX }} />
                </div>
                <div className="form-field">
                  <label htmlFor={`${base}-value`}>{t("listing.fields.attributeValue")}</label>
                  <input
                    id={`${base}-value`}
                    type="text"
                    placeholder={index === 0 ? t("listing.fields.attributeValuePlaceholder") : undefined}
                    aria-invalid={rowErrors?.value ? true : undefined}
                    aria-describedby={rowErrors?.value ? `${base}-value-error` : undefined}
                    disabled={disabled}
                    {...register(`attributes.${index}.value`, { deps: [`attributes.${index}.name`] })}
                  />
                  <FieldError
                    id={`${base}-value-error`}
                    error={rowErrors?.value}
                    params={{ max: ATTRIBUTE_VALUE_MAX }}
                  />
                </div>
                <button
                  type="button"
                  className="icon-button listing-attributes__remove"
                  aria-label={t("listing.fields.attributeRemove", { index: index + 1 })}
                  disabled={disabled}
                  onClick={() => remove(index)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError id={`${idPrefix}-attributes-error`} error={errors?.root} params={{ max: ATTRIBUTES_MAX }} />
      {fields.length < ATTRIBUTES_MAX && (
        <button
          type="button"
          className="button listing-attributes__add"
          disabled={disabled}
          onClick={() => append({ name: "", value: "" })}
        >
          {t("listing.fields.attributeAdd")}
        </button>
      )}
    </div>
  );
}
