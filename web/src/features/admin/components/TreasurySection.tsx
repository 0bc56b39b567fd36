// The treasury: where swept platform fees go. The current address, and a new one reviewed
// old → new before it is sent.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { getAddress } from "viem";
import { treasurySchema, type TreasuryValues } from "../adminForms";
import { useAdminChange, useAdminContext } from "../hooks/useAdminChange";
import { AddressField } from "./AddressField";
import { ReviewChange } from "./ReviewChange";

export function TreasurySection() {
  const { t } = useTranslation("admin");
  const id = useId();
  const { state } = useAdminContext();
  const current = state.treasury;
  const schema = useMemo(() => treasurySchema({ current }), [current]);
  const form = useForm<TreasuryValues>({ resolver: zodResolver(schema), defaultValues: { account: "" } });
  const change = useAdminChange({ onDone: () => form.reset({ account: "" }) });
  const reviewing = change.proposed !== null;

  const review = ({ account }: TreasuryValues) => {
    const next = getAddress(account);
    change.propose({
      title: t("treasury.reviewTitle"),
      rows: [{ label: t("treasury.label"), from: current, to: next }],
      note: t("treasury.note"),
      confirm: t("treasury.confirm"),
      functionName: "setTreasury",
      args: [next],
      success: t("treasury.done"),
    });
  };

  return (
    <section className="card admin-section" aria-labelledby={`${id}-heading`} data-testid="admin-treasury">
      <h2 id={`${id}-heading`}>{t("treasury.heading")}</h2>
      <p className="admin-current">
        <span className="admin-current__label">{t("current")}</span>{" "}
        <code className="address" data-testid="admin-treasury-current">
          {current}
        </code>
      </p>
      <form className="admin-form" onSubmit={form.handleSubmit(review)} noValidate>
        <AddressField
          id={`${id}-account`}
          label={t("treasury.newLabel")}
          error={form.formState.errors.account?.message}
          readOnly={reviewing}
          registration={form.register("account")}
        />
        {!reviewing && (
          <div>
            <button type="submit" className="button button--primary">
              {t("treasury.submit")}
            </button>
          </div>
        )}
      </form>
      <ReviewChange change={change} />
    </section>
  );
}
