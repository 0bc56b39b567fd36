import { zodResolver } from "@hookform/resolvers/zod";
import type { TFunction } from "i18next";
import { useCallback, useEffect, useId, useMemo, type ReactNode } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { chainNow } from "../../../lib/chain/chainClock";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { clearDraft, readDraft, useFormDraft } from "../../../lib/forms/formDraft";
import { useFormat, type Format } from "../../../lib/i18n/format";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { ConnectPlaceholder } from "../../../lib/wallet/ConnectPlaceholder";
import type { CouponDeployment } from "../coupon";
import {
  COUPON_LIMIT_MAX,
  couponDraftKey,
  couponFormFields,
  couponFormSchema,
  emptyCouponForm,
  type CouponErrorKey,
  type CouponFormInput,
  type CouponFormValues,
  type CouponListingOption,
  type CouponTokenOption,
} from "../couponForm";
import { COUPON_LABEL_MAX, type StoredCoupon } from "../couponStore";
import { SignCoupon } from "../islands";

const symbolOf = (token: CouponTokenOption | undefined) => (token ? (token.symbol ?? shortHex(token.id)) : "");

/** The form's first values: the draft's where typed (and still choosable), else a new form's. */
function initialValues(draftKey: string, tokens: readonly CouponTokenOption[]): CouponFormInput {
  const fresh = emptyCouponForm(tokens);
  const draft = readDraft(draftKey);
  const values = { ...fresh };
  for (const name of couponFormFields.keyof().options) {
    const typed = draft[name];
    if (typeof typed === "string") (values as Record<string, string>)[name] = typed;
  }
  if (values.kind !== "percent" && values.kind !== "fixed") values.kind = fresh.kind;
  if (!tokens.some((token) => token.id === values.token)) values.token = fresh.token;
  return values;
}

/** The message of a field's error, with what its sentence needs. */
function errorText(
  t: TFunction<"coupons">,
  format: Format,
  error: FieldError | undefined,
  token: CouponTokenOption | undefined,
): string | undefined {
  if (!error?.message) return undefined;
  return t(`seller.errors.${error.message as CouponErrorKey}`, {
    symbol: symbolOf(token),
    decimals: token?.decimals ?? 0,
    max: error.message === "labelTooLong" ? COUPON_LABEL_MAX : format.integer(COUPON_LIMIT_MAX),
    now: format.dateTime(chainNow() * 1000),
  });
}

