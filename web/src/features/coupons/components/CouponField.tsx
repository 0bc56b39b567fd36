import { Suspense, useEffect, useEffectEvent, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { useFormat, type Format } from "../../../lib/i18n/format";
import { COUPON_PERCENT } from "../coupon";
import { normalizeCouponInput } from "../couponCode";
import { useCouponCheck, type CouponLine } from "../hooks/useCouponCheck";
import type { CouponRefusal, ValidatedCoupon } from "../validateCoupon";

export interface CouponFieldProps {
  /** The cart line the coupon is for. */
  line: CouponLine;
  /** The connected account (lowercase or checksummed), or undefined with no wallet connected. */
  buyer: string | undefined;
  /** The applied code (e.g. from the page's `?coupon=`), or undefined for none. */
  code: string | undefined;
  /** A code was applied (Apply) or removed (undefined). */
  onChange: (code: string | undefined) => void;
  /**
   * The coupon the contract will accept on this line, with its discount at the current line
   * total, or undefined (none, being checked, or refused): what the checkout puts in the CartItem.
   */
  onValidated?: (coupon: ValidatedCoupon | undefined) => void;
}

/** One sentence for each reason a coupon is refused. */
function useRefusalText() {
  const { t } = useTranslation("coupons");
  const format = useFormat();
  return (refusal: CouponRefusal) => {
    switch (refusal.reason) {
      case "wrongChain":
        return t("refusal.wrongChain", { chainId: refusal.chainId.toString() });
      case "wrongListing":
        return t("refusal.wrongListing", { listing: listingLabel(`0x${refusal.listingId.toString(16)}`) });
      case "connectWallet":
      case "wrongBuyer":
        return t(`refusal.${refusal.reason}`, { buyer: shortHex(refusal.buyer) });
      case "expired":
        return t("refusal.expired", { date: format.dateTime(Number(refusal.expiry) * 1000) });
      case "usedUp":
        return t("refusal.usedUp", { used: format.integer(refusal.used), max: format.integer(refusal.max) });
      default:
        return t(`refusal.${refusal.reason}`);
    }
  };
}

/** Fraction of the line the discount is, to four significant decimals (for a percentage). */
function discountFraction(valid: ValidatedCoupon, lineTotal: bigint): number {
  if (valid.coupon.kind === COUPON_PERCENT) return Number(valid.coupon.value) / 10_000;
  if (lineTotal === 0n) return 0;
  return Number((valid.discount * 1_000_000n) / lineTotal) / 1_000_000;
}

function Saving({ valid, line, format }: { valid: ValidatedCoupon; line: CouponLine; format: Format }) {
  const { t } = useTranslation("coupons");
  const amount = formatPrice(format, valid.discount.toString(), line.token);
  const percent = format.percent(discountFraction(valid, line.lineTotal));
  const details = [
    valid.coupon.expiry !== 0n && t("field.validUntil", { date: format.dateTime(Number(valid.coupon.expiry) * 1000) }),
    valid.remaining !== null && t("field.usesLeft", { count: Number(valid.remaining) }),
  ].filter(Boolean);
  return (
    <>
      <p className="coupon-field__saving" data-testid="coupon-discount">
        {valid.coupon.kind === COUPON_PERCENT
          ? t("field.percentOff", { percent, amount })
          : t("field.amountOff", { amount, percent })}
      </p>
      {details.length > 0 && <p className="coupon-field__details">{details.join(" · ")}</p>}
    </>
  );
}

function CouponFieldBody({ line, buyer, code, onChange, onValidated }: CouponFieldProps) {
  const { t } = useTranslation("coupons");
  const format = useFormat();
  const refusalText = useRefusalText();
  const inputId = useId();
  const messageId = useId();
  const check = useCouponCheck(code, line, buyer);

  // The text box follows the applied code when it changes from outside (a link, Remove).
  const [draft, setDraft] = useState(code ?? "");
  const [shownCode, setShownCode] = useState(code);
  const [emptyTried, setEmptyTried] = useState(false);
  if (code !== shownCode) {
    setShownCode(code);
    setDraft(code ?? "");
  }

  const valid = code && check.data?.ok ? check.data : undefined;
  const report = useEffectEvent((coupon: ValidatedCoupon | undefined) => onValidated?.(coupon));
  // `check.data` keeps its identity until the check or the line total changes (memoised select),
  // so the parent hears of each result once, not on every render.
  useEffect(() => report(valid), [valid]);

  function apply(event: FormEvent) {
    event.preventDefault();
    const next = normalizeCouponInput(draft);
    setEmptyTried(next === "");
    if (next === "") return;
    if (next === code) void check.refetch();
    else onChange(next);
  }

  if (valid) {
    return (
      <div className="coupon-field coupon-field--applied" data-testid="coupon-field" role="status">
        <div className="coupon-field__summary">
          <Saving valid={valid} line={line} format={format} />
        </div>
        <button type="button" className="button" onClick={() => onChange(undefined)}>
          {t("field.remove")}
        </button>
      </div>
    );
  }

  const refusal = code && check.data && !check.data.ok ? check.data : undefined;
  let message = null;
  if (emptyTried) {
    message = <p className="form-field__error">{t("field.empty")}</p>;
  } else if (code && check.isPending) {
    message = (
      <p className="form-field__hint" role="status">
        {t("field.checking")}
      </p>
    );
  } else if (code && check.isError) {
    message = (
      <p className="form-field__error" role="alert">
        {t("field.failed")}{" "}
        <button type="button" className="link-button" onClick={() => void check.refetch()}>
          {t("field.retry")}
        </button>
      </p>
    );
  } else if (refusal) {
    message = (
      <p className="form-field__error" role="alert" data-testid="coupon-refusal" data-reason={refusal.reason}>
        {refusalText(refusal)}
      </p>
    );
  }

  return (
    <form className="coupon-field form-field" data-testid="coupon-field" onSubmit={apply} noValidate>
      <label htmlFor={inputId}>{t("field.label")}</label>
      <div className="coupon-field__row">
        <input
          id={inputId}
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
            setEmptyTried(false);
          }}
          placeholder={t("field.placeholder")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={refusal !== undefined || emptyTried}
          aria-describedby={message ? messageId : undefined}
        />
        <button type="submit" className="button" aria-busy={code !== undefined && check.isFetching}>
          {t("field.apply")}
        </button>
        {code !== undefined && (
          <button type="button" className="button" onClick={() => onChange(undefined)}>
            {t("field.remove")}
          </button>
        )}
      </div>
      {message && <div id={messageId}>{message}</div>}
    </form>
  );
}

/**
 * A coupon code box for one cart line: Apply checks the code in the browser (as the contract
 * will), then shows the saving (amount and percentage, in the line's token) or why it is refused,
 * and Remove takes it off. Controlled: the parent keeps the applied `code`; the validated coupon
 * is reported through `onValidated`. Its strings load with it, without holding up the page.
 */
export function CouponField(props: CouponFieldProps) {
  return (
    <Suspense fallback={null}>
      <CouponFieldBody {...props} />
    </Suspense>
  );
}
