import { screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { completedOrder, DAY, orderRow, paidOrder, PLACED, seller, shippedOrder } from "../orders/orderFixtures";
import { ORDERS_PAGE_SIZE as SALES_PAGE_SIZE } from "../orders/hooks/useAccountOrders";
import SalesRoute from "./SalesRoute";

const connectSeller = () => setAccountState({ status: "connected", address: seller as `0x${string}`, chainId: 31337 });
const answer = (orders: ReturnType<typeof orderRow>[]) => ({ _meta: { block: { timestamp: PLACED } }, orders });
const renderSales = (client: Parameters<typeof renderPage>[1]["client"], language?: "en" | "zh") =>
  renderPage(<SalesRoute />, { path: "/sales", route: "/sales", client, language });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 2 * DAY) * 1000);
  resetChainClock();
});
afterEach(() => {
  setAccountState({ status: "unknown" });
  vi.useRealTimers();
  resetChainClock();
});

describe("sales page", () => {
  it("lists the connected seller's orders newest first, each linking to its page, paid ones to ship", async () => {
    connectSeller();
    const orders = [
      paidOrder({ id: `0x${"0".repeat(60)}00c1` }),
      shippedOrder(),
      completedOrder({ id: `0x${"0".repeat(60)}00e1` }),
    ];
    const { client, request } = fakeIndexer((operation) => {
      expect(operation).toBe("Orders");
      return answer(orders.map(orderRow));
    });
    await renderSales(client);
    const sales = await screen.findAllByTestId("sale");
    expect(sales).toHaveLength(3);
    expect(request.mock.calls[0]![1]).toEqual({ where: { seller }, first: SALES_PAGE_SIZE + 1, skip: 0 });

    expect(sales.map((sale) => sale.getAttribute("data-order-id"))).toEqual(orders.map((order) => order.id));
    expect(within(sales[1]!).getByRole("link").getAttribute("href")).toBe(`/orders/${orders[1]!.id}`);
    expect(within(sales[1]!).getByTestId("order-status").textContent).toBe("Shipped");
    // Only the paid order gets a Ship panel (a wallet island: its fallback until the layer loads).
    expect(sales.map((sale) => sale.getAttribute("data-to-ship"))).toEqual(["true", null, null]);
    expect(within(sales[0]!).getByText("Loading the shipping tools…")).toBeTruthy();
    expect(within(sales[1]!).queryByText("Loading the shipping tools…")).toBeNull();
    expect(within(sales[0]!).getByTestId("order-card-deadline").textContent).toBe("Seller ships by 1 d left");
    expect(screen.getByTestId("sales-to-ship").textContent).toBe("1 order to ship on this page");
  });

  it("says so when there are no sales yet, in Chinese too", async () => {
    connectSeller();
    const { client } = fakeIndexer(() => answer([]));
    const view = await renderSales(client);
    expect((await screen.findByTestId("sales-empty")).textContent).toContain("No sales yet.");
    view.unmount();
    await renderSales(fakeIndexer(() => answer([])).client, "zh");
    expect((await screen.findByTestId("sales-empty")).textContent).toContain("还没有销售。");
  });

  it("asks to connect a wallet, and reads nothing, while none is connected", async () => {
    setAccountState({ status: "disconnected" });
    const { client, request } = fakeIndexer(() => answer([]));
    await renderSales(client);
    expect(await screen.findByTestId("sales-connect")).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it("shows the indexer's failure with a retry", async () => {
    connectSeller();
    const { client } = fakeIndexer(() => {
      throw new Error("indexer down");
    });
    await renderSales(client);
    expect(await screen.findByTestId("sales-error")).toBeTruthy();
  });
});
