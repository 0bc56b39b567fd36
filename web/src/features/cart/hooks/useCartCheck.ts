// Re-checks every cart line against the index (one `Cart` query): price, stock and open/closed,
// and groups the lines by payment token, since the contract checks out one token per transaction.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../lib/indexer/client";
import { CartDocument, type CartQuery } from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import type { CartLine } from "../cartStore";

export type CartListing = CartQuery["listings"][number];

/** Why a line cannot be bought as it is. */
export type LineProblem =
  | { kind: "missing" }
  | { kind: "closed" }
  | { kind: "soldOut" }
  | { kind: "short"; available: bigint }
  | { kind: "priceChanged"; was: bigint; now: bigint };

export interface CheckedLine {
  line: CartLine;
  listing: CartListing | undefined;
  problems: LineProblem[];
  /** Unit price now × quantity, in the token's base units (0 when the listing is unknown). */
  subtotal: bigint;
}

export interface TokenGroup {
  token: CartListing["token"];
  lines: CheckedLine[];
  total: bigint;
  /** Every line can be bought as it is. */
  ready: boolean;
}

export function checkLine(line: CartLine, listing: CartListing | undefined): CheckedLine {
  if (!listing) return { line, listing, problems: [{ kind: "missing" }], subtotal: 0n };
  const problems: LineProblem[] = [];
  const stock = BigInt(listing.stock);
  const price = BigInt(listing.price);
  if (listing.status === "Closed") problems.push({ kind: "closed" });
  else if (stock === 0n) problems.push({ kind: "soldOut" });
  else if (stock < BigInt(line.quantity)) problems.push({ kind: "short", available: stock });
  if (price !== BigInt(line.price)) problems.push({ kind: "priceChanged", was: BigInt(line.price), now: price });
  return { line, listing, problems, subtotal: price * BigInt(line.quantity) };
}

/** Lines by token, in the order their first line was added; unknown listings in their own group. */
export function groupByToken(checked: readonly CheckedLine[]): { groups: TokenGroup[]; unknown: CheckedLine[] } {
  const groups = new Map<string, TokenGroup>();
  const unknown: CheckedLine[] = [];
  for (const item of checked) {
    if (!item.listing) {
      unknown.push(item);
      continue;
    }
    const token = item.listing.token;
    const group = groups.get(token.id) ?? { token, lines: [], total: 0n, ready: true };
    group.lines.push(item);
    group.total += item.subtotal;
    group.ready &&= item.problems.length === 0;
    groups.set(token.id, group);
  }
  return { groups: [...groups.values()], unknown };
}

/** The cart's lines checked against the index; refetched whenever the cart is shown. */
export function useCartCheck(lines: readonly CartLine[]) {
  const client = useIndexerClient();
  const ids = lines.map((line) => line.listingId);
  return useQuery<CartQuery, IndexerError, CartListing[]>({
    queryKey: indexerKeys.cart(ids),
    queryFn: ({ signal }) =>
      client
        ? client.request(CartDocument, { ids }, signal)
        : Promise.reject(new IndexerError("unreachable", "No subgraphUrl in config.json")),
    select: (data) => data.listings,
    enabled: client !== null && ids.length > 0,
    refetchOnMount: "always",
  });
}
