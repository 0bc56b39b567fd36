import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { shortHex } from "../../../lib/chain/display";
import type { CouponDeployment } from "../coupon";
import { CouponCodeError, decodeCoupon, normalizeCouponInput } from "../couponCode";
import { publicClientFor } from "../couponReads";
import { addStoredCoupon, type CouponOwner } from "../couponStore";
import { isSignedBySeller } from "../validateCoupon";

type AddMessage =
  | { kind: "added" | "duplicate" | "otherSite" | "badSignature" | "notSaved" | "failed" }
  | { kind: "notYours"; seller: string }
  | { kind: "refused"; reason: "mistyped" | "unsupportedVersion" | "malformed" | "notDeployed" };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Adds a coupon the seller made elsewhere (another browser, a script) to this browser's list, from
 * its code or link: it must be this seller's, for this site's marketplace, and signed by them.
 */
export function AddCouponCode({ owner, site }: { owner: CouponOwner; site: CouponDeployment }) {
  const { t } = useTranslation("coupons");
  const config = useAppConfig();
  const id = useId();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<AddMessage | undefined>();

  async function add(event: FormEvent) {
    event.preventDefault();
    const code = normalizeCouponInput(text);
    if (code === "") {
      setMessage({ kind: "refused", reason: "mistyped" });
      return;
    }
    let signed;
    try {
      signed = decodeCoupon(code, site);
    } catch (error) {
      if (!(error instanceof CouponCodeError)) throw error;
      const reason =
        error.reason === "empty" ? "mistyped" : error.reason === "noDeployment" ? "notDeployed" : error.reason;
      setMessage({ kind: "refused", reason });
      return;
    }
    const { coupon } = signed;
    if (!same(coupon.seller, owner.seller)) {
      setMessage({ kind: "notYours", seller: coupon.seller });
      return;
    }
    if (coupon.chainId !== BigInt(site.chainId) || !same(coupon.marketplace, site.marketplace)) {
      setMessage({ kind: "otherSite" });
      return;
    }
    setBusy(true);
    try {
      if (!(await isSignedBySeller(signed, () => publicClientFor(config)))) {
        setMessage({ kind: "badSignature" });
        return;
      }
    } catch {
      setMessage({ kind: "failed" });
      return;
    } finally {
      setBusy(false);
    }
    const result = addStoredCoupon(owner, signed);
    setMessage({ kind: result === "storageFailed" ? "notSaved" : result });
    if (result === "added") setText("");
  }

  let sentence: string | undefined;
  if (message?.kind === "refused") sentence = t(`refusal.${message.reason}`);
  else if (message?.kind === "notYours") sentence = t("seller.add.notYours", { seller: shortHex(message.seller) });
  else if (message) sentence = t(`seller.add.${message.kind}`);
  const ok = message?.kind === "added";

  return (
    <form
      className="seller-coupons__add form-field"
      onSubmit={(event) => void add(event)}
      noValidate
      data-testid="add-coupon"
    >
      <label htmlFor={`${id}-code`}>{t("seller.add.heading")}</label>
      <div className="coupon-field__row">
        <input
          id={`${id}-code`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setMessage(undefined);
          }}
          placeholder={t("seller.add.label")}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-invalid={message && !ok ? true : undefined}
          aria-describedby={sentence ? `${id}-message` : undefined}
        />
        <button type="submit" className="button" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t("seller.add.checking") : t("seller.add.submit")}
        </button>
      </div>
      {sentence && (
        <p
          id={`${id}-message`}
          className={ok ? "form-field__hint" : "form-field__error"}
          role={ok ? "status" : "alert"}
          data-testid="add-coupon-message"
          data-kind={message?.kind}
        >
          {sentence}
        </p>
      )}
    </form>
  );
}
