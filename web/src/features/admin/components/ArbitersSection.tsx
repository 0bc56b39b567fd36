// Arbiters: each with its fee and its disputes and rulings (from the index); remove one, change
// its fee or approve it again through the form, or approve a new one with a fee within the
// contract's cap.
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo } from "react";
import { useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { getAddress } from "viem";
import { shortHex } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { feeText } from "../adminDisplay";
import { arbiterSchema, parseBps, type ArbiterValues } from "../adminForms";
import { arbiterName, type AdminArbiter } from "../hooks/useAdmin";
import {
  proposedHere,
  useAdminChange,
  useAdminContext,
  type AdminChange,
  type ChangeRow,
} from "../hooks/useAdminChange";
import { AddressField } from "./AddressField";
import { BpsField } from "./BpsField";
import { ReviewChange } from "./ReviewChange";

const labelOf = (arbiter: AdminArbiter) => arbiterName(arbiter) ?? shortHex(arbiter.id);

function ArbiterRow({
  arbiter,
  change,
  onEdit,
}: {
  arbiter: AdminArbiter;
  change: AdminChange;
  onEdit: (arbiter: AdminArbiter) => void;
}) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const name = labelOf(arbiter);
  const remove = () =>
    change.propose({
      title: t("arbiters.removeTitle", { name }),
      rows: [{ label: t("arbiters.status"), from: t("arbiters.approved"), to: t("arbiters.removed") }],
      note: t("arbiters.removeNote"),
      confirm: t("arbiters.removeConfirm", { name }),
      functionName: "removeArbiter",
      args: [getAddress(arbiter.id)],
      success: t("arbiters.removedDone", { name }),
    });
  return (
    <li className="admin-item" data-testid="admin-arbiter" data-arbiter={arbiter.id} data-approved={arbiter.approved}>
      <div className="admin-item__header">
        <p className="admin-item__title">
          <strong>{name}</strong>
        </p>
        <span className={arbiter.approved ? "chip" : "chip admin-chip--off"}>
          {arbiter.approved ? t("arbiters.approved") : t("arbiters.removed")}
        </span>
      </div>
      <p className="admin-item__address">
        <code className="address">{arbiter.id}</code>
      </p>
      <dl className="admin-figures">
        <div>
          <dt>{t("arbiters.fee")}</dt>
          <dd>{feeText(format, t, arbiter.feeBps)}</dd>
        </div>
        <div>
          <dt>{t("arbiters.disputes")}</dt>
          <dd>{format.integer(arbiter.disputeCount)}</dd>
        </div>
        <div>
          <dt>{t("arbiters.rulings")}</dt>
          <dd>{format.integer(arbiter.rulingCount)}</dd>
        </div>
        <div>
          <dt>{t("arbiters.expired")}</dt>
          <dd>{format.integer(arbiter.expiredCount)}</dd>
        </div>
      </dl>
      {!change.proposed && (
        <div className="admin-actions">
          <button type="button" className="button" onClick={() => onEdit(arbiter)}>
            {arbiter.approved ? t("arbiters.changeFee") : t("arbiters.approveAgain")}
          </button>
          {arbiter.approved && (
            <button type="button" className="button" onClick={remove}>
              {t("arbiters.remove")}
            </button>
          )}
        </div>
      )}
      {proposedHere(change, arbiter.id) && <ReviewChange change={change} />}
    </li>
  );
}

