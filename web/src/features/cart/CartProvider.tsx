import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import { useAppConfig } from "../../config/ConfigContext";
import { CartStore } from "./cartStore";

const CartContext = createContext<CartStore | null>(null);

/** The cart of this chain (guest until a wallet connects: AccountSync switches it). */
export function CartProvider({ children }: { children: ReactNode }) {
  const { chainId } = useAppConfig();
  const store = useMemo(() => new CartStore(chainId), [chainId]);
  return <CartContext.Provider value={store}>{children}</CartContext.Provider>;
}

export function useCartStore(): CartStore {
  const store = useContext(CartContext);
  if (!store) throw new Error("useCartStore outside CartProvider");
  return store;
}

/** The cart's lines, re-rendering on every change (this tab or another). */
export function useCartLines() {
  const store = useCartStore();
  return useSyncExternalStore(store.subscribe, store.getLines, store.getLines);
}

/** Units in the cart, for the header. */
export function useCartCount() {
  return useCartLines().reduce((total, line) => total + line.quantity, 0);
}
