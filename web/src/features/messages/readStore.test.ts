import { act, renderHook } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import {
  countUnread,
  markRead,
  orderKey,
  readMarksOf,
  readStorageKey,
  resetReadStore,
  useReadMarks,
} from "./readStore";

const me = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const them = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
const orderA = orderKey((1n << 48n) | 1n);
const orderB = orderKey((2n << 48n) | 1n);

beforeEach(() => resetReadStore());

describe("read marks", () => {
  it("spells order ids as the subgraph does, from decimal or hex", () => {
    expect(orderKey("281474976710657")).toBe(`0x${"1000000000001".padStart(64, "0")}`);
    expect(orderKey("0x1000000000001")).toBe(orderKey("281474976710657"));
  });

  it("keeps the newest log order read per order, per chain and account, and never moves back", () => {
    markRead(31337, me, orderA, 5n);
    markRead(31337, me, orderA, "3");
    markRead(31337, me.toUpperCase().replace("0X", "0x"), BigInt(orderB).toString(), 9n);
    expect(readMarksOf(31337, me)).toEqual({ [orderA]: "5", [orderB]: "9" });
    expect(readMarksOf(1, me)).toEqual({});
    expect(JSON.parse(localStorage.getItem(readStorageKey(31337, me))!)).toEqual({
      version: 1,
      orders: { [orderA]: "5", [orderB]: "9" },
    });
    expect(readStorageKey(31337, me)).toBe(`agora.read.31337.${me}`);
  });

  it("re-renders on a mark from this tab or from another", () => {
    const { result } = renderHook(() => useReadMarks(31337, me));
    expect(result.current).toEqual({});
    act(() => markRead(31337, me, orderA, 7n));
    expect(result.current).toEqual({ [orderA]: "7" });

    const key = readStorageKey(31337, me);
    localStorage.setItem(key, JSON.stringify({ version: 1, orders: { [orderA]: "7", [orderB]: "2" } }));
    act(() => window.dispatchEvent(new StorageEvent("storage", { key })));
    expect(result.current).toEqual({ [orderA]: "7", [orderB]: "2" });
  });

  it("ignores storage it does not understand", () => {
    localStorage.setItem(readStorageKey(31337, me), JSON.stringify({ version: 2, orders: [] }));
    expect(readMarksOf(31337, me)).toEqual({});
  });
});

describe("unread counts", () => {
  const messages = [
    { order: orderA, sender: them, logOrder: "30" },
    { order: orderA, sender: me, logOrder: "20" },
    { order: orderA, sender: them, logOrder: "10" },
    { order: orderB, sender: them.toUpperCase().replace("0X", "0x"), logOrder: "40" },
    { order: orderB, sender: me.toUpperCase().replace("0X", "0x"), logOrder: "50" },
  ];

  it("counts the other party's messages newer than the order's mark", () => {
    expect(countUnread(messages, me, {})).toEqual(
      new Map([
        [orderA, 2],
        [orderB, 1],
      ]),
    );
    expect(countUnread(messages, me, { [orderA]: "10" })).toEqual(
      new Map([
        [orderA, 1],
        [orderB, 1],
      ]),
    );
    // Read up to the newest: nothing left; the account's own messages never count.
    expect(countUnread(messages, me, { [orderA]: "30", [orderB]: "40" })).toEqual(new Map());
    // The other side reads the same orders: one message from `me` on each.
    expect(countUnread(messages, them, {})).toEqual(
      new Map([
        [orderA, 1],
        [orderB, 1],
      ]),
    );
  });
});
