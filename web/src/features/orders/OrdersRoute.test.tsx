import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { ORDERS_PAGE_SIZE } from "./hooks/useAccountOrders";
import { resetChainClock } from "../../lib/chain/chainClock";
import { buyer, completedOrder, DAY, disputedOrder, orderRow, paidOrder, PLACED, shippedOrder } from "./orderFixtures";
import OrdersRoute from "./OrdersRoute";

const connect = () =>
  setAccountState({ status: "connected", address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", chainId: 31337 });
const answer = (orders: ReturnType<typeof orderRow>[]) => ({ _meta: { block: { timestamp: PLACED } }, orders });
const renderOrders = (path: string, client: Parameters<typeof renderPage>[1]["client"], language?: "en" | "zh") =>
  renderPage(<OrdersRoute />, { path, route: "/orders", client, language });

beforeEach(() => {
  // The browser's clock: two days after the fixtures' orders were placed.
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 2 * DAY) * 1000);
  resetChainClock();
});
afterEach(() => {
  setAccountState({ status: "unknown" });
  vi.useRealTimers();
  resetChainClock();
});

describe("orders page", () => {
  it("lists the connected buyer's orders: photo, title, number, status, amount and the next deadline", async () => {
    connect();
    const orders = [
      paidOrder({ id: `0x${"0".repeat(60)}00c1` }),
      shippedOrder(),
      disputedOrder({ id: `0x${"0".repeat(60)}00d1` }),
      completedOrder({ id: `0x${"0".repeat(60)}00e1`, metadata: null }),
    ];
    const { client, request } = fakeIndexer((operation) => {
      expect(operation).toBe("Orders");
      return answer(orders.map(orderRow));
    });
    await renderOrders("/orders", client);
    const cards = await screen.findAllByTestId("order-card");
    expect(cards).toHaveLength(4);
    expect(request.mock.calls[0]![1]).toMatchObject({ where: { buyer }, first: ORDERS_PAGE_SIZE + 1, skip: 0 });

    const shipped = within(cards[1]!);
    expect(shipped.getByTestId("order-card-title").textContent).toBe("Walnut desk lamp");
    expect(shipped.getByText(/^Order #12-3/)).toBeTruthy();
    expect(shipped.getByTestId("order-status").textContent).toBe("Shipped");
    expect(shipped.getByTestId("order-card-amount").textContent).toBe("20 USDC · 2 items");
    expect(shipped.getByTestId("order-card-deadline").textContent).toBe("Confirm by 6 d left");
    expect(shipped.getByRole("link").getAttribute("href")).toBe(`/orders/${orders[1]!.id}`);
    expect((await shipped.findByTestId("ipfs-image")).getAttribute("data-address")).toBe(
      `${orders[1]!.metadata!.cid}/photo-1.jpg`,
    );

    // The seller has a day left to ship the paid one; the arbiter has 15 days left to rule.
    expect(within(cards[0]!).getByTestId("order-card-deadline").textContent).toBe("Seller ships by 1 d left");
    expect(within(cards[2]!).getByTestId("order-card-deadline").textContent).toBe("Ruling due 15 d left");
    // A completed order has no deadline; with its purchase version unreadable, the current one names it.
    expect(within(cards[3]!).queryByTestId("order-card-deadline")).toBeNull();
    expect(within(cards[3]!).getByTestId("order-card-title").textContent).toBe("Walnut desk lamp (2024)");
  });

  it("pages with the URL: 20 a page, the next asked with skip", async () => {
    connect();
    const full = Array.from({ length: ORDERS_PAGE_SIZE + 1 }, (_, index) =>
      orderRow(paidOrder({ id: `0x${(index + 1).toString(16).padStart(64, "0")}` })),
    );
    const { client, request } = fakeIndexer((_operation, variables) =>
      answer(variables.skip === 0 ? full : [orderRow(shippedOrder())]),
    );
    await renderOrders("/orders", client);
    expect(await screen.findAllByTestId("order-card")).toHaveLength(ORDERS_PAGE_SIZE);
    fireEvent.click(screen.getByRole("link", { name: "Next →" }));
    await waitFor(() => expect(screen.getAllByTestId("order-card")).toHaveLength(1));
    expect(request.mock.calls.at(-1)![1]).toMatchObject({ skip: ORDERS_PAGE_SIZE });
    expect(screen.getByRole("link", { name: "← Previous" })).toBeTruthy();
    expect(screen.queryByRole("link", { name: "Next →" })).toBeNull();
  });

  it("says so when the account has bought nothing, with a way to browse", async () => {
    connect();
    const { client } = fakeIndexer(() => answer([]));
    await renderOrders("/orders", client);
    const empty = await screen.findByTestId("orders-empty");
    expect(empty.textContent).toContain("You have not bought anything with this account yet.");
    expect(within(empty).getByRole("link", { name: "Browse the catalogue" }).getAttribute("href")).toBe("/");
  });

  it("asks a disconnected visitor to connect, and reads nothing; waits while the wallet is unknown", async () => {
    const { client, request } = fakeIndexer(() => answer([]));
    const first = await renderOrders("/orders", client);
    expect(await screen.findByTestId("orders-loading")).toBeTruthy();
    first.unmount();
    setAccountState({ status: "disconnected" });
    await renderOrders("/orders", client);
    const prompt = await screen.findByTestId("orders-connect");
    expect(prompt.textContent).toContain("Connect your wallet to see the orders you placed with it.");
    expect(within(prompt).getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it("shows an index error with a retry, and speaks Chinese", async () => {
    connect();
    let fail = true;
    const { client } = fakeIndexer(() => {
      if (fail) throw new Error("down");
      return answer([orderRow(shippedOrder())]);
    });
    await renderOrders("/orders", client, "zh");
    const error = await screen.findByTestId("orders-error");
    fail = false;
    fireEvent.click(within(error).getByRole("button"));
    const card = await screen.findByTestId("order-card");
    expect(within(card).getByTestId("order-status").textContent).toBe("已发货");
    expect(within(card).getByTestId("order-card-deadline").textContent).toBe("确认收货期限 还剩 6 天");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("我的订单");
  });
});
