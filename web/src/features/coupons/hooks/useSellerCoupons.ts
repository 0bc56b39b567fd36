// The seller's coupons page read: one `SellerCoupons` query under `indexerKeys.sellerCoupons`, for
// the coupons this browser keeps (by digest), the seller's listings and the payment tokens. The
// previous answer stays on screen while a new coupon's digest is asked about.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { noteChainTime } from "../../../lib/chain/chainClock";
import { IndexerError } from "../../../lib/indexer/client";
import {
  SellerCouponsDocument,
  type SellerCouponsQuery,
  type SellerCouponsQueryVariables,
} from "../../../lib/indexer/generated/graphql";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";

export type SellerCouponsPage = SellerCouponsQuery;

const notConfigured = () => new IndexerError("unreachable", "No subgraphUrl in config.json");

export function sellerCouponsVariables(seller: string, ids: readonly string[]): SellerCouponsQueryVariables {
  const account = seller.toLowerCase();
  return { seller: account, sellerRef: account, ids: [...ids].map((id) => id.toLowerCase()).sort() };
}

/** The page's read for `seller` and the digests of the coupons kept in this browser. */
export function useSellerCoupons(seller: string, ids: readonly string[]) {
  const client = useIndexerClient();
  const variables = sellerCouponsVariables(seller, ids);
  return useQuery<SellerCouponsQuery, IndexerError>({
    queryKey: indexerKeys.sellerCoupons(seller.toLowerCase(), variables),
    queryFn: async ({ signal }) => {
      if (!client) throw notConfigured();
      const data = await client.request(SellerCouponsDocument, variables, signal);
      noteChainTime(data._meta?.block.timestamp);
      return data;
    },
    placeholderData: keepPreviousData,
    enabled: client !== null,
  });
}
