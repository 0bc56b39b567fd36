// The listing editor's read: one query (`SellFormDocument`) under `indexerKeys.sellForm(seller, listing)`:
// allowed tokens, approved arbiters, the seller's key and, when editing, the listing.
import { useQuery } from "@tanstack/react-query";
import { IndexerError } from "../../../../lib/indexer/client";
import { SellFormDocument, type SellFormQuery } from "../../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../../lib/indexer/queryKeys";

export type SellFormPage = SellFormQuery;
export type EditedListing = NonNullable<SellFormQuery["listing"]>;

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

/**
 * A listing id from a URL (decimal or 0x-hex, as the listing page's links give it) as the
 * subgraph's 32-byte id; undefined when it is not one.
 */
export function listingIdOf(param: string | undefined): string | undefined {
  if (!param || !/^(\d{1,78}|0x[0-9a-fA-F]{1,64})$/.test(param)) return undefined;
  const value = BigInt(param);
  return value > 0n && value < 2n ** 256n ? `0x${value.toString(16).padStart(64, "0")}` : undefined;
}

/** What the editor needs for `seller` (lowercase), and `listing` (subgraph id) when editing. */
export function useSellForm(seller: string, listing: string | undefined) {
  const client = useIndexerClient();
  const variables = listing ? { seller, listing, edit: true } : { seller };
  return useQuery<SellFormQuery, IndexerError>({
    queryKey: indexerKeys.sellForm(seller, listing ?? "new"),
    queryFn: ({ signal }) =>
      client ? client.request(SellFormDocument, variables, signal) : Promise.reject(notConfigured()),
    enabled: client !== null,
  });
}
