// The composer's draft, per chain and order, in sessionStorage: it survives a failed send and a
// reload of the tab, and goes once the message is posted (or the tab is closed).
import { orderKey } from "./readStore";

export const draftStorageKey = (chainId: number, orderId: string) =>
  `agora.messageDraft.${chainId}.${orderKey(orderId)}`;

export function loadDraft(key: string): string {
  try {
    return sessionStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}

/** Keeps `text` (an empty draft is removed). */
export function saveDraft(key: string, text: string) {
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage disabled: the draft lasts as long as the page.
  }
}
