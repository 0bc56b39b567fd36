// The dashboard's daily figures: the subgraph keeps one SellerDayData per UTC day that had activity
// (with one SellerTokenDayData per token used that day); the chart and its table need every day of
// the chosen period, in one token, with zeros on quiet days.
import { formatUnits } from "viem";
import type { DashboardQuery } from "../../lib/indexer/generated/graphql";

export const DAY_SECONDS = 86_400;
/** The periods the page offers, in days; the query reads the longest once. */
export const periods = [7, 30, 90] as const;
export type Period = (typeof periods)[number];
export const DEFAULT_PERIOD: Period = 30;
export const LONGEST_PERIOD: Period = 90;

export type SellerDay = DashboardQuery["sellerDayDatas"][number];
export type DashboardToken = SellerDay["tokens"][number]["token"];

/** Start (unix seconds) of the UTC day holding `timestamp`: the subgraph's day buckets. */
export const utcDayStart = (timestamp: number) => Math.floor(timestamp / DAY_SECONDS) * DAY_SECONDS;

/** One day of the seller's figures: order counts over every token, amounts in one token (base units). */
export interface DayFigures {
  /** Start of the UTC day, unix seconds. */
  date: number;
  /** Orders received (in any token). */
  orders: number;
  /** Orders refunded in full (in any token). */
  refundedOrders: number;
  /** Paid into escrow for the seller's orders. */
  volume: bigint;
  /** Refunded to buyers. */
  refunded: bigint;
  /** Paid out to the seller after fees. */
  earnings: bigint;
}

const emptyDay = (date: number): DayFigures => ({
  date,
  orders: 0,
  refundedOrders: 0,
  volume: 0n,
  refunded: 0n,
  earnings: 0n,
});

/** The subgraph's days by UTC day start, in `tokenId` (entries that share a day are added up). */
export function bucketDays(days: readonly SellerDay[], tokenId: string): Map<number, DayFigures> {
  const buckets = new Map<number, DayFigures>();
  for (const day of days) {
    const date = utcDayStart(day.date);
    const bucket = buckets.get(date) ?? emptyDay(date);
    bucket.orders += day.ordersPlaced;
    bucket.refundedOrders += day.ordersRefunded;
    for (const entry of day.tokens) {
      if (entry.token.id !== tokenId) continue;
      bucket.volume += BigInt(entry.volume);
      bucket.refunded += BigInt(entry.refunded);
      bucket.earnings += BigInt(entry.earnings);
    }
    buckets.set(date, bucket);
  }
  return buckets;
}

/**
 * The `period` days ending with the day of `today` (unix seconds), oldest first, each with the
 * seller's figures in `tokenId`: days the subgraph has no entry for are zero.
 */
export function daySeries(
  days: readonly SellerDay[],
  { tokenId, today, period }: { tokenId: string; today: number; period: number },
): DayFigures[] {
  const buckets = bucketDays(days, tokenId);
  const last = utcDayStart(today);
  return Array.from({ length: period }, (_, index) => {
    const date = last - (period - 1 - index) * DAY_SECONDS;
    return buckets.get(date) ?? emptyDay(date);
  });
}

/** The tokens the seller has sold in (from the days and the all-time figures), by symbol. */
export function salesTokens(days: readonly SellerDay[], allTime: readonly DashboardToken[]): DashboardToken[] {
  const byId = new Map<string, DashboardToken>();
  for (const token of allTime) byId.set(token.id, token);
  for (const day of days)
    for (const entry of day.tokens) if (!byId.has(entry.token.id)) byId.set(entry.token.id, entry.token);
  return [...byId.values()].sort((a, b) => (a.symbol ?? a.id).localeCompare(b.symbol ?? b.id));
}

/** A period's totals: orders (any token) and the token's volume and refunds. */
export function periodTotals(series: readonly DayFigures[]) {
  return series.reduce(
    (total, day) => ({
      orders: total.orders + day.orders,
      volume: total.volume + day.volume,
      refunded: total.refunded + day.refunded,
    }),
    { orders: 0, volume: 0n, refunded: 0n },
  );
}

/** A point of the chart: the day, its order count and its revenue as a number of token units. */
export interface ChartPoint {
  date: number;
  orders: number;
  revenue: number;
}

/** Chart points for a series (amounts in token units: a chart's scale needs numbers, the table keeps exact text). */
export function chartPoints(series: readonly DayFigures[], decimals: number): ChartPoint[] {
  return series.map((day) => ({
    date: day.date,
    orders: day.orders,
    revenue: Number(formatUnits(day.volume, decimals)),
  }));
}
