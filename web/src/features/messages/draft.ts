// Where the composer's draft is kept (lib/forms/formDraft), per chain and order: it survives a
// failed send and a reload of the tab, and goes once the message is posted (or the tab is closed).
import { orderKey } from "./readStore";

export const draftStorageKey = (chainId: number, orderId: string) =>
  `agora.messageDraft.${chainId}.${orderKey(orderId)}`;
