// Two-step ownership transfer (Ownable2Step): the owner names a pending owner, who accepts from
// their own account; until then the owner stays in charge and may cancel (transfer to no one).
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { getAddress, zeroAddress } from "viem";
import { transferSchema, type TransferValues } from "../adminForms";
import { useAdminChange, useAdminContext } from "../hooks/useAdminChange";
import { AddressField } from "./AddressField";
import { ReviewChange } from "./ReviewChange";

export function OwnershipSection() {
  const { t } = useTranslation("admin");
  const id = useId();
  const { state } = useAdminContext();
  const { owner, pendingOwner } = state;
  const schema = useMemo(() => transferSchema({ owner, pendingOwner }), [owner, pendingOwner]);
  const form = useForm<TransferValues>({ resolver: zodResolver(schema), defaultValues: { account: "" } });
  const change = useAdminChange({ onDone: () => form.reset({ account: "" }) });
  const reviewing = change.proposed !== null;
  const none = t("ownership.none");

  const review = ({ account }: TransferValues) => {
    const next = getAddress(account);
    change.propose({
      title: t("ownership.reviewTitle"),
      rows: [{ label: t("ownership.pending"), from: pendingOwner ?? none, to: next }],
      note: t("ownership.note", { account: next }),
      confirm: t("ownership.confirm"),
      functionName: "transferOwnership",
      args: [next],
      success: t("ownership.started"),
    });
  };

  const cancelTransfer = () =>
    change.propose({
      title: t("ownership.cancelTitle"),
      rows: [{ label: t("ownership.pending"), from: pendingOwner ?? none, to: none }],
      note: t("ownership.cancelNote"),
      confirm: t("ownership.cancelConfirm"),
      functionName: "transferOwnership",
      args: [zeroAddress],
      success: t("ownership.cancelled"),
    });

  return (
    <section className="card admin-section" aria-labelledby={`${id}-heading`} data-testid="admin-ownership">
      <h2 id={`${id}-heading`}>{t("ownership.heading")}</h2>
      <dl className="admin-facts">
        <div>
          <dt>{t("ownership.owner")}</dt>
          <dd>
            <code className="address">{owner}</code> <span className="chip">{t("ownership.you")}</span>
          </dd>
        </div>
        <div>
          <dt>{t("ownership.pending")}</dt>
          <dd data-testid="admin-pending-owner">
            {pendingOwner ? (
              <>
                <code className="address">{pendingOwner}</code>{" "}
                <span className="form-field__hint">{t("ownership.waiting")}</span>
              </>
            ) : (
              none
            )}
          </dd>
        </div>
      </dl>
      <p className="form-field__hint">{t("ownership.explain")}</p>
      <form className="admin-form" onSubmit={form.handleSubmit(review)} noValidate>
        <AddressField
          id={`${id}-account`}
          label={t("ownership.newLabel")}
          error={form.formState.errors.account?.message}
          readOnly={reviewing}
          registration={form.register("account")}
        />
        {!reviewing && (
          <div className="admin-actions">
            <button type="submit" className="button button--primary">
              {t("ownership.submit")}
            </button>
            {pendingOwner && (
              <button type="button" className="button" onClick={cancelTransfer} data-testid="admin-cancel-transfer">
                {t("ownership.cancel")}
              </button>
            )}
          </div>
        )}
      </form>
      <ReviewChange change={change} />
    </section>
  );
}
