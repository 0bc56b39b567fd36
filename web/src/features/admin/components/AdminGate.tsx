// Wallet island of the admin page: who owns the marketplace is read from the chain (the index may
// lag behind a transfer). The owner gets the console, the pending owner an "Accept ownership"
// action, anyone else a clear refusal naming the owner.
import { deployedContract } from "@agora/contracts";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import WalletConnectButton from "../../../lib/wallet/ConnectButton";
import { AdminContext, useAdminChange, useAdminContext, type AdminContextValue } from "../hooks/useAdminChange";
import { roleOf, useMarketplaceState, type MarketplaceContract } from "../hooks/useMarketplaceState";
import { AdminConsole } from "./AdminConsole";
import { ReviewChange } from "./ReviewChange";

/** Not the owner: the refusal, with the owner's address (and, for the pending owner, the way in). */
function NotOwner({ context, pending }: { context: AdminContextValue; pending: boolean }) {
  const { t } = useTranslation("admin");
  const { state, account } = context;
  return (
    <div className="card admin-refusal" data-testid="admin-refusal">
      <h2>{t("gate.notOwnerTitle")}</h2>
      <p>{t("gate.notOwner")}</p>
      <dl className="admin-facts">
        <div>
          <dt>{t("gate.owner")}</dt>
          <dd>
            <code className="address" data-testid="admin-owner">
              {state.owner}
            </code>
          </dd>
        </div>
        <div>
          <dt>{t("gate.you")}</dt>
          <dd>
            <code className="address">{account}</code>
          </dd>
        </div>
      </dl>
      {pending && (
        <AdminContext.Provider value={context}>
          <AcceptOwnership />
        </AdminContext.Provider>
      )}
    </div>
  );
}

/** The second step of the transfer, from the pending owner's account. */
function AcceptOwnership() {
  const { t } = useTranslation("admin");
  const { state, account } = useAdminContext();
  const change = useAdminChange();
  const accept = () =>
    change.propose({
      title: t("accept.reviewTitle"),
      rows: [{ label: t("gate.owner"), from: state.owner, to: account }],
      note: t("accept.note"),
      confirm: t("accept.confirm"),
      functionName: "acceptOwnership",
      args: [],
      success: t("accept.done"),
    });
  return (
    <section className="admin-accept notice" aria-labelledby="admin-accept-heading" data-testid="admin-accept">
      <h3 id="admin-accept-heading">{t("accept.heading")}</h3>
      <p>{t("accept.explain", { owner: state.owner })}</p>
      {!change.proposed && (
        <button type="button" className="button button--primary" onClick={accept}>
          {t("accept.button")}
        </button>
      )}
      <ReviewChange change={change} />
    </section>
  );
}

function Gate({ marketplace }: { marketplace: MarketplaceContract }) {
  const { t } = useTranslation("admin");
  const { address } = useAccount();
  const chain = useMarketplaceState(marketplace);
  const { state, queryKey } = chain;
  const context = useMemo<AdminContextValue | undefined>(
    () => (state && address ? { marketplace, account: address, state, refresh: [queryKey] } : undefined),
    [marketplace, address, state, queryKey],
  );

  if (!address) {
    return (
      <div className="catalog__state" data-testid="admin-connect">
        <p>{t("gate.connect")}</p>
        <WalletConnectButton />
      </div>
    );
  }
  if (chain.error && !state) {
    return (
      <div className="catalog__state" role="alert" data-testid="admin-read-error">
        <p>{t("gate.readFailed")}</p>
        <button type="button" className="button" onClick={() => void chain.refetch()} disabled={chain.isFetching}>
          {t("gate.retry")}
        </button>
      </div>
    );
  }
  if (!context) {
    return (
      <p className="catalog__state" role="status" data-testid="admin-checking">
        {t("gate.checking")}
      </p>
    );
  }
  const role = roleOf(address, context.state);
  if (role === "owner") return <AdminConsole chain={context} />;
  return <NotOwner context={context} pending={role === "pendingOwner"} />;
}

export default function AdminGate() {
  const { t } = useTranslation("admin");
  const { chainId } = useAppConfig();
  const marketplace = useMemo(() => {
    const deployed = deployedContract(chainId, "Marketplace");
    return deployed ? { address: deployed.address, abi: deployed.abi } : undefined;
  }, [chainId]);
  if (!marketplace) return <p className="notice notice--warning">{t("gate.noContract")}</p>;
  return <Gate marketplace={marketplace} />;
}
