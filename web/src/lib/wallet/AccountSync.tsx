import { useEffect } from "react";
import { useAccount } from "wagmi";
import { useCartStore } from "../../features/cart/CartProvider";
import { setAccountState } from "./account";

/**
 * A wallet island with nothing to show: publishes the connected account to the page (account.ts)
 * and switches the cart to the account's (moving the guest's lines into it), back to the guest's
 * when the wallet disconnects.
 */
export default function AccountSync() {
  const { address, chainId, status } = useAccount();
  const store = useCartStore();
  useEffect(() => store.setAccount(address), [store, address]);
  useEffect(() => {
    if (status === "connecting" || status === "reconnecting") return;
    setAccountState(address ? { status: "connected", address, chainId } : { status: "disconnected" });
  }, [address, chainId, status]);
  return null;
}
