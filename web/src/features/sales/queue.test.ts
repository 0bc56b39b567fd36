import { describe, expect, it } from "vitest";
import { COUNT_CAP, parseTab, salesLink, tabCounts } from "./queue";
import { saleTools } from "./saleTools";

describe("sales queue", () => {
  it("reads the tab from the URL, defaulting to all sales", () => {
    expect(parseTab("toShip")).toBe("toShip");
    expect(parseTab("completed")).toBe("completed");
    expect(parseTab(null)).toBe("all");
    expect(parseTab("nonsense")).toBe("all");
    expect(salesLink("all")).toBe("/sales");
    expect(salesLink("all", 3)).toBe("/sales?page=3");
    expect(salesLink("disputed")).toBe("/sales?tab=disputed");
    expect(salesLink("toShip", 2)).toBe("/sales?tab=toShip&page=2");
  });

  it("counts open orders from their ids (capped) and the rest from the account's totals", () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => ({ id: String(index) }));
    const counts = tabCounts({
      salesCount: 1_250,
      completedSalesCount: 200,
      toShip: ids(COUNT_CAP),
      shipped: ids(3),
      disputed: [],
      orders: [],
    });
    expect(counts).toEqual({
      toShip: { count: 1_000, capped: true },
      shipped: { count: 3, capped: false },
      disputed: { count: 0, capped: false },
      completed: { count: 200, capped: false },
      all: { count: 1_250, capped: false },
    });
    expect(tabCounts(null).all).toEqual({ count: 0, capped: false });
  });

  it("offers ship while paid, refund while escrow is open, reply once reviewed", () => {
    expect(saleTools({ status: "Paid", escrow: "10" })).toEqual({ ship: true, refund: true, reply: false });
    expect(saleTools({ status: "Shipped", escrow: "10" })).toEqual({ ship: false, refund: true, reply: false });
    expect(saleTools({ status: "Disputed", escrow: "10" })).toEqual({ ship: false, refund: true, reply: false });
    expect(saleTools({ status: "Completed", escrow: "0" })).toEqual({ ship: false, refund: false, reply: false });
    expect(saleTools({ status: "Reviewed", escrow: "0" })).toEqual({ ship: false, refund: false, reply: true });
    expect(saleTools({ status: "Replied", escrow: "0" })).toEqual({ ship: false, refund: false, reply: false });
    expect(saleTools({ status: "Refunded", escrow: "0" })).toEqual({ ship: false, refund: false, reply: false });
  });
});
