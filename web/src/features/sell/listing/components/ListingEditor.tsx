import { listingCategories, listingConditions, type ListingMetadata } from "@agora/content/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import type { TFunction } from "i18next";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { useAppConfig } from "../../../../config/ConfigContext";
import { shortHex } from "../../../../lib/chain/display";
import { clearDraft, readDraft, useFormDraft } from "../../../../lib/forms/formDraft";
import { useFormat, type Format } from "../../../../lib/i18n/format";
import type { SellFormQuery } from "../../../../lib/indexer/generated/graphql";
import { ConnectPlaceholder } from "../../../../lib/wallet/ConnectPlaceholder";
import { WalletIsland } from "../../../../lib/wallet/WalletIsland";
import { defaultPhotoDrafts, useListingPhotos } from "../hooks/useListingPhotos";
import type { EditedListing } from "../hooks/useSellForm";
import { PublishListing } from "../islands";
import {
  DESCRIPTION_MAX,
  emptyListingForm,
  listingDraftKey,
  listingFormOf,
  listingFormSchema,
  maxPriceText,
  SHIP_DAYS_MAX,
  shipDaysOf,
  STOCK_MAX,
  TITLE_MAX,
  DIGITAL_DELIVERY_DAYS,
  type AttributeRow,
  type FormToken,
  type ListingFormInput,
  type ListingFormValues,
  type ListingKind,
} from "../listingForm";
import type { PhotoDraftStore } from "../photoDrafts";
import type { ListingPhoto } from "../photos";
import { AttributeRows } from "./AttributeRows";
import { FieldError } from "./FieldError";
import { PhotoField } from "./PhotoField";

/** What the Publish island gets from a valid form. */
export interface PreparedListing {
  values: ListingFormValues;
  photos: readonly ListingPhoto[];
}

type Arbiter = SellFormQuery["arbiters"][number];

/** "Ada Arbiter · fee 2.50%" (the profile's name, else the shortened address). */
export function arbiterLabel(
  t: TFunction<"sell">,
  format: Format,
  arbiter: Pick<Arbiter, "id" | "feeBps" | "account">,
) {
  return t("listing.fields.arbiterOption", {
    name: arbiter.account.profile[0]?.name ?? shortHex(arbiter.id),
    fee: format.percent(arbiter.feeBps / 10_000),
  });
}

const TEXT_FIELDS = ["title", "description", "category", "condition", "kind", "price", "stock", "regions"] as const;
/** Fixed on chain once the listing exists: a draft never changes them when editing. */
const TERMS_FIELDS = ["token", "shipDays", "arbiter"] as const;

/** The attributes' draft (sessionStorage keeps the form's text fields, not its rows). */
const attributesKey = (draftKey: string) => `${draftKey}.attributes`;
function readAttributesDraft(draftKey: string): AttributeRow[] | undefined {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(attributesKey(draftKey)) ?? "null");
    if (!Array.isArray(parsed)) return undefined;
    return parsed.filter((row): row is AttributeRow => typeof row?.name === "string" && typeof row?.value === "string");
  } catch {
    return undefined;
  }
}

/** The form's first values: the published (or empty) form, then whatever the tab's draft holds. */
function initialValues(draftKey: string, base: ListingFormInput, editing: boolean): ListingFormInput {
  const draft = readDraft(draftKey);
  const values: ListingFormInput = { ...base, attributes: readAttributesDraft(draftKey) ?? base.attributes };
  const fields: readonly (keyof ListingFormInput)[] = editing ? TEXT_FIELDS : [...TEXT_FIELDS, ...TERMS_FIELDS];
  for (const field of fields) {
    const typed = draft[field];
    if (typeof typed === "string") (values as unknown as Record<string, unknown>)[field] = typed;
  }
  if (values.kind !== "physical" && values.kind !== "digital") values.kind = base.kind;
  return values;
}

export interface ListingEditorProps {
  mode: "create" | "edit";
  /** The connected seller, lowercase. */
  account: string;
  data: SellFormQuery;
  /** When editing: the listing, its current document and its published photos (bytes from IPFS). */
  edited?: { listing: EditedListing; document: ListingMetadata; photos: readonly ListingPhoto[] };
  /** A new listing's kind to start with (the Sell hub links digital goods). */
  initialKind?: ListingKind;
  /** Where the photos' draft is kept (IndexedDB; tests pass their own). */
  photoDrafts?: PhotoDraftStore;
}

/**
 * The listing form: photos, details, specifics, price and stock, delivery and the arbiter, each
 * field checked as it is left and again at Publish, with its message beside it; the draft (text in
 * sessionStorage, photos in IndexedDB) survives reloads and failed writes. Publishing is a wallet
 * island.
 */
