import { describe, expect, it } from "vitest";
import type { InboxOrderFragment, InboxQuery } from "../../lib/indexer/generated/graphql";
import { orderKey } from "../messages/readStore";
import { inboxEntries, SOON_SECONDS } from "./inboxEntries";

const me = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
const other = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const now = 1_700_000_000;
const hour = 3_600;

/** An order as the `InboxOrder` fragment answers it. */
function order(number: number, fields: Partial<InboxOrderFragment> = {}): InboxOrderFragment {
  return {
    id: orderKey((BigInt(other) << 96n) | (BigInt(number) << 48n) | 1n),
    status: "Paid",
    shipDeadline: String(now + 3 * 86_400),
    confirmDeadline: null,
    metadata: { name: `Item ${number}` },
    listing: { id: orderKey((BigInt(other) << 96n) | (BigInt(number) << 48n)) },
    ...fields,
  };
}

const empty: InboxQuery = { toConfirm: [], toCancel: [], toReclaim: [], toShip: [], toAnswer: [], messages: [] };
const classify = (data: Partial<InboxQuery>, marks = {}) =>
  inboxEntries({ ...empty, ...data }, { now, account: me, marks });
const summary = (data: Partial<InboxQuery>, marks = {}) =>
  classify(data, marks).map(({ reason, role, time, soon, overdue, unread }) => ({
    reason,
    role,
    time,
    soon,
    overdue,
    ...(unread !== undefined ? { unread } : {}),
  }));

describe("inbox classification", () => {
  it("buyer: a shipped order to confirm, with its confirmation deadline", () => {
    const shipped = order(1, { status: "Shipped", confirmDeadline: String(now + 5 * 86_400) });
    const [entry] = classify({ toConfirm: [shipped] });
    expect(entry).toMatchObject({ reason: "confirm", role: "buyer", time: now + 5 * 86_400, soon: false });
    expect(entry!.order).toBe(shipped);
    expect(entry!.key).toBe(`confirm:${shipped.id}`);
  });

  it("buyer: an order not shipped in time can be cancelled, and an unruled dispute reclaimed", () => {
    const late = order(2, { shipDeadline: String(now - 2 * hour) });
    const disputed = order(3, { status: "Disputed" });
    expect(summary({ toCancel: [late], toReclaim: [{ rulingDeadline: String(now - hour), order: disputed }] })).toEqual(
      [
        { reason: "cancel", role: "buyer", time: now - 2 * hour, soon: false, overdue: false },
        { reason: "reclaim", role: "buyer", time: now - hour, soon: false, overdue: false },
      ],
    );
  });

  it("seller: orders to ship and disputes to answer, each with its deadline", () => {
    const paid = order(4, { shipDeadline: String(now + 2 * 86_400) });
    const disputed = order(5, { status: "Disputed" });
    expect(
      summary({ toShip: [paid], toAnswer: [{ rulingDeadline: String(now + 4 * 86_400), order: disputed }] }),
    ).toEqual([
      { reason: "ship", role: "seller", time: now + 2 * 86_400, soon: false, overdue: false },
      { reason: "answer", role: "seller", time: now + 4 * 86_400, soon: false, overdue: false },
    ]);
  });

  it("flags deadlines within 24 hours (inclusive) and overdue shipments, and puts them first", () => {
    const entries = summary({
      toShip: [
        order(6, { shipDeadline: String(now + SOON_SECONDS + 1) }),
        order(7, { shipDeadline: String(now + SOON_SECONDS) }),
        order(8, { shipDeadline: String(now - hour) }),
      ],
      toConfirm: [order(9, { status: "Shipped", confirmDeadline: String(now + hour) })],
      toCancel: [order(10, { shipDeadline: String(now - 86_400) })],
    });
    expect(entries).toEqual([
      // Flagged, soonest first: the overdue shipment, then 1 hour, then exactly 24 hours.
      { reason: "ship", role: "seller", time: now - hour, soon: true, overdue: true },
      { reason: "confirm", role: "buyer", time: now + hour, soon: true, overdue: false },
      { reason: "ship", role: "seller", time: now + SOON_SECONDS, soon: true, overdue: false },
      // Money to take back, then later deadlines.
      { reason: "cancel", role: "buyer", time: now - 86_400, soon: false, overdue: false },
      { reason: "ship", role: "seller", time: now + SOON_SECONDS + 1, soon: false, overdue: false },
    ]);
  });

  it("new messages: the other party's messages newer than the last read, one entry per order, newest first", () => {
    const a = order(11);
    const b = order(12);
    const messages: InboxQuery["messages"] = [
      { order: b, sender: other, timestamp: String(now - 60), logOrder: "500" },
      { order: a, sender: other, timestamp: String(now - 120), logOrder: "400" },
      { order: a, sender: me, timestamp: String(now - 180), logOrder: "300" },
      { order: a, sender: other, timestamp: String(now - 240), logOrder: "200" },
    ];
    expect(summary({ messages })).toEqual([
      { reason: "messages", role: undefined, time: now - 60, soon: false, overdue: false, unread: 1 },
      { reason: "messages", role: undefined, time: now - 120, soon: false, overdue: false, unread: 2 },
    ]);
    // Read up to 200 on order a: one left there; read everything on b: no entry.
    expect(summary({ messages }, { [a.id]: "200", [b.id]: "500" })).toEqual([
      { reason: "messages", role: undefined, time: now - 120, soon: false, overdue: false, unread: 1 },
    ]);
    // Only the account's own messages: nothing new.
    expect(classify({ messages: [messages[2]!] })).toEqual([]);
  });

  it("nothing waits: no entries", () => {
    expect(classify({})).toEqual([]);
  });
});
