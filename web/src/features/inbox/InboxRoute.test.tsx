import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { InboxOrderFragment, InboxQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { markRead, orderKey, resetReadStore } from "../messages/readStore";
import { InboxBadge } from "./InboxBadge";
import InboxRoute from "./InboxRoute";

const me = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const NOW = 1_700_000_000;

function order(listing: number, number: number, fields: Partial<InboxOrderFragment> = {}): InboxOrderFragment {
  const listingId = (BigInt(seller) << 96n) | (BigInt(listing) << 48n);
  return {
    id: orderKey(listingId | BigInt(number)),
    status: "Paid",
    shipDeadline: String(NOW + 3 * 86_400),
    confirmDeadline: null,
    metadata: { name: `Lamp ${listing}` },
    listing: { id: orderKey(listingId) },
    ...fields,
  };
}

const empty: InboxQuery = { toConfirm: [], toCancel: [], toReclaim: [], toShip: [], toAnswer: [], messages: [] };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW * 1000 });
  resetReadStore();
});
afterEach(() => {
  vi.useRealTimers();
  setAccountState({ status: "unknown" });
});

const connect = () => setAccountState({ status: "connected", address: me, chainId: 31337 });

describe("inbox page", () => {
  it("lists what waits on the account, flagged deadlines first, each linking to its order", async () => {
    connect();
    const shipped = order(12, 3, { status: "Shipped", confirmDeadline: String(NOW + 5 * 3_600) });
    const late = order(14, 1, { shipDeadline: String(NOW - 86_400), metadata: null });
    const chatty = order(15, 2);
    const { client, request } = fakeIndexer((operation) => {
      if (operation !== "Inbox") throw new Error(`unexpected ${operation}`);
      return {
        ...empty,
        toConfirm: [shipped],
        toCancel: [late],
        messages: [{ order: chatty, sender: seller, timestamp: String(NOW - 600), logOrder: "900" }],
      } satisfies InboxQuery;
    });
    await renderPage(<InboxRoute />, { path: "/inbox", client });

    const entries = await screen.findAllByTestId("inbox-entry");
    expect(entries.map((entry) => entry.dataset.reason)).toEqual(["confirm", "cancel", "messages"]);
    expect(request.mock.calls[0]![1]).toEqual({ account: me.toLowerCase(), now: String(NOW) });

    const [confirm, cancel, messages] = entries as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(confirm).getByRole("link").getAttribute("href")).toBe(`/orders/${BigInt(shipped.id).toString()}`);
    expect(confirm.textContent).toContain("Confirm receipt, or open a dispute");
    expect(confirm.textContent).toContain("Lamp 12 · Order #12-3 · As buyer");
    expect(confirm.textContent).toContain("in 5 hours");
    expect(within(confirm).getByTestId("inbox-soon").textContent).toBe("Within 24 hours");
    expect(cancel.textContent).toContain("Not shipped in time: you can cancel for a full refund");
    // No metadata indexed: named by the listing number.
    expect(cancel.textContent).toContain("#14 · Order #14-1");
    expect(within(cancel).queryByTestId("inbox-soon")).toBeNull();
    expect(messages.textContent).toContain("1 new message");
  });

  it("says when nothing needs the account", async () => {
    connect();
    const shipped = order(20, 1);
    const { client } = fakeIndexer(() => ({
      ...empty,
      messages: [{ order: shipped, sender: seller, timestamp: String(NOW - 60), logOrder: "77" }],
    }));
    // That message was read already.
    markRead(31337, me, shipped.id, 77n);
    await renderPage(<InboxRoute />, { path: "/inbox", client });
    expect((await screen.findByTestId("inbox-empty")).textContent).toContain("Nothing needs you right now.");
  });

  it("asks to connect a wallet, without querying the index", async () => {
    setAccountState({ status: "disconnected" });
    const { client, request } = fakeIndexer(() => empty);
    await renderPage(<InboxRoute />, { path: "/inbox", client });
    expect((await screen.findByTestId("inbox-connect")).textContent).toContain("Connect your wallet");
    expect(screen.getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it("shows loading while the wallet reconnects, and the index's failure with a retry", async () => {
    const { client } = fakeIndexer(() => {
      throw new Error("down");
    });
    await renderPage(<InboxRoute />, { path: "/inbox", client });
    expect(await screen.findByTestId("inbox-loading")).toBeTruthy();
    connect();
    expect(await screen.findByTestId("inbox-error")).toBeTruthy();
  });
});

describe("inbox badge", () => {
  it("renders nothing and sends nothing while no account is connected", async () => {
    setAccountState({ status: "disconnected" });
    const { client, request } = fakeIndexer(() => empty);
    await renderPage(<InboxBadge />, { path: "/", client });
    expect(screen.queryByTestId("inbox-badge")).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it("counts what waits on the connected account", async () => {
    connect();
    const { client } = fakeIndexer(() => ({
      ...empty,
      toShip: [order(30, 1), order(31, 1)],
      toReclaim: [{ rulingDeadline: String(NOW - 60), order: order(32, 1, { status: "Disputed" }) }],
    }));
    await renderPage(<InboxBadge />, { path: "/", client });
    const badge = await screen.findByRole("link", { name: "Inbox: 3 things need you" });
    expect(badge.getAttribute("href")).toBe("/inbox");
    expect(badge.textContent).toBe("3");
  });
});