function ApproveArbiterForm({
  arbiters,
  form,
  formId,
}: {
  arbiters: readonly AdminArbiter[];
  form: UseFormReturn<ArbiterValues>;
  formId: string;
}) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const { state } = useAdminContext();
  const cap = state.maxArbiterFeeBps;
  const change = useAdminChange({ onDone: () => form.reset({ account: "", feeBps: "" }) });
  const typed = useWatch({ control: form.control, name: "feeBps" });
  const reviewing = change.proposed !== null;

  const review = ({ account, feeBps }: ArbiterValues) => {
    const address = getAddress(account);
    const fee = Number(feeBps);
    const known = arbiters.find((arbiter) => arbiter.id.toLowerCase() === address.toLowerCase());
    if (known?.approved && known.feeBps === fee) {
      form.setError("feeBps", { message: "sameArbiterFee" });
      return;
    }
    const name = known ? labelOf(known) : shortHex(address);
    const rows: ChangeRow[] = [];
    if (!known?.approved) {
      rows.push({
        label: t("arbiters.status"),
        from: known ? t("arbiters.removed") : t("arbiters.notApproved"),
        to: t("arbiters.approved"),
      });
    }
    rows.push({
      label: t("arbiters.fee"),
      from: known ? feeText(format, t, known.feeBps) : t("arbiters.noFee"),
      to: feeText(format, t, fee),
    });
    change.propose({
      title: known?.approved ? t("arbiters.feeTitle", { name }) : t("arbiters.approveTitle", { name }),
      rows: [{ label: t("arbiters.account"), to: address }, ...rows],
      note: t("arbiters.approveNote"),
      confirm: known?.approved ? t("arbiters.feeConfirm") : t("arbiters.approveConfirm"),
      functionName: "approveArbiter",
      args: [address, fee],
      success: t("arbiters.approvedDone", { name }),
    });
  };

  return (
    <div className="admin-subsection">
      <h3>{t("arbiters.newHeading")}</h3>
      <form className="admin-form" onSubmit={form.handleSubmit(review)} noValidate data-testid="admin-approve-arbiter">
        <AddressField
          id={`${formId}-account`}
          label={t("arbiters.account")}
          hint={t("arbiters.accountHint")}
          error={form.formState.errors.account?.message}
          readOnly={reviewing}
          registration={form.register("account")}
        />
        <BpsField
          id={`${formId}-fee`}
          label={t("arbiters.feeLabel")}
          hint={t("arbiters.feeHint", { cap: feeText(format, t, cap) })}
          typed={parseBps(typed)}
          error={form.formState.errors.feeBps?.message}
          errorValues={{ cap: feeText(format, t, cap) }}
          readOnly={reviewing}
          registration={form.register("feeBps")}
        />
        {!reviewing && (
          <div>
            <button type="submit" className="button button--primary">
              {t("arbiters.submit")}
            </button>
          </div>
        )}
      </form>
      <ReviewChange change={change} />
    </div>
  );
}

export function ArbitersSection({ arbiters }: { arbiters: readonly AdminArbiter[] }) {
  const { t } = useTranslation("admin");
  const formId = useId();
  const { state } = useAdminContext();
  const schema = useMemo(() => arbiterSchema({ cap: state.maxArbiterFeeBps }), [state.maxArbiterFeeBps]);
  const form = useForm<ArbiterValues>({ resolver: zodResolver(schema), defaultValues: { account: "", feeBps: "" } });
  const change = useAdminChange();
  // "Change fee" / "Approve again": the form, filled with the arbiter and its fee, takes over.
  const edit = (arbiter: AdminArbiter) => {
    form.reset({ account: getAddress(arbiter.id), feeBps: String(arbiter.feeBps) });
    form.setFocus("feeBps");
  };
  return (
    <section className="card admin-section admin-section--wide" aria-labelledby="admin-arbiters-heading">
      <h2 id="admin-arbiters-heading">{t("arbiters.heading")}</h2>
      <p className="form-field__hint">{t("arbiters.explain")}</p>
      {arbiters.length === 0 ? (
        <p className="notice notice--muted">{t("arbiters.empty")}</p>
      ) : (
        <ul className="admin-list" data-testid="admin-arbiters">
          {arbiters.map((arbiter) => (
            <ArbiterRow key={arbiter.id} arbiter={arbiter} change={change} onEdit={edit} />
          ))}
        </ul>
      )}
      <ApproveArbiterForm arbiters={arbiters} form={form} formId={formId} />
    </section>
  );
}
