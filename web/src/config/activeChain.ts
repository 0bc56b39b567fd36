// Which of the site's chains the visitor is on. The site follows the wallet: when a connected
// wallet is on another of the site's chains, the site moves there (AccountSync reports it). A
// visitor's own choice (the header's chain menu) asks a connected wallet to switch first.
import { useSyncExternalStore } from "react";
import type { SiteConfig } from "./appConfig";

export const ACTIVE_CHAIN_STORAGE_KEY = "agora.chain";

type Listener = () => void;

function createStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

const active = createStore<number | undefined>(undefined);
/** A chain the visitor picked while a wallet was connected: the wallet layer asks the wallet to switch. */
const requested = createStore<number | undefined>(undefined);

function storedChainId(): number | undefined {
  try {
    const stored = Number(localStorage.getItem(ACTIVE_CHAIN_STORAGE_KEY));
    return Number.isInteger(stored) && stored > 0 ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Where the site starts: the chain the visitor was last on, if the site still lists it, else its first. */
export function initialChainId(site: SiteConfig): number {
  const stored = storedChainId();
  return site.chains.some((chain) => chain.chainId === stored) ? stored! : site.chains[0]!.chainId;
}

/** Moves the site to `chainId` (one of its chains) and remembers it for the next visit. */
export function setActiveChain(chainId: number) {
  active.set(chainId);
  try {
    localStorage.setItem(ACTIVE_CHAIN_STORAGE_KEY, String(chainId));
  } catch {
    // Private mode without storage: the choice lasts for this page.
  }
}

/** The chain the site is on: `initialChainId` until something moves it. */
export function useActiveChainId(site: SiteConfig): number {
  const chainId = useSyncExternalStore(active.subscribe, active.get, active.get);
  return chainId !== undefined && site.chains.some((chain) => chain.chainId === chainId)
    ? chainId
    : initialChainId(site);
}

/** Asks the connected wallet to switch to `chainId`; the site follows once it has. */
export function requestWalletChain(chainId: number | undefined) {
  requested.set(chainId);
}

/** The chain switch the wallet layer should ask the wallet for, if any. */
export function useRequestedWalletChain(): number | undefined {
  return useSyncExternalStore(requested.subscribe, requested.get, requested.get);
}
