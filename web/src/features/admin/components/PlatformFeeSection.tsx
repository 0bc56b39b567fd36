// The platform fee: the current rate, and a new one in basis points within the contract's cap
// (its percentage shown as it is typed), reviewed old → new before it is sent.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { feeText } from "../adminDisplay";
import { parseBps, platformFeeSchema, type PlatformFeeValues } from "../adminForms";
import { useAdminChange, useAdminContext } from "../hooks/useAdminChange";
import { BpsField } from "./BpsField";
import { ReviewChange } from "./ReviewChange";

export function PlatformFeeSection() {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const id = useId();
  const { state } = useAdminContext();
  const cap = state.maxPlatformFeeBps;
  const current = state.platformFeeBps;
  const schema = useMemo(() => platformFeeSchema({ cap, current }), [cap, current]);
  const form = useForm<PlatformFeeValues>({ resolver: zodResolver(schema), defaultValues: { feeBps: "" } });
  const change = useAdminChange({ onDone: () => form.reset({ feeBps: "" }) });
  const typed = useWatch({ control: form.control, name: "feeBps" });
  const reviewing = change.proposed !== null;

  const review = ({ feeBps }: PlatformFeeValues) => {
    const next = Number(feeBps);
    change.propose({
      title: t("platformFee.reviewTitle"),
      rows: [{ label: t("platformFee.label"), from: feeText(format, t, current), to: feeText(format, t, next) }],
      note: t("platformFee.note"),
      confirm: t("platformFee.confirm"),
      functionName: "setPlatformFee",
      args: [next],
      success: t("platformFee.done", { fee: feeText(format, t, next) }),
    });
  };

  return (
    <section className="card admin-section" aria-labelledby={`${id}-heading`} data-testid="admin-platform-fee">
      <h2 id={`${id}-heading`}>{t("platformFee.heading")}</h2>
      <p className="admin-current">
        <span className="admin-current__label">{t("current")}</span>{" "}
        <strong data-testid="admin-platform-fee-current">{feeText(format, t, current)}</strong>
      </p>
      <form className="admin-form" onSubmit={form.handleSubmit(review)} noValidate>
        <BpsField
          id={`${id}-fee`}
          label={t("platformFee.newLabel")}
          hint={t("platformFee.hint", { cap: feeText(format, t, cap) })}
          typed={parseBps(typed)}
          error={form.formState.errors.feeBps?.message}
          errorValues={{ cap: feeText(format, t, cap), current: feeText(format, t, current) }}
          readOnly={reviewing}
          registration={form.register("feeBps")}
        />
        {!reviewing && (
          <div>
            <button type="submit" className="button button--primary">
              {t("platformFee.submit")}
            </button>
          </div>
        )}
      </form>
      <ReviewChange change={change} />
    </section>
  );
}
