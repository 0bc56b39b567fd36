import { useEffect } from "react";
import { useAccount, useSwitchChain } from "wagmi";
import { requestWalletChain, setActiveChain, useRequestedWalletChain } from "../../config/activeChain";
import { useAppConfig } from "../../config/ConfigContext";
import { useCartStore } from "../../features/cart/CartProvider";
import { setAccountState } from "./account";

/**
 * A wallet island with nothing to show: publishes the connected account to the page (account.ts),
 * switches the cart to the account's (moving the guest's lines into it), back to the guest's when
 * the wallet disconnects — and keeps the site on the wallet's chain: it follows the wallet to any
 * other chain the site runs on, and asks the wallet to switch when the visitor picks a chain.
 */
export default function AccountSync() {
  const { address, chainId, status } = useAccount();
  const { chains, chainId: siteChainId } = useAppConfig();
  const store = useCartStore();
  const requested = useRequestedWalletChain();
  const { switchChainAsync } = useSwitchChain();

  useEffect(() => store.setAccount(address), [store, address]);
  useEffect(() => {
    if (status === "connecting" || status === "reconnecting") return;
    setAccountState(address ? { status: "connected", address, chainId } : { status: "disconnected" });
  }, [address, chainId, status]);

  // The site follows the wallet (a requested switch first has to happen in the wallet).
  useEffect(() => {
    if (status !== "connected" || requested !== undefined || chainId === siteChainId) return;
    if (chains.some((chain) => chain.chainId === chainId)) setActiveChain(chainId!);
  }, [status, chainId, siteChainId, chains, requested]);

  useEffect(() => {
    if (requested === undefined || status === "connecting" || status === "reconnecting") return;
    if (status !== "connected") {
      // No wallet to ask: the site moves by itself.
      requestWalletChain(undefined);
      setActiveChain(requested);
      return;
    }
    switchChainAsync({ chainId: requested }).then(
      () => {
        requestWalletChain(undefined);
        setActiveChain(requested);
      },
      // Refused in the wallet: the site stays where the wallet is.
      () => requestWalletChain(undefined),
    );
  }, [requested, status, switchChainAsync]);
  return null;
}
