import { useSyncExternalStore } from "react";
import type { Address } from "viem";

/**
 * The connected account, readable outside the wallet layer: pages that only read (orders, inbox)
 * key their subgraph queries by it without loading wagmi. The AccountSync island writes it.
 * `unknown` until the wallet layer has started and reconnected (pages show loading, not "connect").
 */
export type AccountState =
  | { status: "unknown" }
  | { status: "disconnected" }
  | { status: "connected"; address: Address; chainId: number | undefined };

let state: AccountState = { status: "unknown" };
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function setAccountState(next: AccountState) {
  const same =
    next.status === state.status &&
    (next.status !== "connected" ||
      (state.status === "connected" && next.address === state.address && next.chainId === state.chainId));
  if (same) return;
  state = next;
  for (const listener of listeners) listener();
}

export function getAccountState(): AccountState {
  return state;
}

export function useAccountState(): AccountState {
  return useSyncExternalStore(subscribe, getAccountState, getAccountState);
}

/** The connected address in lowercase (subgraph ids), or undefined. */
export function useAccountId(): string | undefined {
  const account = useAccountState();
  return account.status === "connected" ? account.address.toLowerCase() : undefined;
}
