import { listingCategories } from "@agora/content/categories";
import {
  startTransition,
  useEffect,
  useId,
  useOptimistic,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useFormat } from "../../../lib/i18n/format";
import {
  effectiveSort,
  isCategory,
  priceText,
  ratingSteps,
  resolvePriceRange,
  sortKeys,
  withFilters,
  withoutFilters,
  type CatalogFilters,
  type FilterPatch,
  type PriceError,
  type PriceRange,
} from "../hooks/catalogParams";
import type { PaymentToken } from "../hooks/useTokens";
import { shortHex } from "../../../lib/chain/display";

const tokenLabel = (token: PaymentToken) => token.symbol ?? shortHex(token.id);

/**
 * Writes filter changes to the URL. The router re-renders in a transition, so two changes in a row
 * (a price range, then a sort) would each start from the last rendered URL and the second would
 * undo the first: each change builds on the URL the previous one wrote instead.
 */
function useUrlUpdate() {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  return (change: (current: URLSearchParams) => URLSearchParams) => {
    latest.current = change(latest.current);
    setParams(latest.current);
  };
}

interface FilterBarProps {
  filters: CatalogFilters;
  /** The allowed tokens, once a page query or the token query has answered. */
  tokens: PaymentToken[] | undefined;
  /** The chosen token, when it is in the list. */
  token: PaymentToken | undefined;
  /** The URL's price range as applied, or why a bound is not. */
  price: PriceRange;
  searching: boolean;
  /** The results' heading, at the start of the bar (the sort sits at its end). */
  heading?: ReactNode;
}

/**
 * Filters and sort of the catalogue, all in the URL: every change writes the parameters (and goes
 * back to page 1). On phones the filters fold into a "Filters" disclosure; the sort and the chips
 * of active filters stay in view.
 */
