// Sweeping platform fees to the treasury, one token at a time: the amount accrued on chain now,
// and the treasury it goes to.
import { useTranslation } from "react-i18next";
import { getAddress } from "viem";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import type { AdminToken } from "../hooks/useAdmin";
import { proposedHere, useAdminChange, useAdminContext } from "../hooks/useAdminChange";
import { ReviewChange } from "./ReviewChange";

export function SweepSection({
  tokens,
  accrued,
}: {
  tokens: readonly AdminToken[];
  accrued: ReadonlyMap<string, bigint> | undefined;
}) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const { state } = useAdminContext();
  const change = useAdminChange();
  const withFees = tokens.filter((token) => (accrued?.get(token.id.toLowerCase()) ?? 0n) > 0n);

  const sweep = (token: AdminToken, amount: string) =>
    change.propose({
      title: t("sweep.reviewTitle", { amount }),
      rows: [
        { label: t("sweep.amount"), from: amount, to: formatPrice(format, "0", token) },
        { label: t("sweep.to"), to: state.treasury },
      ],
      note: t("sweep.note"),
      confirm: t("sweep.confirm", { amount }),
      functionName: "sweepFees",
      args: [getAddress(token.id)],
      success: t("sweep.done", { amount }),
    });

  return (
    <section
      className="card admin-section admin-section--wide"
      aria-labelledby="admin-sweep-heading"
      data-testid="admin-sweep"
    >
      <h2 id="admin-sweep-heading">{t("sweep.heading")}</h2>
      <p className="form-field__hint">{t("sweep.explain", { treasury: shortHex(state.treasury) })}</p>
      {accrued === undefined ? (
        <p role="status">{t("sweep.reading")}</p>
      ) : withFees.length === 0 ? (
        <p className="notice notice--muted" data-testid="admin-sweep-empty">
          {t("sweep.empty")}
        </p>
      ) : (
        <ul className="admin-list">
          {withFees.map((token) => {
            const amount = formatPrice(format, accrued.get(token.id.toLowerCase())!.toString(), token);
            return (
              <li key={token.id} className="admin-item admin-sweep__item" data-testid="admin-sweep-token">
                <p className="admin-sweep__amount">
                  <span className="admin-current__label">{t("sweep.accrued")}</span> <strong>{amount}</strong>
                </p>
                {!change.proposed && (
                  <button type="button" className="button button--primary" onClick={() => sweep(token, amount)}>
                    {t("sweep.button")}
                  </button>
                )}
                {proposedHere(change, token.id) && <ReviewChange change={change} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
