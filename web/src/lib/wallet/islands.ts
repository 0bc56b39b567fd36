import { useSyncExternalStore, type ReactNode } from "react";

/**
 * Wallet islands: places in the page (the header's Connect button, the network status, later
 * checkout) whose content needs wagmi/RainbowKit. Each island registers a DOM container here;
 * the wallet layer, once loaded, renders every island's content into its container through a
 * portal, inside its one WagmiProvider and RainbowKitProvider. So loading the layer never
 * remounts the page (no lost input, focus or scroll), and every island shares one wagmi config.
 */
export interface Island {
  key: string;
  container: HTMLElement;
  content: ReactNode;
  /** Shown in the container while the island's lazy content loads. */
  fallback: ReactNode;
}

let islands: readonly Island[] = [];
let layerMounted = false;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registerIsland(island: Island): () => void {
  islands = [...islands.filter((other) => other.key !== island.key), island];
  emit();
  return () => {
    islands = islands.filter((other) => other !== island);
    emit();
  };
}

export function useIslands(): readonly Island[] {
  return useSyncExternalStore(
    subscribe,
    () => islands,
    () => islands,
  );
}

/** Set by the wallet layer while it is mounted: islands then hide their own fallback. */
export function setLayerMounted(mounted: boolean) {
  layerMounted = mounted;
  emit();
}

export function useLayerMounted(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => layerMounted,
    () => false,
  );
}
