// Which messages an account has read: per order, the log order of the newest message it has seen
// on the order's thread. Kept in localStorage per chain and account (`agora.read.<chainId>.<account>`)
// so unread counts survive reloads; other tabs follow through the `storage` event. No wallet code:
// the header's inbox badge reads it on the first load.
import { useSyncExternalStore } from "react";
import { z } from "zod";

/** Last-read log order (decimal) by order id (0x + 64 hex, as the subgraph's ids). */
export type ReadMarks = Readonly<Record<string, string>>;

const stored = z.object({
  version: z.literal(1),
  orders: z.record(z.string(), z.string().regex(/^\d+$/)),
});

const none: ReadMarks = Object.freeze({});

/** An order id (decimal or hex) as the subgraph spells it: 0x and 64 lowercase hex digits. */
export function orderKey(id: string | bigint): string {
  return `0x${BigInt(id).toString(16).padStart(64, "0")}`;
}

export const readStorageKey = (chainId: number, account: string) => `agora.read.${chainId}.${account.toLowerCase()}`;

const snapshots = new Map<string, ReadMarks>();
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function load(key: string): ReadMarks {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return none;
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? Object.freeze(parsed.data.orders) : none;
  } catch {
    return none;
  }
}

/** The account's read marks on this chain (one stable object until they change). */
export function readMarksOf(chainId: number, account: string): ReadMarks {
  const key = readStorageKey(chainId, account);
  let marks = snapshots.get(key);
  if (!marks) {
    marks = load(key);
    snapshots.set(key, marks);
  }
  return marks;
}

/** Records that the account has seen the order's messages up to `logOrder` (never moves back). */
export function markRead(chainId: number, account: string, orderId: string | bigint, logOrder: string | bigint) {
  const key = readStorageKey(chainId, account);
  const order = orderKey(orderId);
  const marks = readMarksOf(chainId, account);
  const previous = marks[order];
  if (previous !== undefined && BigInt(previous) >= BigInt(logOrder)) return;
  const next = Object.freeze({ ...marks, [order]: BigInt(logOrder).toString() });
  snapshots.set(key, next);
  try {
    localStorage.setItem(key, JSON.stringify({ version: 1, orders: next } satisfies z.infer<typeof stored>));
  } catch {
    // Storage full or disabled: the marks last for this visit.
  }
  emit();
}

function onStorage(event: StorageEvent) {
  if (event.key === null) snapshots.clear();
  else if (event.key.startsWith("agora.read.")) snapshots.delete(event.key);
  else return;
  emit();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener("storage", onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener("storage", onStorage);
  };
}

/** The account's read marks, re-rendering when they change (this tab or another); none without an account. */
export function useReadMarks(chainId: number, account: string | undefined): ReadMarks {
  const snapshot = () => (account ? readMarksOf(chainId, account) : none);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** A message as unread counting needs it. */
export interface MessageMark {
  order: string;
  sender: string;
  logOrder: string;
}

/**
 * Unread messages per order: those from someone else than `account`, newer than the order's read
 * mark. Orders without unread messages are left out.
 */
export function countUnread(messages: readonly MessageMark[], account: string, marks: ReadMarks): Map<string, number> {
  const me = account.toLowerCase();
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.sender.toLowerCase() === me) continue;
    const order = orderKey(message.order);
    const mark = marks[order];
    if (mark !== undefined && BigInt(message.logOrder) <= BigInt(mark)) continue;
    counts.set(order, (counts.get(order) ?? 0) + 1);
  }
  return counts;
}

/** Forgets the cached marks (tests that rewrite localStorage). */
export function resetReadStore() {
  snapshots.clear();
  emit();
}
