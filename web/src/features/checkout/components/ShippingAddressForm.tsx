import { useMemo, type ReactNode } from "react";
import { useFormContext, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { addressErrorKey, addressMaxLength, type AddressFormValues } from "../addressForm";
import { countryOptions } from "../countries";

type TextField = Exclude<keyof AddressFormValues, "remember" | "country">;

function FieldMessage({ id, field, error }: { id: string; field: keyof AddressFormValues; error?: FieldError }) {
  const { t } = useTranslation("checkout");
  if (!error) return null;
  const message = addressErrorKey(field, error.type);
  return (
    <p id={id} className="form-field__error" role="alert">
      {"max" in message ? t(message.key, { max: message.max }) : t(message.key)}
    </p>
  );
}

/**
 * The shipping address fields of the checkout form (react-hook-form context from the page).
 * `savedAddress` is the island that fills them from the address remembered on this device.
 */
export function ShippingAddressForm({ savedAddress }: { savedAddress?: ReactNode }) {
  const { t } = useTranslation("checkout");
  const { locale } = useFormat();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const {
    register,
    formState: { errors },
  } = useFormContext<AddressFormValues>();

  const text = (field: TextField, options: { autoComplete: string; wide?: boolean; multiline?: boolean }) => {
    const id = `address-${field}`;
    const errorId = `${id}-error`;
    const error = errors[field];
    const common = {
      id,
      maxLength: addressMaxLength[field],
      autoComplete: options.autoComplete,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? errorId : undefined,
      ...register(field),
    };
    return (
      <div className={options.wide ? "form-field form-field--wide" : "form-field"}>
        <label htmlFor={id}>{t(`shipping.${field}`)}</label>
        {options.multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
        <FieldMessage id={errorId} field={field} error={error} />
      </div>
    );
  };

  return (
    <fieldset className="checkout-address card" data-testid="shipping-address">
      <legend>
        <h2>{t("shipping.heading")}</h2>
      </legend>
      <p className="listing-page__meta">{t("shipping.explain")}</p>
      {savedAddress}
      <div className="form-grid">
        {text("name", { autoComplete: "shipping name", wide: true })}
        {text("line1", { autoComplete: "shipping address-line1", wide: true })}
        {text("line2", { autoComplete: "shipping address-line2", wide: true })}
        {text("city", { autoComplete: "shipping address-level2" })}
        {text("region", { autoComplete: "shipping address-level1" })}
        {text("postalCode", { autoComplete: "shipping postal-code" })}
        <div className="form-field">
          <label htmlFor="address-country">{t("shipping.country")}</label>
          <select
            id="address-country"
            autoComplete="shipping country"
            aria-invalid={errors.country ? true : undefined}
            aria-describedby={errors.country ? "address-country-error" : undefined}
            {...register("country")}
          >
            <option value="">{t("shipping.chooseCountry")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </select>
          <FieldMessage id="address-country-error" field="country" error={errors.country} />
        </div>
        {text("phone", { autoComplete: "shipping tel", wide: true })}
        {text("note", { autoComplete: "off", wide: true, multiline: true })}
      </div>
      <label className="checkbox-field">
        <input type="checkbox" {...register("remember")} />
        {t("shipping.remember")}
      </label>
    </fieldset>
  );
}
