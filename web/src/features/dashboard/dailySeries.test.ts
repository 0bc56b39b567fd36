import { describe, expect, it } from "vitest";
import { eth, usdc } from "../../test/fixtures";
import {
  bucketDays,
  chartPoints,
  DAY_SECONDS,
  daySeries,
  periodTotals,
  salesTokens,
  utcDayStart,
  type SellerDay,
} from "./dailySeries";

// 2024-05-10T00:00:00Z, a UTC day start.
const may10 = 1_715_299_200;
const day = (offset: number) => may10 + offset * DAY_SECONDS;

function sellerDay(date: number, orders: number, tokens: [typeof eth, string, string?][] = []): SellerDay {
  return {
    date,
    ordersPlaced: orders,
    ordersCompleted: 0,
    ordersRefunded: 0,
    netOrders: orders,
    unitsSold: String(orders),
    tokens: tokens.map(([token, volume, refunded = "0"]) => ({
      token,
      volume,
      refunded,
      netVolume: String(BigInt(volume) - BigInt(refunded)),
      earnings: "0",
    })),
  };
}

describe("day buckets", () => {
  it("starts days at midnight UTC", () => {
    expect(utcDayStart(may10)).toBe(may10);
    expect(utcDayStart(may10 + DAY_SECONDS - 1)).toBe(may10);
    expect(utcDayStart(may10 - 1)).toBe(day(-1));
  });

  it("puts each entry in its UTC day, adds up entries that share one, and keeps only the chosen token", () => {
    const buckets = bucketDays(
      [
        sellerDay(may10, 2, [
          [eth, "100", "10"],
          [usdc, "7"],
        ]),
        // Not at midnight: still May 10.
        sellerDay(may10 + 3_600, 1, [[eth, "50"]]),
        sellerDay(day(2), 1, [[usdc, "9"]]),
      ],
      eth.id,
    );
    expect([...buckets.keys()]).toEqual([may10, day(2)]);
    expect(buckets.get(may10)).toMatchObject({ orders: 3, volume: 150n, refunded: 10n });
    // A day with orders in another token only: its orders count, no ETH volume.
    expect(buckets.get(day(2))).toMatchObject({ orders: 1, volume: 0n, refunded: 0n });
  });
});

describe("day series", () => {
  const days = [
    sellerDay(day(-40), 5, [[eth, "999"]]),
    sellerDay(day(-6), 1, [[eth, "1000000000000000000"]]),
    sellerDay(day(-3), 2, [[eth, "500000000000000000", "100000000000000000"]]),
    sellerDay(day(0), 1, [[usdc, "2500000"]]),
  ];

  it("has every day of the period, oldest first, ending today, with zeros on days without sales", () => {
    const series = daySeries(days, { tokenId: eth.id, today: may10 + 50_000, period: 7 });
    expect(series.map((entry) => entry.date)).toEqual([-6, -5, -4, -3, -2, -1, 0].map(day));
    expect(series.map((entry) => entry.orders)).toEqual([1, 0, 0, 2, 0, 0, 1]);
    expect(series.map((entry) => entry.volume)).toEqual([10n ** 18n, 0n, 0n, 5n * 10n ** 17n, 0n, 0n, 0n]);
    expect(series[3]!.refunded).toBe(10n ** 17n);
    // Day -40 is outside a 7-day period; it is inside 90 days.
    expect(periodTotals(series)).toEqual({ orders: 4, volume: 15n * 10n ** 17n, refunded: 10n ** 17n });
    const ninety = daySeries(days, { tokenId: eth.id, today: may10, period: 90 });
    expect(ninety).toHaveLength(90);
    expect(ninety[0]!.date).toBe(day(-89));
    expect(periodTotals(ninety).orders).toBe(9);
  });

  it("gives each token its own amounts over the same days", () => {
    const series = daySeries(days, { tokenId: usdc.id, today: may10, period: 7 });
    expect(series.map((entry) => entry.volume)).toEqual([0n, 0n, 0n, 0n, 0n, 0n, 2_500_000n]);
    expect(chartPoints(series, usdc.decimals).at(-1)).toEqual({ date: may10, orders: 1, revenue: 2.5 });
    expect(chartPoints(daySeries(days, { tokenId: eth.id, today: may10, period: 7 }), 18)[0]!.revenue).toBe(1);
  });

  it("lists the seller's tokens once each, by symbol", () => {
    const dai = { id: "0x00000000000000000000000000000000000000da", symbol: "DAI", decimals: 18, native: false };
    const tokens = salesTokens([sellerDay(may10, 1, [[dai, "1"]]), ...days], [usdc, eth]);
    expect(tokens.map((token) => token.symbol)).toEqual(["DAI", "ETH", "USDC"]);
  });
});