function Field({
  id,
  name,
  label,
  hint,
  error,
  wide,
  children,
}: {
  id: string;
  name: keyof CouponFormInput;
  label: string;
  hint?: string;
  error?: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={wide ? "form-field form-field--wide" : "form-field"}>
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-${name}-hint`} className="form-field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-${name}-error`} className="form-field__error" role="alert" data-testid={`coupon-error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface CreateCouponFormProps {
  seller: string;
  site: CouponDeployment;
  /** Allowed payment tokens (at least one). */
  tokens: readonly CouponTokenOption[];
  /** The seller's open listings. */
  listings: readonly CouponListingOption[];
  /** After the coupon is signed (and kept in the list, unless `kept` is false). */
  onCreated(stored: StoredCoupon, kept: boolean): void;
}

/**
 * The new-coupon form: discount, token, listing, expiry, limit, buyer and a private note, each
 * checked with its message (couponForm.ts), kept as a draft through reloads and failed signatures;
 * a wallet island signs it.
 */
export function CreateCouponForm({ seller, site, tokens, listings, onCreated }: CreateCouponFormProps) {
  const { t } = useTranslation("coupons");
  const format = useFormat();
  const { chainId } = useAppConfig();
  const id = useId();
  const draftKey = couponDraftKey(chainId, seller);
  const schema = useMemo(
    () => couponFormSchema({ seller, tokens, listings, now: chainNow }),
    [seller, tokens, listings],
  );
  const form = useForm<CouponFormInput, unknown, CouponFormValues>({
    resolver: zodResolver(schema),
    defaultValues: initialValues(draftKey, tokens),
    mode: "onTouched",
  });
  useFormDraft(form, draftKey);
  const { errors } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const tokenId = useWatch({ control: form.control, name: "token" });
  const listingId = useWatch({ control: form.control, name: "listing" });
  const token = tokens.find((option) => option.id === tokenId);
  const tokenListings = useMemo(
    () => listings.filter((listing) => listing.token.toLowerCase() === tokenId.toLowerCase()),
    [listings, tokenId],
  );

  // A listing of another token cannot stay chosen once the token changes.
  useEffect(() => {
    if (listingId !== "" && !tokenListings.some((listing) => listing.id === listingId)) {
      form.setValue("listing", "", { shouldDirty: true });
    }
  }, [form, listingId, tokenListings]);

  const prepare = useCallback(async () => {
    let values: CouponFormValues | "invalid" = "invalid";
    await form.handleSubmit((valid) => {
      values = valid;
    })();
    return values;
  }, [form]);

  const onSigned = useCallback(
    (stored: StoredCoupon, kept: boolean) => {
      // A fresh form in the same token; the draft goes after the reset (which writes it).
      form.reset({ ...emptyCouponForm(tokens), token: form.getValues("token") });
      clearDraft(draftKey);
      onCreated(stored, kept);
    },
    [draftKey, form, onCreated, tokens],
  );

  const described = (name: keyof CouponFormInput, hint: boolean) => ({
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : hint ? `${id}-${name}-hint` : undefined,
  });
  const error = (name: keyof CouponFormInput) => errorText(t, format, errors[name], token);
  const symbol = symbolOf(token);

  return (
    <section className="card seller-coupons__create" aria-labelledby={`${id}-heading`} data-testid="coupon-form">
      <h2 id={`${id}-heading`}>{t("seller.create.heading")}</h2>
      <div className="form-grid">
        <fieldset className="form-field--wide seller-coupons__kind">
          <legend className="form-field__label">{t("seller.create.kind")}</legend>
          <label className="checkbox-field">
            <input type="radio" value="percent" {...form.register("kind")} /> {t("seller.create.percentKind")}
          </label>
          <label className="checkbox-field">
            <input type="radio" value="fixed" {...form.register("kind")} /> {t("seller.create.fixedKind")}
          </label>
        </fieldset>
        {kind === "fixed" ? (
          <Field
            id={id}
            name="amount"
            label={t("seller.create.amount")}
            hint={t("seller.create.amountHint", { symbol, decimals: token?.decimals ?? 0 })}
            error={error("amount")}
          >
            <input
              id={`${id}-amount`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...described("amount", true)}
              {...form.register("amount")}
            />
          </Field>
        ) : (
          <Field
            id={id}
            name="percent"
            label={t("seller.create.percent")}
            hint={t("seller.create.percentHint")}
            error={error("percent")}
          >
            <input
              id={`${id}-percent`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              {...described("percent", true)}
              {...form.register("percent")}
            />
          </Field>
        )}
        <Field
          id={id}
          name="token"
          label={t("seller.create.token")}
          hint={t("seller.create.tokenHint")}
          error={error("token")}
        >
          <select id={`${id}-token`} {...described("token", true)} {...form.register("token")}>
            {tokens.map((option) => (
              <option key={option.id} value={option.id}>
                {symbolOf(option)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id} name="listing" label={t("seller.create.listing")} error={error("listing")} wide>
          <select id={`${id}-listing`} {...described("listing", false)} {...form.register("listing")}>
            <option value="">{t("seller.create.anyListing", { symbol })}</option>
            {tokenListings.map((listing) => (
              <option key={listing.id} value={listing.id}>
                {t("seller.create.listingOption", {
                  number: listingLabel(listing.id),
                  name: listing.name ?? t("seller.create.unnamed"),
                  price: token ? formatPrice(format, listing.price, token) : listing.price,
                })}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id}
          name="expiry"
          label={t("seller.create.expiry")}
          hint={t("seller.create.expiryHint")}
          error={error("expiry")}
        >
          <input
            id={`${id}-expiry`}
            type="datetime-local"
            {...described("expiry", true)}
            {...form.register("expiry")}
          />
        </Field>
        <Field
          id={id}
          name="limit"
          label={t("seller.create.limit")}
          hint={t("seller.create.limitHint")}
          error={error("limit")}
        >
          <input
            id={`${id}-limit`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            {...described("limit", true)}
            {...form.register("limit")}
          />
        </Field>
        <Field
          id={id}
          name="buyer"
          label={t("seller.create.buyer")}
          hint={t("seller.create.buyerHint")}
          error={error("buyer")}
          wide
        >
          <input
            id={`${id}-buyer`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder="0x…"
            className="seller-coupons__mono"
            {...described("buyer", true)}
            {...form.register("buyer")}
          />
        </Field>
        <Field
          id={id}
          name="label"
          label={t("seller.create.label")}
          hint={t("seller.create.labelHint")}
          error={error("label")}
          wide
        >
          <input
            id={`${id}-label`}
            type="text"
            autoComplete="off"
            {...described("label", true)}
            {...form.register("label")}
          />
        </Field>
      </div>
      <p className="form-field__hint">{t("seller.create.free")}</p>
      <WalletIsland fallback={<ConnectPlaceholder />}>
        <SignCoupon seller={seller} site={site} prepare={prepare} onSigned={onSigned} />
      </WalletIsland>
    </section>
  );
}
