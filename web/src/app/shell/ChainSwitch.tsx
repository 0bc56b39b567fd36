import { useId } from "react";
import { useTranslation } from "react-i18next";
import { requestWalletChain, setActiveChain } from "../../config/activeChain";
import { useAppConfig } from "../../config/ConfigContext";
import { getAccountState } from "../../lib/wallet/account";
import { walletLoadState } from "../../lib/wallet/walletLoader";

/**
 * The chain the site is on, always in view. With several chains, a menu: a connected wallet is
 * asked to switch first (the site follows it); without one the site moves at once.
 */
export function ChainSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const { chainId, chainName, chains } = useAppConfig();
  if (chains.length < 2) {
    return (
      <span
        className="chain-switch chain-switch--single"
        data-testid="chain-name"
        title={t("shell.chainOn", { chain: chainName })}
      >
        <span className="chain-switch__dot" aria-hidden />
        <span className="chain-switch__name">{chainName}</span>
      </span>
    );
  }
  return (
    <div className="chain-switch">
      <label htmlFor={id} className="visually-hidden">
        {t("shell.chain")}
      </label>
      <span className="chain-switch__dot" aria-hidden />
      <select
        id={id}
        className="chain-switch__select"
        data-testid="chain-select"
        value={chainId}
        onChange={(event) => {
          const next = Number(event.target.value);
          // With the wallet layer there, it decides (a connected wallet switches first); before it
          // loads there is no wallet to ask.
          if (walletLoadState().status === "ready" || getAccountState().status !== "unknown") requestWalletChain(next);
          else setActiveChain(next);
        }}
      >
        {chains.map((chain) => (
          <option key={chain.chainId} value={chain.chainId}>
            {chain.chainName}
          </option>
        ))}
      </select>
    </div>
  );
}
