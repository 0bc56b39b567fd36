// The coupons a seller created or added, kept in this browser's localStorage per chain and seller.
// A coupon is an off-chain signature: the index learns of it only once redeemed or revoked, so
// this list is the only place its terms live until then. Each entry is the coupon's full code
// (chain and marketplace included, so a redeployed marketplace cannot reinterpret it); whatever
// does not parse, decode or belong to this seller and chain is skipped, never fatal.
import { useCallback, useSyncExternalStore } from "react";
import type { Hex } from "viem";
import { z } from "zod";
import { couponDigest, type SignedCoupon } from "./coupon";
import { decodeCoupon, encodeCoupon } from "./couponCode";

/** Whose list on which chain: `seller` in any case. */
export interface CouponOwner {
  chainId: number;
  seller: string;
}

/** A coupon of the list: the signed coupon, its digest (on-chain id) and what the seller noted. */
export interface StoredCoupon {
  signed: SignedCoupon;
  digest: Hex;
  /** When it was added, in ms since the epoch (newest first in the list). */
  addedAt: number;
  /** The seller's own name for it (only in this browser), or "". */
  label: string;
}

/** Longest note a seller can keep with a coupon. */
export const COUPON_LABEL_MAX = 40;

const entrySchema = z.object({
  code: z
    .string()
    .max(4_000)
    .regex(/^[A-Za-z0-9_-]+$/),
  addedAt: z.number().finite().nonnegative(),
  label: z.string().max(COUPON_LABEL_MAX).optional(),
});
type StoredEntry = z.infer<typeof entrySchema>;

/** The stored shape: entries are checked one by one, so one bad entry loses only itself. */
const listSchema = z.object({ version: z.literal(1), coupons: z.array(z.unknown()) });

export const couponStorageKey = ({ chainId, seller }: CouponOwner) =>
  `agora.coupons.${chainId}.${seller.toLowerCase()}`;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The entry as a coupon of `owner`, or null when it is junk or someone else's. */
function toStored(entry: StoredEntry, owner: CouponOwner): StoredCoupon | null {
  try {
    const signed = decodeCoupon(entry.code);
    if (!same(signed.coupon.seller, owner.seller) || signed.coupon.chainId !== BigInt(owner.chainId)) return null;
    return { signed, digest: couponDigest(signed.coupon), addedAt: entry.addedAt, label: entry.label ?? "" };
  } catch {
    return null;
  }
}

/** The owner's coupons as stored, newest first, one per digest; junk is skipped. */
export function parseStoredCoupons(raw: string | null, owner: CouponOwner): StoredCoupon[] {
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  const list = listSchema.safeParse(parsed);
  if (!list.success) return [];
  const byDigest = new Map<Hex, StoredCoupon>();
  for (const item of list.data.coupons) {
    const entry = entrySchema.safeParse(item);
    const stored = entry.success ? toStored(entry.data, owner) : null;
    if (stored && !byDigest.has(stored.digest)) byDigest.set(stored.digest, stored);
  }
  return [...byDigest.values()].sort((a, b) => b.addedAt - a.addedAt);
}

function serialize(coupons: readonly StoredCoupon[]): string {
  const entries: StoredEntry[] = coupons.map((stored) => ({
    // Without a site: the code names its chain and marketplace itself.
    code: encodeCoupon(stored.signed),
    addedAt: stored.addedAt,
    ...(stored.label ? { label: stored.label } : {}),
  }));
  return JSON.stringify({ version: 1, coupons: entries });
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The owner's stored coupons now. */
export function readStoredCoupons(owner: CouponOwner): StoredCoupon[] {
  return parseStoredCoupons(readRaw(couponStorageKey(owner)), owner);
}

function writeStoredCoupons(owner: CouponOwner, coupons: readonly StoredCoupon[]): boolean {
  try {
    const key = couponStorageKey(owner);
    if (coupons.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, serialize(coupons));
    return true;
  } catch {
    // Storage full or disabled: the caller says the coupon could not be kept.
    return false;
  } finally {
    notify();
  }
}

export type AddResult = "added" | "duplicate" | "storageFailed";

/** Adds a signed coupon to the owner's list (first in it); a coupon already there is left as it is. */
export function addStoredCoupon(
  owner: CouponOwner,
  signed: SignedCoupon,
  { label = "", addedAt = Date.now() }: { label?: string; addedAt?: number } = {},
): AddResult {
  const coupons = readStoredCoupons(owner);
  const digest = couponDigest(signed.coupon);
  if (coupons.some((stored) => stored.digest === digest)) return "duplicate";
  const next = [{ signed, digest, addedAt, label: label.slice(0, COUPON_LABEL_MAX) }, ...coupons];
  return writeStoredCoupons(owner, next) ? "added" : "storageFailed";
}

/** Removes a coupon from the owner's list (it stays valid on chain: only its code here goes). */
export function removeStoredCoupon(owner: CouponOwner, digest: Hex) {
  writeStoredCoupons(
    owner,
    readStoredCoupons(owner).filter((stored) => stored.digest !== digest),
  );
}

/** Snapshots by key and raw text, so useSyncExternalStore sees a stable value between changes. */
const snapshots = new Map<string, { raw: string | null; coupons: StoredCoupon[] }>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Other tabs' changes.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

/** The owner's stored coupons, newest first, following changes from this tab and others. */
export function useStoredCoupons(owner: CouponOwner): StoredCoupon[] {
  const { chainId, seller } = owner;
  const snapshot = useCallback(() => {
    const key = couponStorageKey({ chainId, seller });
    const raw = readRaw(key);
    const cached = snapshots.get(key);
    if (cached && cached.raw === raw) return cached.coupons;
    const coupons = parseStoredCoupons(raw, { chainId, seller });
    snapshots.set(key, { raw, coupons });
    return coupons;
  }, [chainId, seller]);
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
