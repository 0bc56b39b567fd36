// Wallet island of the new-coupon form: the seller's wallet signs the coupon's EIP-712 typed data
// (the Marketplace's domain, its `Coupon` type), the signature is checked to be the seller's as the
// contract will check it, and the coupon joins this browser's list. No transaction.
import { useConnectModal } from "@rainbow-me/rainbowkit";
import { useTranslation } from "react-i18next";
import { getAddress, type Hex } from "viem";
import { useAccount } from "wagmi";
import { getPublicClient } from "wagmi/actions";
import { useAppConfig } from "../../../config/ConfigContext";
import { shortHex } from "../../../lib/chain/display";
import { TxStepError } from "../../../lib/tx/errors";
import { signStep, type WriteStep } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import { couponDigest, couponTypedData, makeCoupon, type CouponDeployment, type SignedCoupon } from "../coupon";
import type { CouponFormValues } from "../couponForm";
import { addStoredCoupon, type StoredCoupon } from "../couponStore";
import { isSignedBySeller } from "../validateCoupon";

export interface SignCouponProps {
  /** The page's account (lowercase): the coupon's seller. */
  seller: string;
  site: CouponDeployment;
  /** Validates the form: its values, or "invalid" (the form then shows its errors). */
  prepare(): Promise<CouponFormValues | "invalid">;
  /** After signing; `kept` is false when this browser could not store it (its code must be copied now). */
  onSigned(stored: StoredCoupon, kept: boolean): void;
}

export default function SignCoupon({ seller, site, prepare, onSigned }: SignCouponProps) {
  const { t } = useTranslation("coupons");
  const { chainId } = useAppConfig();
  const { address } = useAccount();
  const { openConnectModal } = useConnectModal();
  const write = useWrite();

  const sign = async () => {
    if (!address) {
      openConnectModal?.();
      return;
    }
    const values = await prepare();
    if (values === "invalid") return;
    // Made once per click: a retry signs the very same coupon (same salt).
    const coupon = makeCoupon({ ...values.terms, seller: getAddress(seller) }, site);
    const save: WriteStep = {
      id: "save",
      label: t("seller.create.steps.save"),
      async run(ctx) {
        const signed: SignedCoupon = { coupon, signature: ctx.results.sign as Hex };
        // The wallet may have signed with another of its accounts: such a coupon would be refused.
        const client = getPublicClient(ctx.deps.wagmi, { chainId: ctx.deps.chainId });
        if (!(await isSignedBySeller(signed, client && (() => client)))) {
          throw new TxStepError(
            {
              kind: "unknown",
              name: "WrongSigner",
              message: t("seller.create.wrongSigner", { seller: shortHex(seller) }),
            },
            "sign",
          );
        }
        const addedAt = Date.now();
        const kept = addStoredCoupon({ chainId, seller }, signed, { label: values.label, addedAt }) !== "storageFailed";
        ctx.results.save = {
          stored: { signed, digest: couponDigest(coupon), addedAt, label: values.label } satisfies StoredCoupon,
          kept,
        };
      },
    };
    const outcome = await write.run({
      steps: [signStep({ label: t("seller.create.steps.sign"), typedData: () => couponTypedData(coupon) }), save],
      success: t("seller.create.created"),
    });
    if (outcome.ok) {
      const { stored, kept } = outcome.results.save as { stored: StoredCoupon; kept: boolean };
      write.reset();
      onSigned(stored, kept);
    }
  };

  const other = address !== undefined && address.toLowerCase() !== seller.toLowerCase();
  return (
    <div className="seller-coupons__sign" data-testid="sign-coupon">
      {other && <p className="notice notice--warning">{t("seller.create.otherAccount")}</p>}
      <button
        type="button"
        className="button button--primary button--large"
        disabled={write.busy || other}
        aria-busy={write.busy || undefined}
        onClick={() => void sign()}
        data-testid="sign-coupon-button"
      >
        {!address
          ? t("seller.create.connectFirst")
          : write.busy
            ? t("seller.create.signing")
            : t("seller.create.submit")}
      </button>
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
