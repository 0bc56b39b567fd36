// Where a coupon check reads what the contract counted: the subgraph's `Coupon` entity when the
// site has an index, else the Marketplace itself; and a public client for contract-wallet sellers.
import { abis } from "@agora/contracts";
import { createPublicClient, http, maxUint256, type Address, type PublicClient } from "viem";
import type { AppConfig } from "../../config/appConfig";
import { chainFromConfig } from "../../lib/chain/chains";
import type { IndexerClient } from "../../lib/indexer/client";
import { CouponDocument } from "../../lib/indexer/generated/graphql";
import type { CouponRedemptionState } from "./validateCoupon";

/**
 * Revocation and redemptions from the subgraph (one `Coupon` query by digest). A coupon never
 * redeemed nor revoked is not indexed: nothing counted against it.
 */
export function subgraphRedemptions(client: IndexerClient, signal?: AbortSignal) {
  return async (digest: string): Promise<CouponRedemptionState> => {
    const { coupon } = await client.request(CouponDocument, { id: digest.toLowerCase() }, signal);
    return { revoked: coupon?.revoked ?? false, used: BigInt(coupon?.contractRedemptions ?? "0") };
  };
}

/** The same from the contract's `couponRedemptions` (type(uint256).max once revoked). */
export function chainRedemptions(client: Pick<PublicClient, "readContract">, marketplace: Address) {
  return async (digest: `0x${string}`): Promise<CouponRedemptionState> => {
    const used = await client.readContract({
      address: marketplace,
      abi: abis.Marketplace,
      functionName: "couponRedemptions",
      args: [digest],
    });
    return used === maxUint256 ? { revoked: true, used: 0n } : { revoked: false, used };
  };
}

const publicClients = new Map<string, PublicClient>();

/** One read-only client per chain and RPC URL, made on first use (no wallet involved). */
export function publicClientFor(config: AppConfig): PublicClient {
  const key = `${config.chainId} ${config.rpcUrl}`;
  let client = publicClients.get(key);
  if (!client) {
    client = createPublicClient({ chain: chainFromConfig(config), transport: http(config.rpcUrl) });
    publicClients.set(key, client);
  }
  return client;
}
