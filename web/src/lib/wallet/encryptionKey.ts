// The account's X25519 encryption key, derived from a wallet signature over the content layer's
// fixed message the first time it is needed. Kept in this module's memory for the session only
// (never in storage): a reload asks for the signature again. Wallet islands only (wagmi).
import type { X25519Keypair } from "@agora/content";
import { useCallback, useSyncExternalStore } from "react";
import type { Address } from "viem";
import { useConfig } from "wagmi";
import { signMessage } from "wagmi/actions";
import type { WriteStep } from "../tx/steps";

const keys = new Map<string, Promise<X25519Keypair>>();
const unlocked = new Set<string>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

type SignMessage = (account: Address, message: string) => Promise<`0x${string}`>;

/** The account's keypair: from this session's memory, else from a new signature. */
export function encryptionKeyOf(account: Address, sign: SignMessage): Promise<X25519Keypair> {
  const id = account.toLowerCase();
  let key = keys.get(id);
  if (!key) {
    key = (async () => {
      const content = await import("@agora/content");
      const signature = await sign(account, content.keyDerivationMessage);
      return content.deriveKeypairFromSignature(signature);
    })();
    keys.set(id, key);
    key.then(
      () => {
        unlocked.add(id);
        emit();
      },
      () => keys.delete(id),
    );
  }
  return key;
}

/** Forgets every key of this session (tests). */
export function forgetEncryptionKeys() {
  keys.clear();
  unlocked.clear();
  emit();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether this session already holds the account's key (reading needs no new signature). */
export function useEncryptionKeyUnlocked(account: Address | undefined): boolean {
  return useSyncExternalStore(
    subscribe,
    () => (account ? unlocked.has(account.toLowerCase()) : false),
    () => false,
  );
}

/** `unlock(account)`: the account's keypair, asking the wallet for the signature when needed. */
export function useEncryptionKey() {
  const wagmi = useConfig();
  return useCallback(
    (account: Address) =>
      encryptionKeyOf(account, (signer, message) => signMessage(wagmi, { account: signer, message })),
    [wagmi],
  );
}

/** A write step that unlocks the connected account's key into `results[id]` (default "key"). */
export function unlockKeyStep({ id = "key", account }: { id?: string; account: Address }): WriteStep {
  return {
    id,
    label: (t) => t("tx.steps.unlockKey"),
    async run(ctx) {
      ctx.results[id] = await encryptionKeyOf(account, (signer, message) =>
        signMessage(ctx.deps.wagmi, { account: signer, message }),
      );
    },
  };
}