export function FilterBar({ filters, tokens, token, price, searching, heading }: FilterBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const update = useUrlUpdate();
  const [open, setOpen] = useState(false);
  // The checkbox shows its new state at once, not when the router's transition has rendered.
  const [inStock, setInStock] = useOptimistic(filters.inStock);
  const id = useId();
  const apply = (patch: FilterPatch) => update((params) => withFilters(params, patch));
  const symbol = token ? tokenLabel(token) : filters.token ? shortHex(filters.token) : "";
  const amount = (text: string) =>
    new Intl.NumberFormat(format.locale, { maximumFractionDigits: 18 }).format(text as Intl.StringNumericLiteral);

  const chips: { key: string; label: string; remove: FilterPatch }[] = [];
  if (filters.q.trim())
    chips.push({ key: "q", label: t("browse.filterQuery", { query: filters.q }), remove: { q: "" } });
  if (filters.category) {
    const category = t(`categories.${filters.category}`);
    chips.push({ key: "category", label: t("browse.filterCategory", { category }), remove: { category: undefined } });
  }
  if (filters.token) {
    chips.push({ key: "token", label: t("browse.filters.chips.token", { symbol }), remove: { token: undefined } });
  }
  if (price.min !== undefined || price.max !== undefined) {
    const [min, max] = [amount(filters.min), amount(filters.max)];
    const label =
      price.min !== undefined && price.max !== undefined
        ? t("browse.filters.chips.priceRange", { min, max, symbol })
        : price.min !== undefined
          ? t("browse.filters.chips.priceFrom", { min, symbol })
          : t("browse.filters.chips.priceUpTo", { max, symbol });
    chips.push({ key: "price", label, remove: { min: "", max: "" } });
  }
  if (filters.rating) {
    const rating = amount(filters.rating);
    chips.push({ key: "rating", label: t("browse.filters.chips.rating", { rating }), remove: { rating: undefined } });
  }
  if (!filters.inStock)
    chips.push({ key: "stock", label: t("browse.filters.chips.soldOut"), remove: { inStock: true } });

  // Price sorts need a token; the disabled options say so themselves, so no hint sits under Newest.
  const sortHint = searching ? t("browse.sort.searchRelevance") : undefined;

  return (
    <div className="filters" data-testid="catalog-filters">
      <div className="filters__bar">
        {heading}
        <button
          type="button"
          className="button filters__toggle"
          aria-expanded={open}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen(!open)}
        >
          {chips.length > 0 ? t("browse.filters.toggleCount", { count: chips.length }) : t("browse.filters.toggle")}
        </button>
        <div className="filters__field filters__sort">
          <label htmlFor={`${id}-sort`} className="filters__label">
            {t("browse.sort.label")}
          </label>
          <select
            id={`${id}-sort`}
            className="filters__control"
            value={searching ? "relevance" : effectiveSort(filters)}
            disabled={searching}
            aria-describedby={sortHint ? `${id}-sort-hint` : undefined}
            onChange={(event) => apply({ sort: event.target.value as CatalogFilters["sort"] })}
          >
            {searching && <option value="relevance">{t("browse.sort.relevance")}</option>}
            {sortKeys.map((key) => (
              <option key={key} value={key} disabled={key.startsWith("price") && !filters.token}>
                {key.startsWith("price") && !filters.token
                  ? t("browse.sort.needsToken", { sort: t(`browse.sort.${key}`) })
                  : t(`browse.sort.${key}`)}
              </option>
            ))}
          </select>
          {sortHint && (
            <p id={`${id}-sort-hint`} className="filters__hint">
              {sortHint}
            </p>
          )}
        </div>
      </div>

      <div
        id={`${id}-panel`}
        className="filters__panel"
        data-open={open}
        role="group"
        aria-label={t("browse.filters.label")}
      >
        <div className="filters__field">
          <label htmlFor={`${id}-category`} className="filters__label">
            {t("browse.filters.category")}
          </label>
          <select
            id={`${id}-category`}
            className="filters__control"
            value={filters.category ?? ""}
            onChange={(event) => apply({ category: isCategory(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">{t("browse.filters.anyCategory")}</option>
            {listingCategories.map((category) => (
              <option key={category} value={category}>
                {t(`categories.${category}`)}
              </option>
            ))}
          </select>
        </div>

        <div className="filters__field">
          <label htmlFor={`${id}-token`} className="filters__label">
            {t("browse.filters.token")}
          </label>
          <select
            id={`${id}-token`}
            className="filters__control"
            value={filters.token ?? ""}
            onChange={(event) => apply({ token: event.target.value || undefined })}
          >
            <option value="">{t("browse.filters.anyToken")}</option>
            {tokens?.map((item) => (
              <option key={item.id} value={item.id}>
                {tokenLabel(item)}
              </option>
            ))}
            {/* A token from a link that is not (or not yet) in the list still shows as chosen. */}
            {filters.token && !token && <option value={filters.token}>{symbol}</option>}
          </select>
        </div>

        <PriceRangeForm
          // Starts over from the URL whenever it changes (another token, applied or removed bounds).
          key={`${filters.token}|${filters.min}|${filters.max}|${token?.decimals}`}
          filters={filters}
          token={token}
          symbol={symbol}
          tokensKnown={tokens !== undefined}
          urlErrors={price.errors}
          onApply={(min, max) => apply({ min, max })}
        />

        <div className="filters__field">
          <label htmlFor={`${id}-rating`} className="filters__label">
            {t("browse.filters.rating")}
          </label>
          <select
            id={`${id}-rating`}
            className="filters__control"
            value={filters.rating ?? ""}
            onChange={(event) =>
              apply({ rating: ratingSteps.find((step) => step === event.target.value) ?? undefined })
            }
          >
            <option value="">{t("browse.filters.anyRating")}</option>
            {ratingSteps.map((step) => (
              <option key={step} value={step}>
                {t("browse.filters.ratingAtLeast", { rating: amount(step) })}
              </option>
            ))}
          </select>
        </div>

        <div className="filters__field filters__field--check">
          <span className="filters__label" aria-hidden>
            {t("browse.filters.availability")}
          </span>
          <label className="filters__check">
            <input
              type="checkbox"
              checked={inStock}
              onChange={(event) => {
                const checked = event.target.checked;
                startTransition(() => {
                  setInStock(checked);
                  apply({ inStock: checked });
                });
              }}
            />
            {t("browse.filters.inStock")}
          </label>
        </div>
      </div>

      {chips.length > 0 && (
        <div className="filters__chips">
          <ul className="filters__chip-list" aria-label={t("browse.filters.active")}>
            {chips.map((chip) => (
              <li key={chip.key} className="chip filters__chip">
                <span>{chip.label}</span>
                <button
                  type="button"
                  className="filters__chip-remove"
                  aria-label={t("browse.filters.remove", { filter: chip.label })}
                  onClick={() => apply(chip.remove)}
                >
                  <span aria-hidden>×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="filters__clear" onClick={() => update(withoutFilters)}>
            {t("browse.filters.clear")}
          </button>
        </div>
      )}
    </div>
  );
}

interface PriceRangeFormProps {
  filters: CatalogFilters;
  token: PaymentToken | undefined;
  symbol: string;
  /** Whether the token list has been read: until then a range is checked as numbers only. */
  tokensKnown: boolean;
  urlErrors: PriceRange["errors"];
  onApply: (min: string, max: string) => void;
}

/**
 * Minimum and maximum price in token units, applied together by the Apply button once valid; an
 * invalid entry stays in the field with its message and changes nothing.
 */
function PriceRangeForm({ filters, token, symbol, tokensKnown, urlErrors, onApply }: PriceRangeFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [min, setMin] = useState(filters.min);
  const [max, setMax] = useState(filters.max);
  const [errors, setErrors] = useState(urlErrors);
  const enabled = filters.token !== undefined;
  const decimals = token?.decimals ?? undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Before the token list is read, any number of decimals passes here: the page checks the
    // range again with the token's decimals and says what is wrong.
    const range = resolvePriceRange(min.trim(), max.trim(), filters.token, tokensKnown ? decimals : 77);
    setErrors(range.errors);
    if (range.errors.min || range.errors.max) return;
    // Written back in the token's canonical units ("12.50" → "12.5") once they are known.
    const text = (value: bigint | undefined, typed: string) =>
      value === undefined ? "" : decimals === undefined ? typed.trim() : priceText(value, decimals);
    onApply(text(range.min, min), text(range.max, max));
  };

  const message = (error: PriceError | undefined) =>
    error && t(`browse.filters.errors.${error}`, { symbol, decimals: decimals ?? 0 });
  const field = (bound: "min" | "max", value: string, set: (value: string) => void) => {
    const error = message(errors[bound]);
    const described = [error && `${id}-${bound}-error`, !enabled && `${id}-hint`].filter(Boolean).join(" ");
    return (
      <div className="filters__field filters__price-field">
        <label htmlFor={`${id}-${bound}`} className="filters__label">
          {t(`browse.filters.${bound}`)}
        </label>
        <input
          id={`${id}-${bound}`}
          className="filters__control"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          disabled={!enabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={described || undefined}
          onChange={(event) => set(event.target.value)}
        />
        {error && (
          <p id={`${id}-${bound}-error`} className="filters__error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="filters__price" onSubmit={submit} noValidate>
      <fieldset className="filters__price-set" disabled={!enabled}>
        <legend className="filters__label">
          {enabled ? t("browse.filters.priceIn", { symbol }) : t("browse.filters.price")}
        </legend>
        <div className="filters__price-row">
          {field("min", min, setMin)}
          {field("max", max, setMax)}
          <button type="submit" className="button filters__apply">
            {t("browse.filters.apply")}
          </button>
        </div>
        {!enabled && (
          <p id={`${id}-hint`} className="filters__hint">
            {t("browse.filters.priceNeedsToken")}
          </p>
        )}
      </fieldset>
    </form>
  );
}
