import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import type { DashboardQuery, SalesExportQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { eth, usdc } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { DAY_SECONDS, utcDayStart } from "./dailySeries";
import DashboardRoute from "./DashboardRoute";
import { allSellerOrders } from "./hooks/useSalesExport";

// The chart (recharts) draws nothing at jsdom's zero size: a stand-in shows what it was given.
vi.mock("./components/SalesChart", () => ({
  default: ({ series, token }: { series: { volume: bigint }[]; token: { symbol: string } }) => (
    <div data-testid="chart-stand-in" data-token={token.symbol} data-days={series.length} />
  ),
}));

const me = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const seller = me.toLowerCase();
const buyer = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
const today = utcDayStart(Math.floor(Date.now() / 1000));
const day = (offset: number) => today + offset * DAY_SECONDS;

function tokenDay(token: typeof eth, volume: string, refunded = "0") {
  return { token, volume, refunded, netVolume: String(BigInt(volume) - BigInt(refunded)), earnings: "0" };
}

const answer: DashboardQuery = {
  _meta: { block: { timestamp: Math.floor(Date.now() / 1000) } },
  account: {
    id: seller,
    activeListingCount: 2,
    salesCount: 5,
    completedSalesCount: 2,
    refundedSalesCount: 1,
    disputedSalesCount: 1,
    ratingAverage: "4.5",
    ratingCount: 2,
    tokens: [
      {
        token: eth,
        salesVolume: "1500000000000000000",
        sellerEarnings: "490000000000000000",
        refundsGiven: "100000000000000000",
        creditBalance: "0",
      },
      { token: usdc, salesVolume: "37500000", sellerEarnings: "12250000", refundsGiven: "0", creditBalance: "3000000" },
      // Bought with DAI, never sold in it: not a selling figure.
      {
        token: { id: "0x00000000000000000000000000000000000000da", symbol: "DAI", decimals: 18, native: false },
        salesVolume: "0",
        sellerEarnings: "0",
        refundsGiven: "0",
        creditBalance: "0",
      },
    ],
  },
  sellerDayDatas: [
    {
      date: day(-20),
      ordersPlaced: 1,
      ordersCompleted: 0,
      ordersRefunded: 0,
      netOrders: 1,
      unitsSold: "1",
      tokens: [tokenDay(usdc, "25000000")],
    },
    {
      date: day(-3),
      ordersPlaced: 3,
      ordersCompleted: 1,
      ordersRefunded: 1,
      netOrders: 2,
      unitsSold: "3",
      tokens: [tokenDay(eth, "1500000000000000000", "100000000000000000"), tokenDay(usdc, "12500000")],
    },
    {
      date: day(0),
      ordersPlaced: 1,
      ordersCompleted: 1,
      ordersRefunded: 0,
      netOrders: 1,
      unitsSold: "1",
      tokens: [],
    },
  ],
  openOrders: [
    { escrow: "500000000000000000", token: eth },
    { escrow: "400000000000000000", token: eth },
    { escrow: "12500000", token: usdc },
  ],
  bestSellers: [
    {
      id: "0x07",
      unitsSold: "3",
      orderCount: 2,
      volume: "1500000000000000000",
      token: eth,
      current: [{ name: "Walnut desk lamp" }],
    },
    { id: "0x09", unitsSold: "1", orderCount: 1, volume: "25000000", token: usdc, current: [] },
  ],
};

const connect = () => setAccountState({ status: "connected", address: me, chainId: 31337 });

beforeEach(connect);
afterEach(() => {
  setAccountState({ status: "unknown" });
  resetChainClock();
});

const text = (testId: string) => screen.getByTestId(testId).textContent;

describe("seller dashboard", () => {
  it("shows the totals, per-token figures with escrow and credits, best sellers and the last 30 days", async () => {
    const { client, request } = fakeIndexer((operation) => {
      if (operation !== "Dashboard") throw new Error(`unexpected ${operation}`);
      return answer;
    });
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client });

    const totals = await screen.findByTestId("dashboard-totals");
    expect(within(totals).getByTestId("stat-sales").textContent).toBe("Orders5");
    expect(text("stat-completed")).toBe("Completed2");
    expect(text("stat-refunded")).toBe("Refunded1");
    expect(text("stat-disputed")).toBe("Disputed1");
    expect(text("stat-rating")).toContain("4.5 / 5");
    expect(text("stat-rating")).toContain("2 reviews");
    expect(request.mock.calls[0]![1]).toEqual({ seller, sellerRef: seller, since: day(-89) });

    // ETH and USDC, by symbol; DAI (bought, never sold) is left out.
    const cards = screen.getAllByTestId("dashboard-token-totals");
    expect(cards.map((card) => card.dataset.token)).toEqual([eth.id, usdc.id]);
    const figure = (card: HTMLElement, name: string) => card.querySelector(`[data-figure="${name}"] dd`)!.textContent;
    expect(figure(cards[0]!, "volume")).toBe("1.5 ETH");
    expect(figure(cards[0]!, "earnings")).toBe("0.49 ETH");
    expect(figure(cards[0]!, "refunds")).toBe("0.1 ETH");
    expect(figure(cards[0]!, "escrow")).toBe("0.9 ETH");
    expect(figure(cards[0]!, "credits")).toBe("0 ETH");
    expect(within(cards[0]!).queryByRole("link")).toBeNull();
    expect(figure(cards[1]!, "escrow")).toBe("12.5 USDC");
    expect(within(cards[1]!).getByRole("link", { name: "Withdraw on the credits page" }).getAttribute("href")).toBe(
      "/credits",
    );
    expect(figure(cards[1]!, "credits")).toContain("3 USDC");

    const best = within(screen.getByTestId("dashboard-best-sellers")).getAllByRole("listitem");
    expect(within(best[0]!).getByRole("link", { name: "Walnut desk lamp" }).getAttribute("href")).toBe("/listing/0x07");
    expect(best[0]!.textContent).toContain("3 sold · 2 orders");
    expect(best[0]!.textContent).toContain("1.5 ETH");
    expect(within(best[1]!).getByRole("link").textContent).toBe("Listing 0x09");
    expect(best[1]!.textContent).toContain("25 USDC");

    // The chart: 30 days in ETH (first by symbol), loaded lazily; counts over every token.
    expect((await screen.findByTestId("chart-stand-in")).dataset).toMatchObject({ token: "ETH", days: "30" });
    expect(text("dashboard-chart-summary")).toBe(
      "Last 30 days: 5 orders, 1.5 ETH. Order counts include every token; revenue is in ETH.",
    );
    const rows = within(screen.getByTestId("dashboard-table")).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(30);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent);
    // Newest first: today (an order in no token's volume yet), gaps at zero, day -3's sales.
    expect(cells(rows[0]!)).toEqual(["1", "0 ETH", "0 ETH"]);
    expect(cells(rows[1]!)).toEqual(["0", "0 ETH", "0 ETH"]);
    expect(cells(rows[3]!)).toEqual(["3", "1.5 ETH", "0.1 ETH"]);
    expect(rows[3]!.dataset.day).toBe(new Date(day(-3) * 1000).toISOString().slice(0, 10));
  });

  it("switches token and period without reading again", async () => {
    const { client, request } = fakeIndexer(() => answer);
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client });
    fireEvent.change(await screen.findByTestId("dashboard-token"), { target: { value: usdc.id } });
    expect(text("dashboard-chart-summary")).toContain("Last 30 days: 5 orders, 37.5 USDC.");
    fireEvent.click(within(screen.getByTestId("dashboard-period")).getByRole("button", { name: "7 days" }));
    expect(text("dashboard-chart-summary")).toContain("Last 7 days: 4 orders, 12.5 USDC.");
    expect(within(screen.getByTestId("dashboard-table")).getAllByRole("row")).toHaveLength(8);
    expect((await screen.findByTestId("chart-stand-in")).dataset).toMatchObject({ token: "USDC", days: "7" });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("reads the period and token from the URL, and has no token choice with one token", async () => {
    const oneToken: DashboardQuery = {
      ...answer,
      account: { ...answer.account!, tokens: [answer.account!.tokens[1]!] },
      sellerDayDatas: [answer.sellerDayDatas[0]!],
      openOrders: [],
    };
    const { client } = fakeIndexer(() => oneToken);
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard?days=90", client });
    expect((await screen.findByTestId("dashboard-chart-summary")).textContent).toBe("Last 90 days: 1 order, 25 USDC.");
    expect(screen.queryByTestId("dashboard-token")).toBeNull();
    expect(
      within(screen.getByTestId("dashboard-period"))
        .getByRole("button", { name: "90 days" })
        .getAttribute("aria-pressed"),
    ).toBe("true");
  });

  it("downloads every order as CSV", async () => {
    const exported: SalesExportQuery["orders"] = [
      {
        id: "0x01",
        orderId: "41",
        placedAt: String(day(-3)),
        quantity: "1",
        amount: "1500000000000000000",
        platformFee: "0",
        status: "Shipped",
        shippedAt: String(day(-2)),
        closedAt: null,
        token: eth,
        buyer: { id: buyer },
        metadata: { name: "Walnut desk lamp" },
        listing: { id: "0x07", current: [{ name: "Walnut desk lamp" }] },
      },
    ];
    const { client, request } = fakeIndexer((operation) =>
      operation === "SalesExport" ? { orders: exported } : answer,
    );
    const blobs: Blob[] = [];
    // jsdom has no object URLs: this one keeps the Blob to read back.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:csv";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.href).toBe("blob:csv");
    });
    try {
      await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client });
      fireEvent.click(await screen.findByTestId("dashboard-export"));
      await waitFor(() => expect(text("dashboard-export-status")).toBe("Downloaded 1 order."));
      expect(clicked).toHaveBeenCalledTimes(1);
      expect(clicked.mock.contexts[0]).toMatchObject({
        download: expect.stringMatching(/^agora-sales-0x709979-\d{4}-\d\d-\d\d\.csv$/),
      });
      const csv = await blobs[0]!.text();
      const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe(
        "order_id,date,listing_id,listing_title,buyer,quantity,token,amount,fee,status,shipped_at,closed_at",
      );
      expect(lines[1]).toBe(
        `41,${new Date(day(-3) * 1000).toISOString()},0x07,Walnut desk lamp,${buyer},1,ETH,1.5,0,Shipped,${new Date(day(-2) * 1000).toISOString()},`,
      );
      expect(request.mock.calls.find(([document]) => String(document).includes("SalesExport"))![1]).toEqual({
        seller,
        after: "0",
        first: 1000,
      });
    } finally {
      clicked.mockRestore();
      Reflect.deleteProperty(URL, "createObjectURL");
      Reflect.deleteProperty(URL, "revokeObjectURL");
    }
  });

  it("says when the export fails", async () => {
    const { client } = fakeIndexer((operation) => {
      if (operation === "SalesExport") throw new Error("down");
      return answer;
    });
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client });
    fireEvent.click(await screen.findByTestId("dashboard-export"));
    expect((await screen.findByTestId("dashboard-export-error")).textContent).toBe(
      "The orders could not be read. Try again in a moment.",
    );
  });

  it("welcomes a seller without sales, with a way to a first listing", async () => {
    const { client } = fakeIndexer(() => ({
      ...answer,
      account: null,
      sellerDayDatas: [],
      openOrders: [],
      bestSellers: [],
    }));
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client });
    const empty = await screen.findByTestId("dashboard-empty");
    expect(empty.textContent).toContain("No sales yet.");
    expect(within(empty).getByRole("link", { name: "Create a listing" }).getAttribute("href")).toBe("/sell/new");
    expect(screen.queryByTestId("dashboard-chart")).toBeNull();
  });

  it("asks to connect without reading", async () => {
    setAccountState({ status: "disconnected" });
    const quiet = fakeIndexer(() => answer);
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client: quiet.client });
    expect(await screen.findByTestId("dashboard-connect")).toBeTruthy();
    expect(quiet.request).not.toHaveBeenCalled();
  });

  it("shows the index's failure with a retry, in Chinese", async () => {
    const { client } = fakeIndexer(() => {
      throw new Error("down");
    });
    await renderPage(<DashboardRoute />, { path: "/sell/dashboard", client, language: "zh" });
    expect(await screen.findByTestId("dashboard-error")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("销售概览");
  });
});

describe("all of a seller's orders", () => {
  it("reads page after page, each after the last order id, until a short page", async () => {
    const ids = ["3", "5", "8", "13", "21"];
    const { client, request } = fakeIndexer((_operation, variables) => {
      const after = BigInt(variables.after as string);
      const orders = ids.filter((id) => BigInt(id) > after).slice(0, variables.first as number);
      return { orders: orders.map((orderId) => ({ orderId })) };
    });
    const orders = await allSellerOrders(client, seller, 2);
    expect(orders.map((order) => order.orderId)).toEqual(ids);
    expect(request.mock.calls.map(([, variables]) => (variables as { after: string }).after)).toEqual(["0", "5", "13"]);
  });
});
