// Wallet island of a credit balance (wagmi): `withdraw(token, to)` through the one write
// mechanism, to the account itself or, if the account cannot receive (e.g. a blocklisted address),
// to another address it names.
import { deployedContract } from "@agora/contracts";
import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import type { z } from "zod";
import { useAppConfig } from "../../../config/ConfigContext";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";
import type { CreditBalance } from "../hooks/useCredits";
import { withdrawSchema } from "../withdrawSchema";

type WithdrawValues = z.infer<typeof withdrawSchema>;

export default function WithdrawForm({ credit, account }: { credit: CreditBalance; account: string }) {
  const { t } = useTranslation("credits");
  const format = useFormat();
  const fieldId = useId();
  const { chainId } = useAppConfig();
  const write = useWrite();
  const marketplace = deployedContract(chainId, "Marketplace");
  const amount = formatPrice(format, credit.balance.toString(), credit.token);
  const {
    register,
    handleSubmit,
    control,
    formState: { errors },
  } = useForm<WithdrawValues>({ resolver: zodResolver(withdrawSchema), defaultValues: { other: false, to: "" } });
  const other = useWatch({ control, name: "other" });

  if (!marketplace) return <p className="notice notice--warning">{t("withdraw.noContract")}</p>;

  const withdraw = async (values: WithdrawValues) => {
    const to = (values.other ? values.to : account) as Address;
    await write.run({
      steps: contractWrite({
        request: () => ({
          address: marketplace.address,
          abi: marketplace.abi,
          functionName: "withdraw",
          args: [credit.token.id as Address, to],
        }),
        invalidate: [indexerKeys.credits(account)],
      }),
      success: t("withdraw.success", { amount }),
    });
  };

  const error = errors.to?.message as "invalidAddress" | "zeroAddress" | undefined;
  return (
    <form className="credit-withdraw" onSubmit={handleSubmit(withdraw)} noValidate data-testid="withdraw-form">
      <label className="checkbox-field">
        <input type="checkbox" {...register("other")} disabled={write.busy} />
        <span>{t("withdraw.to")}</span>
      </label>
      {other && (
        <div className="form-field">
          <label htmlFor={fieldId}>{t("withdraw.toLabel")}</label>
          <input
            id={fieldId}
            autoComplete="off"
            spellCheck={false}
            placeholder="0x…"
            aria-invalid={error ? true : undefined}
            readOnly={write.busy}
            {...register("to")}
          />
          {error && (
            <p className="form-field__error" role="alert">
              {t(`withdraw.${error}`)}
            </p>
          )}
        </div>
      )}
      {!other && <p className="form-field__hint">{t("withdraw.toHint")}</p>}
      <div>
        <button
          type="submit"
          className="button button--primary"
          disabled={write.busy}
          aria-busy={write.busy || undefined}
        >
          {t("withdraw.button", { amount })}
        </button>
      </div>
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </form>
  );
}
