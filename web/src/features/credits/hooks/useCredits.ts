// The credits page's read: one `Credits` query per account under `indexerKeys.credits(account)`,
// folded into one row per token (balances above zero, and tokens with history at zero) and one
// history, newest first.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { CreditsDocument, type CreditsQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

type Token = CreditsQuery["balances"][number]["token"];

export interface CreditBalance {
  token: Token;
  /** Withdrawable now, in the token's base units. */
  balance: bigint;
}

export type CreditEvent =
  | { kind: "credit"; id: string; token: Token; amount: bigint; timestamp: number }
  | { kind: "withdrawal"; id: string; token: Token; amount: bigint; timestamp: number; to: string };

export interface CreditsView {
  balances: CreditBalance[];
  history: CreditEvent[];
}

/** One row per token (those with a balance first, then those with history only, each by symbol) and one history. */
export function creditsView(data: CreditsQuery): CreditsView {
  const byToken = new Map<string, CreditBalance>();
  for (const row of data.balances) byToken.set(row.token.id, { token: row.token, balance: BigInt(row.creditBalance) });
  const history: CreditEvent[] = [
    ...data.credits.map((credit) => ({
      kind: "credit" as const,
      id: credit.id,
      token: credit.token,
      amount: BigInt(credit.amount),
      timestamp: Number(credit.timestamp),
    })),
    ...data.withdrawals.map((withdrawal) => ({
      kind: "withdrawal" as const,
      id: withdrawal.id,
      token: withdrawal.token,
      amount: BigInt(withdrawal.amount),
      timestamp: Number(withdrawal.timestamp),
      to: withdrawal.to,
    })),
  ].sort((a, b) => b.timestamp - a.timestamp || b.id.localeCompare(a.id));
  for (const event of history) {
    if (!byToken.has(event.token.id)) byToken.set(event.token.id, { token: event.token, balance: 0n });
  }
  const balances = [...byToken.values()].sort(
    (a, b) =>
      Number(b.balance > 0n) - Number(a.balance > 0n) ||
      (a.token.symbol ?? a.token.id).localeCompare(b.token.symbol ?? b.token.id),
  );
  return { balances, history };
}

/** The account's credits; nothing is sent without an account (lowercase). */
export function useCredits(account: string | undefined) {
  const client = useIndexerClient();
  return useQuery<CreditsQuery, IndexerError, CreditsView>({
    queryKey: indexerKeys.credits(account ?? ""),
    queryFn: ({ signal }) =>
      client
        ? client.request(CreditsDocument, { account: account! }, signal)
        : Promise.reject(new IndexerError("unreachable", "No subgraphUrl in config.json")),
    select: creditsView,
    enabled: client !== null && account !== undefined,
  });
}
