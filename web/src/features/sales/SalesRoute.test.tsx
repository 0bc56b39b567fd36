import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { buyer, completedOrder, DAY, paidOrder, PLACED, seller, shippedOrder } from "../orders/orderFixtures";
import { SALES_PAGE_SIZE } from "./hooks/useSales";
import { saleRow, salesAnswer } from "./saleFixtures";
import SalesRoute from "./SalesRoute";

const connectSeller = () => setAccountState({ status: "connected", address: seller as `0x${string}`, chainId: 31337 });
const renderSales = (client: Parameters<typeof renderPage>[1]["client"], path = "/sales", language?: "en" | "zh") =>
  renderPage(<SalesRoute />, { path, route: "/sales", client, language });
const REVIEW_CID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

const reviewedOrder = () =>
  completedOrder({
    id: `0x${"0".repeat(60)}00e2`,
    status: "Reviewed",
    review: {
      rating: 4,
      reviewCid: REVIEW_CID,
      timestamp: String(PLACED + 3 * DAY),
      content: {
        cid: REVIEW_CID,
        valid: true,
        title: "Lovely lamp",
        body: "Warm light.",
        images: ["photo-1.jpg"],
        imageAlts: ["The lamp, lit"],
      },
      reply: null,
    },
  });

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
  it("lists every sale newest first with the queue's counts, each with the tools it needs now", async () => {
    connectSeller();
    const orders = [
      saleRow(paidOrder({ id: `0x${"0".repeat(60)}00c1` })),
      saleRow(shippedOrder({ refunded: "5000000", escrow: "15000000" })),
      saleRow(reviewedOrder()),
      saleRow(completedOrder({ id: `0x${"0".repeat(60)}00e1` })),
    ];
    const { client, request } = fakeIndexer((operation) => {
      expect(operation).toBe("Sales");
      return salesAnswer(orders);
    });
    await renderSales(client);
    const sales = await screen.findAllByTestId("sale");
    expect(request.mock.calls[0]![1]).toEqual({ seller, where: {}, first: SALES_PAGE_SIZE + 1, skip: 0 });
    expect(sales.map((sale) => sale.getAttribute("data-order-id"))).toEqual(orders.map((order) => order.id));

    // The tabs, with how many orders each holds; "All" is the one shown.
    const tabs = within(screen.getByTestId("sales-tabs")).getAllByRole("link");
    expect(tabs.map((tab) => tab.textContent)).toEqual([
      "To ship 1",
      "Shipped 1",
      "Disputed 0",
      "Completed 2",
      "All 4",
    ]);
    expect(screen.getByTestId("sales-tab-all").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("sales-to-ship").textContent).toBe("1 order waits for you to ship it. Show them");

    expect(
      within(sales[1]!)
        .getByRole("link", { name: /Walnut desk lamp/ })
        .getAttribute("href"),
    ).toBe(`/orders/${orders[1]!.id}`);
    expect(within(sales[0]!).getByTestId("order-card-deadline").textContent).toBe("Seller ships by 1 d left");
    // A partial refund shows with what is left in escrow.
    expect(within(sales[1]!).getByTestId("sale-refunded").textContent).toBe(
      "5 USDC refunded to the buyer · 15 USDC left in escrow",
    );
    // The review with its verified photo; a reply form will come in the island.
    const review = within(sales[2]!).getByTestId("sale-review");
    expect(within(review).getByText("Lovely lamp")).toBeTruthy();
    expect((await within(review).findByRole("img", { name: "The lamp, lit" })).getAttribute("src")).toBe(
      `blob:test/${REVIEW_CID}/photo-1.jpg`,
    );
    // Tools (a wallet island: its fallback until the layer loads) for the paid, the shipped (refund)
    // and the reviewed (reply) orders; none for a completed order with nothing left to do.
    const tools = sales.map((sale) => within(sale).queryByText("Loading the tools for this order…") !== null);
    expect(tools).toEqual([true, true, true, false]);
  });

  it("switches tabs in the URL, asking the index for that state only", async () => {
    connectSeller();
    const paid = saleRow(paidOrder());
    const shipped = saleRow(shippedOrder({ id: `0x${"0".repeat(60)}00d1` }));
    const { client, request } = fakeIndexer((_operation, variables) => {
      const where = variables.where as { status?: string };
      const counts = { toShip: 1000, shipped: 1, disputed: 0, completed: 12, all: 1013 };
      if (where.status === "Paid") return salesAnswer([paid], counts);
      if (where.status === "Disputed") return salesAnswer([], counts);
      return salesAnswer([paid, shipped], counts);
    });
    await renderSales(client);
    await screen.findAllByTestId("sale");
    // The ids of open orders are counted up to 1,000: beyond, it says so.
    expect(screen.getByTestId("sales-tab-toShip").textContent).toBe("To ship 1,000+");

    fireEvent.click(screen.getByTestId("sales-tab-toShip"));
    await waitFor(() => expect(screen.getByTestId("sales-tab-toShip").getAttribute("aria-current")).toBe("page"));
    await waitFor(() => expect(screen.getAllByTestId("sale")).toHaveLength(1));
    expect(request.mock.calls.at(-1)![1]).toMatchObject({ where: { status: "Paid" }, skip: 0 });
    expect(screen.queryByTestId("sales-to-ship")).toBeNull();

    fireEvent.click(screen.getByTestId("sales-tab-disputed"));
    expect((await screen.findByTestId("sales-tab-empty")).textContent).toBe("No open disputes.");
    expect(request.mock.calls.at(-1)![1]).toMatchObject({ where: { status: "Disputed" } });
  });

  it("opens on the tab of the URL; completed covers reviewed and replied sales", async () => {
    connectSeller();
    const { client, request } = fakeIndexer(() => salesAnswer([saleRow(completedOrder())]));
    await renderSales(client, "/sales?tab=completed&page=2");
    await screen.findAllByTestId("sale");
    expect(request.mock.calls[0]![1]).toEqual({
      seller,
      where: { status_in: ["Completed", "Reviewed", "Replied"] },
      first: SALES_PAGE_SIZE + 1,
      skip: SALES_PAGE_SIZE,
    });
    expect(screen.getByRole("link", { name: "← Previous" }).getAttribute("href")).toBe("/sales?tab=completed");
  });

  it("says so when there are no sales yet, in Chinese too", async () => {
    connectSeller();
    const view = await renderSales(fakeIndexer(() => ({ _meta: null, account: null })).client);
    expect((await screen.findByTestId("sales-empty")).textContent).toContain("No sales yet.");
    view.unmount();
    await renderSales(fakeIndexer(() => salesAnswer([])).client, "/sales", "zh");
    expect((await screen.findByTestId("sales-empty")).textContent).toContain("还没有销售。");
  });

  it("shows the tabs in Chinese with the buyer's review", async () => {
    connectSeller();
    await renderSales(fakeIndexer(() => salesAnswer([saleRow(reviewedOrder())])).client, "/sales", "zh");
    await screen.findAllByTestId("sale");
    const tabs = within(screen.getByTestId("sales-tabs")).getAllByRole("link");
    expect(tabs.map((tab) => tab.textContent)).toEqual(["待发货 0", "已发货 0", "争议中 0", "已完成 1", "全部 1"]);
    expect(screen.getByRole("heading", { name: "买家的评价" })).toBeTruthy();
  });

  it("asks to connect a wallet, and reads nothing, while none is connected", async () => {
    setAccountState({ status: "disconnected" });
    const { client, request } = fakeIndexer(() => salesAnswer([]));
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

  it("never lists another seller's orders as the connected seller's (the seller is the query's account)", async () => {
    setAccountState({ status: "connected", address: buyer as `0x${string}`, chainId: 31337 });
    const { client, request } = fakeIndexer(() => salesAnswer([]));
    await renderSales(client);
    await screen.findByTestId("sales-empty");
    expect(request.mock.calls[0]![1]).toMatchObject({ seller: buyer });
  });
});
