// A coupon code checked against one cart line, under `indexerKeys.couponCheck`: decoded, then
// validated as the contract will (validateCoupon.ts), reading redemptions from the subgraph (or
// the chain when the site has no index). No wagmi: the checkout page uses it outside islands.
import { deployedContract } from "@agora/contracts";
import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import { useAppConfig } from "../../../config/ConfigContext";
import { useIndexerClient } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { discountFor, type CouponDeployment } from "../coupon";
import { normalizeCouponInput } from "../couponCode";
import { chainRedemptions, publicClientFor, subgraphRedemptions } from "../couponReads";
import { checkCouponCode, type CouponCheck } from "../validateCoupon";

/** The cart line a coupon is entered on. */
export interface CouponLine {
  /** Listing id, 0x-hex as the subgraph has it (its top 160 bits are the seller). */
  listingId: string;
  /** The listing's payment token, as the subgraph has it. */
  token: { id: string; symbol: string | null; decimals: number | null };
  /** Unit price × quantity, in the token's base units. */
  lineTotal: bigint;
}

/** The site's chain and Marketplace, or undefined where none is deployed. */
export function useCouponDeployment(): CouponDeployment | undefined {
  const { chainId } = useAppConfig();
  const marketplace = deployedContract(chainId, "Marketplace");
  return marketplace ? { chainId, marketplace: marketplace.address } : undefined;
}

const nowInSeconds = () => BigInt(Math.floor(Date.now() / 1000));

/**
 * `code` checked for `line` and `buyer` (the connected account, or undefined). Idle without a
 * code. The discount follows `line.lineTotal` without a new check (quantity changes).
 */
export function useCouponCheck(code: string | undefined, line: CouponLine, buyer: string | undefined) {
  const config = useAppConfig();
  const indexer = useIndexerClient();
  const site = useCouponDeployment();
  const normalized = code ? normalizeCouponInput(code) : "";
  const { lineTotal } = line;
  const select = useCallback(
    (check: CouponCheck): CouponCheck =>
      check.ok ? { ...check, discount: discountFor(check.coupon, lineTotal) ?? check.discount } : check,
    [lineTotal],
  );
  const scope = {
    chainId: config.chainId,
    listingId: line.listingId.toLowerCase(),
    token: line.token.id.toLowerCase(),
    buyer: buyer?.toLowerCase() ?? null,
  };
  return useQuery({
    queryKey: indexerKeys.couponCheck(normalized, scope),
    queryFn: ({ signal }) =>
      checkCouponCode(normalized, {
        line: { listingId: line.listingId, token: line.token.id, lineTotal },
        buyer,
        site,
        now: nowInSeconds(),
        // Read only once the coupon passed the site check, so `site` is set by then.
        redemptions: (digest) =>
          indexer
            ? subgraphRedemptions(indexer, signal)(digest)
            : chainRedemptions(publicClientFor(config), site!.marketplace)(digest),
        publicClient: () => publicClientFor(config),
      }),
    enabled: normalized !== "",
    select,
  });
}
