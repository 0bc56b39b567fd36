import { useSyncExternalStore } from "react";

/**
 * Loads the wallet layer (wagmi, RainbowKit, viem's signing stack: WalletLayer.tsx) with
 * `import()`, so that none of it is in the first load. It is fetched when the browser is idle
 * after the first render, or at once when the visitor clicks the Connect placeholder.
 */
export type WalletLayerModule = typeof import("./WalletLayer");

export type WalletLoadState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; module: WalletLayerModule }
  | { status: "error"; error: unknown };

let state: WalletLoadState = { status: "idle" };
let pending: Promise<WalletLayerModule> | undefined;
let connectRequested = false;
const listeners = new Set<() => void>();

function setState(next: WalletLoadState) {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function walletLoadState(): WalletLoadState {
  return state;
}

export function useWalletLoadState(): WalletLoadState {
  return useSyncExternalStore(subscribe, walletLoadState, walletLoadState);
}

/** Starts (or joins) loading the wallet layer; after a failure the next call tries again. */
export function loadWalletLayer(): Promise<WalletLayerModule> {
  if (state.status === "ready") return Promise.resolve(state.module);
  if (!pending) {
    setState({ status: "loading" });
    pending = import("./WalletLayer").then(
      (module) => {
        setState({ status: "ready", module });
        return module;
      },
      (error: unknown) => {
        pending = undefined;
        setState({ status: "error", error });
        throw error;
      },
    );
  }
  return pending;
}

/** The visitor asked to connect before the layer was there: load it and open the modal when ready. */
export function requestConnect() {
  connectRequested = true;
  loadWalletLayer().catch(() => {
    connectRequested = false;
  });
}

/** True once after requestConnect(): the connect button opens RainbowKit's modal when it sees it. */
export function takeConnectRequest(): boolean {
  const requested = connectRequested;
  connectRequested = false;
  return requested;
}

/** Loads the layer when the browser is idle (or after a few seconds at most); returns a cancel. */
export function loadWalletLayerWhenIdle(timeoutMs = 3_000): () => void {
  const load = () => void loadWalletLayer().catch(() => {});
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(load, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(load, Math.min(timeoutMs, 1_500));
  return () => window.clearTimeout(handle);
}

/** Forgets everything (tests only: the module state is per page load). */
export function resetWalletLoader() {
  pending = undefined;
  connectRequested = false;
  setState({ status: "idle" });
}
