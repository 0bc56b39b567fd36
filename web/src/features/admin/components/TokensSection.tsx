// Payment tokens: each with its figures from the index (volume, escrow) and its accrued fees from
// the chain; stop accepting one or accept it again; accept a new one by address once the chain
// confirms it is a contract answering symbol() and decimals().
import { zodResolver } from "@hookform/resolvers/zod";
import { useId, useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { getAddress, type Address } from "viem";
import { usePublicClient } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { formatPrice, shortHex } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import { allowTokenSchema, type AllowTokenValues } from "../adminForms";
import { proposedHere, useAdminChange, useAdminContext, type AdminChange } from "../hooks/useAdminChange";
import type { AdminToken } from "../hooks/useAdmin";
import { checkToken } from "../tokenCheck";
import { AddressField } from "./AddressField";
import { ReviewChange } from "./ReviewChange";

const tokenLabel = (token: Pick<AdminToken, "id" | "symbol">) => token.symbol ?? shortHex(token.id);

function TokenRow({ token, accrued, change }: { token: AdminToken; accrued: bigint | undefined; change: AdminChange }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const label = tokenLabel(token);
  const accepted = t("tokens.accepted");
  const notAccepted = t("tokens.notAccepted");
  const amount = (value: string | bigint | undefined) =>
    value === undefined ? "…" : formatPrice(format, value.toString(), token);
  const stop = () =>
    change.propose({
      title: t("tokens.removeTitle", { token: label }),
      rows: [{ label: t("tokens.status"), from: accepted, to: notAccepted }],
      note: t("tokens.removeNote"),
      confirm: t("tokens.removeConfirm", { token: label }),
      functionName: "removeToken",
      args: [getAddress(token.id)],
      success: t("tokens.removed", { token: label }),
    });
  const allowAgain = () =>
    change.propose({
      title: t("tokens.allowTitle", { token: label }),
      rows: [{ label: t("tokens.status"), from: notAccepted, to: accepted }],
      note: t("tokens.allowNote"),
      confirm: t("tokens.allowConfirm", { token: label }),
      functionName: "allowToken",
      args: [getAddress(token.id)],
      success: t("tokens.allowed", { token: label }),
    });
  return (
    <li className="admin-item" data-testid="admin-token" data-token={token.id} data-allowed={token.allowed}>
      <div className="admin-item__header">
        <p className="admin-item__title">
          <strong>{label}</strong>
          {token.name && <span className="admin-item__subtitle"> {token.name}</span>}
        </p>
        <span className={token.allowed ? "chip" : "chip admin-chip--off"}>
          {token.allowed ? accepted : notAccepted}
        </span>
      </div>
      <p className="admin-item__address">
        {token.native ? t("tokens.native") : <code className="address">{token.id}</code>}
      </p>
      <dl className="admin-figures">
        <div>
          <dt>{t("tokens.decimals")}</dt>
          <dd>{token.decimals ?? "—"}</dd>
        </div>
        <div>
          <dt>{t("tokens.volume")}</dt>
          <dd>{amount(token.volume)}</dd>
        </div>
        <div>
          <dt>{t("tokens.escrow")}</dt>
          <dd>{amount(token.escrow)}</dd>
        </div>
        <div>
          <dt>{t("tokens.accrued")}</dt>
          <dd data-testid="admin-token-accrued">{amount(accrued)}</dd>
        </div>
      </dl>
      {!token.native && !change.proposed && (
        <div className="admin-actions">
          {token.allowed ? (
            <button type="button" className="button" onClick={stop}>
              {t("tokens.remove")}
            </button>
          ) : (
            <button type="button" className="button" onClick={allowAgain}>
              {t("tokens.allowAgain")}
            </button>
          )}
        </div>
      )}
      {proposedHere(change, token.id) && <ReviewChange change={change} />}
    </li>
  );
}

function AllowTokenForm({ tokens }: { tokens: readonly AdminToken[] }) {
  const { t } = useTranslation("admin");
  const id = useId();
  const { chainId } = useAppConfig();
  const client = usePublicClient({ chainId });
  const { marketplace } = useAdminContext();
  const allowed = useMemo(() => tokens.filter((token) => token.allowed).map((token) => token.id), [tokens]);
  const schema = useMemo(() => allowTokenSchema({ allowed }), [allowed]);
  const form = useForm<AllowTokenValues>({ resolver: zodResolver(schema), defaultValues: { token: "" } });
  const change = useAdminChange({ onDone: () => form.reset({ token: "" }) });
  const [checking, setChecking] = useState(false);
  const reviewing = change.proposed !== null;

  const review = async ({ token }: AllowTokenValues) => {
    if (!client) return;
    setChecking(true);
    try {
      const checked = await checkToken(client, getAddress(token), marketplace.address);
      if (!checked.ok) {
        form.setError("token", { message: checked.error });
        return;
      }
      const facts = checked.token;
      const description = facts.name
        ? t("tokens.describeNamed", { symbol: facts.symbol, name: facts.name, decimals: facts.decimals })
        : t("tokens.describe", { symbol: facts.symbol, decimals: facts.decimals });
      change.propose({
        title: t("tokens.newTitle", { token: facts.symbol }),
        rows: [
          { label: t("tokens.token"), to: description },
          { label: t("tokens.address"), to: facts.address },
          { label: t("tokens.status"), from: t("tokens.notAccepted"), to: t("tokens.accepted") },
        ],
        note: t("tokens.allowNote"),
        confirm: t("tokens.allowConfirm", { token: facts.symbol }),
        functionName: "allowToken",
        args: [facts.address as Address],
        success: t("tokens.allowed", { token: facts.symbol }),
      });
    } catch {
      form.setError("token", { message: "readFailed" });
    } finally {
      setChecking(false);
    }
  };

  return (
    <div className="admin-subsection">
      <h3>{t("tokens.newHeading")}</h3>
      <form className="admin-form" onSubmit={form.handleSubmit(review)} noValidate data-testid="admin-allow-token">
        <AddressField
          id={`${id}-token`}
          label={t("tokens.address")}
          hint={t("tokens.addressHint")}
          error={form.formState.errors.token?.message}
          readOnly={reviewing || checking}
          registration={form.register("token")}
        />
        {!reviewing && (
          <div>
            <button
              type="submit"
              className="button button--primary"
              disabled={checking}
              aria-busy={checking || undefined}
            >
              {checking ? t("tokens.checking") : t("tokens.check")}
            </button>
          </div>
        )}
      </form>
      <ReviewChange change={change} />
    </div>
  );
}

export function TokensSection({
  tokens,
  accrued,
}: {
  tokens: readonly AdminToken[];
  accrued: ReadonlyMap<string, bigint> | undefined;
}) {
  const { t } = useTranslation("admin");
  const change = useAdminChange();
  return (
    <section className="card admin-section admin-section--wide" aria-labelledby="admin-tokens-heading">
      <h2 id="admin-tokens-heading">{t("tokens.heading")}</h2>
      <p className="form-field__hint">{t("tokens.explain")}</p>
      <ul className="admin-list" data-testid="admin-tokens">
        {tokens.map((token) => (
          <TokenRow key={token.id} token={token} accrued={accrued?.get(token.id.toLowerCase())} change={change} />
        ))}
      </ul>
      <AllowTokenForm tokens={tokens} />
    </section>
  );
}
