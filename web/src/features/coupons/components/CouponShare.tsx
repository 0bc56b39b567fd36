import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CouponDeployment, SignedCoupon } from "../coupon";
import { couponLink, encodeCoupon } from "../couponCode";
import { CouponQr } from "./CouponQr";

type CopyState = "idle" | "copied" | "failed";

/** A Copy button for the text of `target`; says "Copied." for a moment, or selects the text when the clipboard refuses. */
function CopyButton({ text, target, label, testId }: { text: string; target: string; label: string; testId: string }) {
  const { t } = useTranslation("coupons");
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
      timer.current = setTimeout(() => setState("idle"), 2_500);
    } catch {
      setState("failed");
      const field = document.getElementById(target);
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) field.select();
    }
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void copy()} data-testid={testId}>
        {label}
      </button>
      <span className="seller-coupons__copied" role="status">
        {state === "copied" ? t("seller.share.copied") : ""}
      </span>
      {state === "failed" && (
        <p className="form-field__error seller-coupons__copy-failed" role="alert">
          {t("seller.share.copyFailed")}
        </p>
      )}
    </>
  );
}

/**
 * A signed coupon as the seller shares it: its code, the link that opens this site's cart with it
 * (an absolute address of the current site), each with a Copy button, and the link's QR code.
 */
export function CouponShare({ signed, site }: { signed: SignedCoupon; site: CouponDeployment }) {
  const { t } = useTranslation("coupons");
  const id = useId();
  // Short form: the site's chain and marketplace are left out (the buyer's site fills them in).
  const code = encodeCoupon(signed, site);
  const link = couponLink(code, window.location.href);
  return (
    <div className="seller-coupons__share" data-testid="coupon-share">
      <div className="seller-coupons__share-texts">
        <div className="form-field">
          <label htmlFor={`${id}-code`}>{t("seller.share.code")}</label>
          <textarea
            id={`${id}-code`}
            className="seller-coupons__mono"
            readOnly
            rows={3}
            value={code}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="coupon-share-code"
          />
          <div className="seller-coupons__copy">
            <CopyButton
              text={code}
              target={`${id}-code`}
              label={t("seller.share.copyCode")}
              testId="copy-coupon-code"
            />
          </div>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-link`}>{t("seller.share.link")}</label>
          <input
            id={`${id}-link`}
            className="seller-coupons__mono"
            type="url"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
            data-testid="coupon-share-link"
          />
          <div className="seller-coupons__copy">
            <CopyButton
              text={link}
              target={`${id}-link`}
              label={t("seller.share.copyLink")}
              testId="copy-coupon-link"
            />
          </div>
        </div>
      </div>
      <figure className="seller-coupons__qr">
        <CouponQr value={link} size={176} />
        <figcaption className="form-field__hint">{t("seller.share.qrHint")}</figcaption>
      </figure>
    </div>
  );
}
