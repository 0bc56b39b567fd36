// Wallet island of a coupon row: revokes the coupon on chain (`Marketplace.revokeCoupon(coupon)`,
// which only its seller may call) after the seller confirms, then waits for the index so the row
// reads "Revoked".
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import type { Coupon } from "../coupon";

export default function RevokeCoupon({ coupon }: { coupon: Coupon }) {
  const { t } = useTranslation("coupons");
  const { chainId } = useAppConfig();
  const { address } = useAccount();
  const write = useWrite();
  const [confirming, setConfirming] = useState(false);

  if (!address || address.toLowerCase() !== coupon.seller.toLowerCase()) return null;

  const revoke = async () => {
    const marketplace = siteContract(chainId, "Marketplace");
    const outcome = await write.run({
      steps: contractWrite({
        label: t("seller.revoke.step"),
        request: () => ({
          address: marketplace.address,
          abi: marketplace.abi,
          functionName: "revokeCoupon",
          args: [coupon],
        }),
        invalidate: [indexerKeys.coupons()],
      }),
      success: t("seller.revoke.done"),
    });
    if (outcome.ok) setConfirming(false);
  };

  if (!confirming && write.state.status === "idle") {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)} data-testid="revoke-coupon">
        {t("seller.revoke.button")}
      </button>
    );
  }
  return (
    <div className="seller-coupons__revoke" data-testid="revoke-coupon-panel">
      {confirming && (
        <>
          <p className="notice notice--warning">{t("seller.revoke.confirm")}</p>
          <div className="seller-coupons__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={write.busy}
              aria-busy={write.busy || undefined}
              onClick={() => void revoke()}
              data-testid="revoke-coupon-confirm"
            >
              {write.busy ? t("seller.revoke.revoking") : t("seller.revoke.submit")}
            </button>
            {!write.busy && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setConfirming(false);
                  write.reset();
                }}
              >
                {t("seller.revoke.cancel")}
              </button>
            )}
          </div>
        </>
      )}
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
