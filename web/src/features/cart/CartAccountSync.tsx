import { useEffect } from "react";
import { useAccount } from "wagmi";
import { useCartStore } from "./CartProvider";

/**
 * A wallet island with nothing to show: switches the cart to the connected account's (moving the
 * guest's lines into it) and back to the guest's when the wallet disconnects.
 */
export default function CartAccountSync() {
  const { address } = useAccount();
  const store = useCartStore();
  useEffect(() => store.setAccount(address), [store, address]);
  return null;
}
