// The cart: lines kept in localStorage per chain and per account (a visitor without a connected
// wallet has a guest cart, merged into the account's cart when one connects). Other tabs see
// changes through the `storage` event. Prices and stock are re-checked against the index when the
// cart is shown; a line keeps the price it was added at, so the cart can say what changed.
import * as z from "zod/mini";

const line = z.object({
  /** The listing id (0x-hex, as the subgraph and the URL have it). */
  listingId: z.string().check(z.regex(/^0x[0-9a-f]+$/)),
  quantity: z.int().check(z.minimum(1)),
  /** Unit price in token base units when it was added, and that token. */
  price: z.string().check(z.regex(/^\d+$/)),
  token: z.string(),
  addedAt: z.number(),
});
export type CartLine = z.infer<typeof line>;

/** Most units one line holds, whatever the stock (the quantity picker's length). */
export const MAX_LINE_QUANTITY = 99;

/** How many units of a listing with `stock` (base-10 uint, any size) a line may hold. */
export const pickableStock = (stock: string) =>
  Number(BigInt(stock) < BigInt(MAX_LINE_QUANTITY) ? BigInt(stock) : BigInt(MAX_LINE_QUANTITY));

const stored = z.object({ version: z.literal(1), lines: z.array(line) });

/** Whose cart on which chain: `account` is a lowercase address, or undefined for a guest. */
export interface CartOwner {
  chainId: number;
  account?: string;
}

export const cartStorageKey = ({ chainId, account }: CartOwner) => `agora.cart.${chainId}.${account ?? "guest"}`;

function read(key: string): CartLine[] {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return [];
    const parsed = stored.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data.lines : [];
  } catch {
    return [];
  }
}

function write(key: string, lines: CartLine[]) {
  try {
    if (lines.length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify({ version: 1, lines } satisfies z.infer<typeof stored>));
  } catch {
    // Storage full or disabled: the cart lasts for this visit.
  }
}

/** Adds `quantity` to a line (or a new line), at most `max` (the stock). */
export function addLine(
  lines: readonly CartLine[],
  item: Omit<CartLine, "addedAt" | "quantity">,
  quantity: number,
  max: number,
  now = Date.now(),
): CartLine[] {
  const existing = lines.find((l) => l.listingId === item.listingId);
  if (!existing) return [...lines, { ...item, quantity: Math.min(quantity, max), addedAt: now }].filter(valid);
  return lines
    .map((l) => (l === existing ? { ...l, quantity: Math.min(l.quantity + quantity, max) } : l))
    .filter(valid);
}

const valid = (l: CartLine) => l.quantity >= 1;

/** Merges `from` into `into`: quantities of the same listing add up. */
export function mergeLines(into: readonly CartLine[], from: readonly CartLine[]): CartLine[] {
  let merged = [...into];
  for (const l of from) {
    const existing = merged.find((m) => m.listingId === l.listingId);
    merged = existing
      ? merged.map((m) => (m === existing ? { ...m, quantity: m.quantity + l.quantity } : m))
      : [...merged, l];
  }
  return merged;
}

type Listener = () => void;

/** One cart at a time: the current owner's. */
export class CartStore {
  private owner: CartOwner;
  private lines: CartLine[];
  private readonly listeners = new Set<Listener>();

  constructor(chainId: number) {
    this.owner = { chainId };
    this.lines = read(cartStorageKey(this.owner));
  }

  /** Another tab changed this owner's cart. One listener for the store, while anyone subscribes. */
  private readonly onStorage = (event: StorageEvent) => {
    if (event.key === cartStorageKey(this.owner)) this.reload();
  };

  subscribe = (listener: Listener) => {
    if (this.listeners.size === 0) window.addEventListener("storage", this.onStorage);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) window.removeEventListener("storage", this.onStorage);
    };
  };

  getLines = (): readonly CartLine[] => this.lines;

  /** Switches to an account's cart (or back to the guest's), moving the guest's lines into it. */
  setAccount(account: string | undefined) {
    const next = { chainId: this.owner.chainId, account: account?.toLowerCase() };
    if (next.account === this.owner.account) return;
    let lines = read(cartStorageKey(next));
    if (next.account) {
      const guestKey = cartStorageKey({ chainId: next.chainId });
      const guest = read(guestKey);
      if (guest.length > 0) {
        lines = mergeLines(lines, guest);
        write(cartStorageKey(next), lines);
        write(guestKey, []);
      }
    }
    this.owner = next;
    this.set(lines, false);
  }

  add(item: Omit<CartLine, "addedAt" | "quantity">, quantity: number, max: number) {
    this.set(addLine(this.lines, item, quantity, max));
  }

  setQuantity(listingId: string, quantity: number) {
    this.set(this.lines.map((l) => (l.listingId === listingId ? { ...l, quantity } : l)).filter(valid));
  }

  remove(listingId: string) {
    this.set(this.lines.filter((l) => l.listingId !== listingId));
  }

  /** Takes the current price as the one the buyer has seen (after they were told it changed). */
  acceptPrice(listingId: string, price: string) {
    this.set(this.lines.map((l) => (l.listingId === listingId ? { ...l, price } : l)));
  }

  clear(listingIds?: readonly string[]) {
    this.set(listingIds ? this.lines.filter((l) => !listingIds.includes(l.listingId)) : []);
  }

  private reload() {
    this.set(read(cartStorageKey(this.owner)), false);
  }

  private set(lines: CartLine[], persist = true) {
    this.lines = lines;
    if (persist) write(cartStorageKey(this.owner), lines);
    for (const listener of this.listeners) listener();
  }
}
