// The dashboard's read: one `Dashboard` query per seller under `indexerKeys.dashboard(seller,
// since)`, reading the longest period's days once (switching periods does not query again), folded
// into what the page shows.
import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { chainNow, noteChainTime } from "../../../lib/chain/chainClock";
import { IndexerError } from "../../../lib/indexer/client";
import { DashboardDocument, type DashboardQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import {
  DAY_SECONDS,
  LONGEST_PERIOD,
  salesTokens,
  utcDayStart,
  type DashboardToken,
  type SellerDay,
} from "../dailySeries";

/** The open orders the query reads at most: beyond this the escrow shown is a lower bound. */
export const OPEN_ORDERS_READ = 1000;

/** A token's all-time figures and what is held for the seller in it now (base units). */
export interface TokenTotals {
  token: DashboardToken;
  /** Paid into escrow for the seller's orders, all time. */
  volume: bigint;
  /** Paid out to the seller after fees. */
  earnings: bigint;
  /** Refunded to buyers. */
  refunds: bigint;
  /** Still in escrow in open orders (paid, shipped or disputed). */
  escrow: bigint;
  /** Failed payouts kept for the seller, to withdraw on the credits page. */
  credits: bigint;
}

export interface BestSeller {
  id: string;
  /** The current valid version's title (null while none is readable). */
  name: string | null;
  unitsSold: bigint;
  orders: number;
  volume: bigint;
  token: DashboardToken;
}

export interface DashboardView {
  /** The seller has received at least one order. */
  hasSales: boolean;
  activeListings: number;
  totals: {
    sales: number;
    completed: number;
    refunded: number;
    disputed: number;
    /** Average rating (0 without reviews) and how many reviews. */
    rating: number;
    ratingCount: number;
  };
  /** Per token, by symbol: tokens with sales, escrow or credits. */
  tokens: TokenTotals[];
  /** The tokens the chart can show, by symbol. */
  chartTokens: DashboardToken[];
  days: SellerDay[];
  /** The chart's last day: today by the chain's clock, unix seconds (the start of a UTC day). */
  today: number;
  bestSellers: BestSeller[];
  /** More open orders than were read: the escrow shown is at least this much. */
  escrowPartial: boolean;
}

const bySymbol = (a: { token: DashboardToken }, b: { token: DashboardToken }) =>
  (a.token.symbol ?? a.token.id).localeCompare(b.token.symbol ?? b.token.id);

/** The page's view of the answer; `now` (unix seconds) is the chain's time as best known. */
export function dashboardView(data: DashboardQuery, now: number): DashboardView {
  const account = data.account;
  const byToken = new Map<string, TokenTotals>();
  const totalsOf = (token: DashboardToken) => {
    let entry = byToken.get(token.id);
    if (!entry) {
      entry = { token, volume: 0n, earnings: 0n, refunds: 0n, escrow: 0n, credits: 0n };
      byToken.set(token.id, entry);
    }
    return entry;
  };
  for (const row of account?.tokens ?? []) {
    // An account's tokens include what it bought: keep those that concern selling or payouts.
    if (BigInt(row.salesVolume) === 0n && BigInt(row.creditBalance) === 0n) continue;
    const entry = totalsOf(row.token);
    entry.volume = BigInt(row.salesVolume);
    entry.earnings = BigInt(row.sellerEarnings);
    entry.refunds = BigInt(row.refundsGiven);
    entry.credits = BigInt(row.creditBalance);
  }
  for (const order of data.openOrders) totalsOf(order.token).escrow += BigInt(order.escrow);
  const tokens = [...byToken.values()].sort(bySymbol);

  const blockTime = data._meta?.block.timestamp ?? 0;
  return {
    hasSales: (account?.salesCount ?? 0) > 0,
    activeListings: account?.activeListingCount ?? 0,
    totals: {
      sales: account?.salesCount ?? 0,
      completed: account?.completedSalesCount ?? 0,
      refunded: account?.refundedSalesCount ?? 0,
      disputed: account?.disputedSalesCount ?? 0,
      rating: Number(account?.ratingAverage ?? 0),
      ratingCount: account?.ratingCount ?? 0,
    },
    tokens,
    chartTokens: salesTokens(
      data.sellerDayDatas,
      tokens.filter((entry) => entry.volume > 0n).map((entry) => entry.token),
    ),
    days: data.sellerDayDatas,
    today: utcDayStart(Math.max(now, blockTime)),
    bestSellers: data.bestSellers.map((listing) => ({
      id: listing.id,
      name: listing.current[0]?.name ?? null,
      unitsSold: BigInt(listing.unitsSold),
      orders: listing.orderCount,
      volume: BigInt(listing.volume),
      token: listing.token,
    })),
    escrowPartial: data.openOrders.length >= OPEN_ORDERS_READ,
  };
}

/** The first day read: the longest period back from today (by the chain's clock when it is ahead). */
export const dashboardSince = (now: number) => utcDayStart(now) - (LONGEST_PERIOD - 1) * DAY_SECONDS;

/** The seller's dashboard (lowercase address); nothing is sent without one. */
export function useDashboard(seller: string | undefined) {
  const client = useIndexerClient();
  // Fixed for the page's life: a key that moved with the clock would refetch at midnight mid-read.
  const [since] = useState(() => dashboardSince(chainNow()));
  const select = useCallback((data: DashboardQuery) => dashboardView(data, chainNow()), []);
  return useQuery<DashboardQuery, IndexerError, DashboardView>({
    queryKey: indexerKeys.dashboard(seller ?? "", since),
    queryFn: async ({ signal }) => {
      if (!client) throw new IndexerError("unreachable", "No subgraphUrl in config.json");
      const data = await client.request(DashboardDocument, { seller: seller!, sellerRef: seller!, since }, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    select,
    enabled: client !== null && seller !== undefined,
  });
}
