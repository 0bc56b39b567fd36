import { describe, expect, it, vi } from "vitest";
import { addLine, CartStore, cartStorageKey, mergeLines } from "./cartStore";

const item = (listingId: string, price = "100") => ({ listingId, price, token: "0xusdc" });
const alice = "0xAbC0000000000000000000000000000000000001";

describe("cart lines", () => {
  it("adds up to the stock, and merges the same listing", () => {
    let lines = addLine([], item("0x01"), 2, 3, 1);
    lines = addLine(lines, item("0x01"), 5, 3, 2);
    expect(lines).toEqual([{ ...item("0x01"), quantity: 3, addedAt: 1 }]);
    expect(addLine([], item("0x02"), 1, 0)).toEqual([]); // nothing in stock: nothing added
    expect(
      mergeLines(lines, [
        { ...item("0x01"), quantity: 1, addedAt: 5 },
        { ...item("0x03"), quantity: 2, addedAt: 6 },
      ]),
    ).toEqual([
      { ...item("0x01"), quantity: 4, addedAt: 1 },
      { ...item("0x03"), quantity: 2, addedAt: 6 },
    ]);
  });
});

describe("CartStore", () => {
  it("keeps the guest's cart per chain across reloads, and moves it into the account's on connect", () => {
    const store = new CartStore(31337);
    store.add(item("0x01"), 1, 5);
    store.add(item("0x02"), 2, 5);
    expect(new CartStore(31337).getLines().map((l) => [l.listingId, l.quantity])).toEqual([
      ["0x01", 1],
      ["0x02", 2],
    ]);
    expect(new CartStore(8453).getLines()).toEqual([]); // another chain, another cart

    // Alice had 0x02 in her cart from an earlier visit.
    localStorage.setItem(
      cartStorageKey({ chainId: 31337, account: alice.toLowerCase() }),
      JSON.stringify({ version: 1, lines: [{ ...item("0x02"), quantity: 1, addedAt: 0 }] }),
    );
    const listener = vi.fn();
    store.subscribe(listener);
    store.setAccount(alice);
    expect(store.getLines().map((l) => [l.listingId, l.quantity])).toEqual([
      ["0x02", 3],
      ["0x01", 1],
    ]);
    expect(listener).toHaveBeenCalled();
    expect(localStorage.getItem(cartStorageKey({ chainId: 31337 }))).toBeNull();

    store.setQuantity("0x02", 1);
    store.remove("0x01");
    store.setAccount(undefined); // disconnected: the guest's (now empty) cart
    expect(store.getLines()).toEqual([]);
    store.setAccount(alice);
    expect(store.getLines().map((l) => [l.listingId, l.quantity])).toEqual([["0x02", 1]]);
  });

  it("ignores stored data it cannot read, and follows changes made in another tab", () => {
    localStorage.setItem(cartStorageKey({ chainId: 1 }), "{not json");
    const store = new CartStore(1);
    expect(store.getLines()).toEqual([]);
    const listener = vi.fn();
    store.subscribe(listener);
    const key = cartStorageKey({ chainId: 1 });
    localStorage.setItem(key, JSON.stringify({ version: 1, lines: [{ ...item("0x09"), quantity: 2, addedAt: 0 }] }));
    window.dispatchEvent(new StorageEvent("storage", { key }));
    expect(store.getLines().map((l) => l.listingId)).toEqual(["0x09"]);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