export function ListingEditor({ mode, account, data, edited, initialKind, photoDrafts }: ListingEditorProps) {
  const { t } = useTranslation("sell");
  const { t: tt } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { chainId } = useAppConfig();
  const id = useId();
  const editing = mode === "edit" && edited !== undefined;
  const draftKey = listingDraftKey(chainId, account, edited?.listing.id);

  const tokens: FormToken[] = useMemo(
    () => (edited ? [edited.listing.token] : data.tokens.filter((token) => token.decimals !== null)),
    [data.tokens, edited],
  );
  const arbiters: Arbiter[] = useMemo(
    () => (edited ? [edited.listing.arbiter] : data.arbiters.filter((arbiter) => arbiter.id !== account)),
    [account, data.arbiters, edited],
  );
  const hasKey = Boolean(data.account?.profile[0]?.encryptionPublicKey);

  const schema = useMemo(
    () =>
      listingFormSchema({
        mode,
        seller: account,
        tokens,
        arbiters: arbiters.map((arbiter) => arbiter.id),
      }),
    [account, arbiters, mode, tokens],
  );
  const [defaults] = useState(() => {
    const base = edited
      ? listingFormOf(edited.document, {
          ...edited.listing,
          arbiter: edited.listing.arbiter.id,
        })
      : {
          ...emptyListingForm(
            tokens,
            arbiters.map((arbiter) => arbiter.id),
          ),
          kind: initialKind ?? "physical",
        };
    return initialValues(draftKey, base, editing);
  });
  const form = useForm<ListingFormInput, unknown, ListingFormValues>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    mode: "onTouched",
  });
  // Every keystroke goes to the tab's draft: a rejected signature, a failed upload or a reload keep it.
  useFormDraft(form, draftKey);
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          try {
            sessionStorage.setItem(attributesKey(draftKey), JSON.stringify(values.attributes ?? []));
          } catch {
            // Storage full or disabled: see writeDraft.
          }
        },
      }),
    [draftKey, form],
  );

  const photos = useListingPhotos(draftKey, edited?.photos ?? [], photoDrafts ?? defaultPhotoDrafts());
  const [photoError, setPhotoError] = useState(false);
  const [problem, setProblem] = useState<"fixFields" | "keyRequired">();
  const photoSection = useRef<HTMLElement>(null);

  const kind = useWatch({ control: form.control, name: "kind" });
  const tokenId = useWatch({ control: form.control, name: "token" });
  const token = tokens.find((candidate) => candidate.id === tokenId) ?? tokens[0];
  const keyBlocked = kind === "physical" && !hasKey;
  const { errors } = form.formState;

  const current = useRef(photos);
  useEffect(() => {
    current.current = photos;
  });

  const prepare = useCallback(async (): Promise<PreparedListing | "invalid"> => {
    let values: ListingFormValues | undefined;
    await form.handleSubmit((valid) => {
      values = valid;
    })();
    const { photos: chosen, status } = current.current;
    const noPhotos = chosen.length === 0;
    setPhotoError(noPhotos);
    const blocked = form.getValues("kind") === "physical" && !hasKey;
    if (!values || noPhotos || blocked || status !== "ready") {
      setProblem(blocked ? "keyRequired" : "fixFields");
      if (values && noPhotos) photoSection.current?.scrollIntoView({ block: "center" });
      return "invalid";
    }
    setProblem(undefined);
    return { values, photos: chosen };
  }, [form, hasKey]);

  const onPublished = useCallback(
    async (listingId: string) => {
      await current.current.forget();
      clearDraft(draftKey);
      clearDraft(attributesKey(draftKey));
      await navigate(`/listing/${listingId}`);
    },
    [draftKey, navigate],
  );

  const changePhotos = photos.change;
  const onPhotosChange = useCallback(
    (update: Parameters<typeof changePhotos>[0]) => {
      setPhotoError(false);
      changePhotos(update);
    },
    [changePhotos],
  );

  const field = (name: keyof ListingFormInput, hint?: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : hint ? `${id}-${name}-hint` : undefined,
  });
  const symbol = token ? (token.symbol ?? shortHex(token.id)) : "";
  const priceParams: Record<string, string | number> = token
    ? { symbol, decimals: token.decimals ?? 0, max: maxPriceText(token) }
    : {};

  return (
    <form
      className="listing-editor__form"
      noValidate
      onSubmit={(event) => event.preventDefault()}
      data-testid="listing-form"
    >
      <div className="listing-editor__main">
        <section className="card listing-editor__section" ref={photoSection} aria-labelledby={`${id}-section-photos`}>
          <h2 id={`${id}-section-photos`}>{t("listing.sections.photos")}</h2>
          <PhotoField
            photos={photos.photos}
            status={photos.status}
            onChange={onPhotosChange}
            error={photoError ? t("listing.errors.photosRequired") : undefined}
          />
        </section>

        <section className="card listing-editor__section" aria-labelledby={`${id}-section-details`}>
          <h2 id={`${id}-section-details`}>{t("listing.sections.details")}</h2>
          <div className="form-grid">
            <div className="form-field form-field--wide">
              <label htmlFor={`${id}-title`}>{t("listing.fields.title")}</label>
              <input type="text" maxLength={TITLE_MAX * 2} {...field("title", "hint")} {...form.register("title")} />
              <p id={`${id}-title-hint`} className="form-field__hint">
                {t("listing.fields.titleHint", { max: TITLE_MAX })}
              </p>
              <FieldError id={`${id}-title-error`} error={errors.title} params={{ max: TITLE_MAX }} />
            </div>
            <div className="form-field form-field--wide">
              <label htmlFor={`${id}-description`}>{t("listing.fields.description")}</label>
              <textarea rows={6} {...field("description", "hint")} {...form.register("description")} />
              <p id={`${id}-description-hint`} className="form-field__hint">
                {t("listing.fields.descriptionHint", { max: DESCRIPTION_MAX })}
              </p>
              <FieldError id={`${id}-description-error`} error={errors.description} params={{ max: DESCRIPTION_MAX }} />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-category`}>{t("listing.fields.category")}</label>
              <select {...field("category")} {...form.register("category")}>
                <option value="">{t("listing.fields.categoryChoose")}</option>
                {listingCategories.map((category) => (
                  <option key={category} value={category}>
                    {tt(`categories.${category}`)}
                  </option>
                ))}
              </select>
              <FieldError id={`${id}-category-error`} error={errors.category} />
            </div>
            {kind === "physical" && (
              <div className="form-field">
                <label htmlFor={`${id}-condition`}>{t("listing.fields.condition")}</label>
                <select {...field("condition")} {...form.register("condition")}>
                  {listingConditions.map((condition) => (
                    <option key={condition} value={condition}>
                      {tt(`listing.conditions.${condition}`)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-condition-error`} error={errors.condition} />
              </div>
            )}
            <fieldset className="form-field--wide listing-editor__kind">
              <legend className="form-field__label">{t("listing.fields.kind")}</legend>
              {(["physical", "digital"] as const).map((value) => (
                <label key={value} className="checkbox-field listing-editor__choice">
                  <input type="radio" value={value} {...form.register("kind")} />
                  {t(`listing.fields.${value}`)}
                </label>
              ))}
              {keyBlocked && (
                <p className="notice notice--warning" data-testid="listing-key-missing">
                  {t("listing.keyMissing")} <Link to="/sell/profile">{t("listing.keyLink")}</Link>
                </p>
              )}
            </fieldset>
          </div>
        </section>

        <section className="card listing-editor__section" aria-labelledby={`${id}-section-specifics`}>
          <h2 id={`${id}-section-specifics`}>{t("listing.sections.specifics")}</h2>
          <AttributeRows control={form.control} register={form.register} errors={errors.attributes} idPrefix={id} />
        </section>
      </div>
      <div className="listing-editor__side">
        <section className="card listing-editor__section" aria-labelledby={`${id}-section-price`}>
          <h2 id={`${id}-section-price`}>{t("listing.sections.price")}</h2>
          {editing && (
            <p className="form-field__hint" data-testid="listing-fixed-terms">
              {t("listing.fields.fixed")}
            </p>
          )}
          <div className="form-grid">
            {editing ? (
              <p className="listing-editor__fixed" data-testid="listing-fixed-token">
                {t("listing.fields.fixedToken", { symbol })}
              </p>
            ) : (
              <div className="form-field">
                <label htmlFor={`${id}-token`}>{t("listing.fields.token")}</label>
                <select {...field("token")} {...form.register("token")}>
                  {tokens.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.symbol ?? shortHex(option.id)}
                    </option>
                  ))}
                </select>
                <FieldError id={`${id}-token-error`} error={errors.token} />
              </div>
            )}
            <div className="form-field">
              <label htmlFor={`${id}-price`}>{t("listing.fields.price")}</label>
              <input
                type="text"
                inputMode="decimal"
                autoComplete="off"
                {...field("price", "hint")}
                {...form.register("price")}
              />
              <p id={`${id}-price-hint`} className="form-field__hint">
                {t("listing.fields.priceHint", priceParams)}
              </p>
              <FieldError id={`${id}-price-error`} error={errors.price} params={priceParams} />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-stock`}>{t("listing.fields.stock")}</label>
              <input
                type="text"
                inputMode="numeric"
                autoComplete="off"
                {...field("stock", "hint")}
                {...form.register("stock")}
              />
              <p id={`${id}-stock-hint`} className="form-field__hint">
                {editing ? t("listing.fields.stockHint") : t("listing.fields.stockHintNew")}
              </p>
              <FieldError
                id={`${id}-stock-error`}
                error={errors.stock}
                params={{ min: editing ? 0 : 1, max: format.integer(STOCK_MAX) }}
              />
            </div>
          </div>
        </section>

        <section className="card listing-editor__section" aria-labelledby={`${id}-section-delivery`}>
          <h2 id={`${id}-section-delivery`}>{t("listing.sections.delivery")}</h2>
          {kind === "physical" ? (
            <div className="form-grid">
              {editing ? (
                <p className="listing-editor__fixed" data-testid="listing-fixed-ship-days">
                  {t("listing.fields.fixedShipDays", { count: shipDaysOf(edited.listing.shippingWindow) })}
                </p>
              ) : (
                <div className="form-field">
                  <label htmlFor={`${id}-shipDays`}>{t("listing.fields.shipDays")}</label>
                  <input
                    type="text"
                    inputMode="numeric"
                    autoComplete="off"
                    {...field("shipDays", "hint")}
                    {...form.register("shipDays")}
                  />
                  <p id={`${id}-shipDays-hint`} className="form-field__hint">
                    {t("listing.fields.shipDaysHint", { max: SHIP_DAYS_MAX })}
                  </p>
                  <FieldError id={`${id}-shipDays-error`} error={errors.shipDays} params={{ max: SHIP_DAYS_MAX }} />
                </div>
              )}
              <div className="form-field">
                <label htmlFor={`${id}-regions`}>{t("listing.fields.regions")}</label>
                <input type="text" autoComplete="off" {...field("regions", "hint")} {...form.register("regions")} />
                <p id={`${id}-regions-hint`} className="form-field__hint">
                  {t("listing.fields.regionsHint")}
                </p>
                <FieldError id={`${id}-regions-error`} error={errors.regions} />
              </div>
            </div>
          ) : (
            <p className="form-field__hint" data-testid="listing-digital-delivery">
              {editing
                ? t("listing.fields.fixedShipDays", { count: shipDaysOf(edited.listing.shippingWindow) })
                : t("listing.fields.digitalDelivery", { count: DIGITAL_DELIVERY_DAYS })}
            </p>
          )}
        </section>

        <section className="card listing-editor__section" aria-labelledby={`${id}-section-disputes`}>
          <h2 id={`${id}-section-disputes`}>{t("listing.sections.disputes")}</h2>
          {editing ? (
            <p className="listing-editor__fixed" data-testid="listing-fixed-arbiter">
              {t("listing.fields.fixedArbiter", {
                name: edited.listing.arbiter.account.profile[0]?.name ?? shortHex(edited.listing.arbiter.id),
                fee: format.percent(edited.listing.arbiter.feeBps / 10_000),
              })}
            </p>
          ) : (
            <div className="form-field">
              <label htmlFor={`${id}-arbiter`}>{t("listing.fields.arbiter")}</label>
              <select {...field("arbiter", "hint")} {...form.register("arbiter")}>
                {arbiters.map((arbiter) => (
                  <option key={arbiter.id} value={arbiter.id}>
                    {arbiterLabel(t, format, arbiter)}
                  </option>
                ))}
              </select>
              <p id={`${id}-arbiter-hint`} className="form-field__hint">
                {t("listing.fields.arbiterHint")}
              </p>
              <FieldError id={`${id}-arbiter-error`} error={errors.arbiter} />
            </div>
          )}
        </section>

        <section className="card listing-editor__section listing-editor__publish" data-testid="listing-publish">
          {problem && (
            <p className="form-field__error" role="alert" data-testid="listing-form-problem">
              {t(`listing.errors.${problem}`)}
            </p>
          )}
          <WalletIsland fallback={<ConnectPlaceholder />}>
            <PublishListing
              mode={mode}
              listing={edited?.listing}
              baseDocument={edited?.document}
              prepare={prepare}
              onPublished={onPublished}
            />
          </WalletIsland>
        </section>
      </div>
    </form>
  );
}
