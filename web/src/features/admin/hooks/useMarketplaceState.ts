// The marketplace's owner-administered state read from the chain itself (wallet islands only):
// who owns it and who may accept it, the pause switch, fee, treasury and the contract's caps. The
// page is gated on these, not on the index, which may lag behind a transfer.
import type { abis } from "@agora/contracts";
import { zeroAddress, type Address } from "viem";
import { useReadContracts } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";

export interface MarketplaceContract {
  address: Address;
  abi: typeof abis.Marketplace;
}

export interface MarketplaceState {
  owner: Address;
  /** null when no transfer is waiting. */
  pendingOwner: Address | null;
  paused: boolean;
  platformFeeBps: number;
  treasury: Address;
  maxPlatformFeeBps: number;
  maxArbiterFeeBps: number;
}

export type AdminRole = "owner" | "pendingOwner" | "other";

/** What `account` may do here: everything (the owner), accept ownership (the pending owner), nothing. */
export function roleOf(account: string, state: Pick<MarketplaceState, "owner" | "pendingOwner">): AdminRole {
  const me = account.toLowerCase();
  if (state.owner.toLowerCase() === me) return "owner";
  if (state.pendingOwner?.toLowerCase() === me) return "pendingOwner";
  return "other";
}

/** The state, its query key (to refresh after a change) and the read's status. */
export function useMarketplaceState(marketplace: MarketplaceContract) {
  const { chainId } = useAppConfig();
  const contract = { address: marketplace.address, abi: marketplace.abi, chainId } as const;
  const reads = useReadContracts({
    allowFailure: false,
    contracts: [
      { ...contract, functionName: "owner" },
      { ...contract, functionName: "pendingOwner" },
      { ...contract, functionName: "paused" },
      { ...contract, functionName: "platformFeeBps" },
      { ...contract, functionName: "treasury" },
      { ...contract, functionName: "MAX_PLATFORM_FEE_BPS" },
      { ...contract, functionName: "MAX_ARBITER_FEE_BPS" },
    ],
  });
  let state: MarketplaceState | undefined;
  if (reads.data) {
    const [owner, pendingOwner, paused, platformFeeBps, treasury, maxPlatformFeeBps, maxArbiterFeeBps] = reads.data;
    state = {
      owner,
      pendingOwner: pendingOwner === zeroAddress ? null : pendingOwner,
      paused,
      platformFeeBps,
      treasury,
      maxPlatformFeeBps,
      maxArbiterFeeBps,
    };
  }
  return { state, queryKey: reads.queryKey, error: reads.error, isFetching: reads.isFetching, refetch: reads.refetch };
}

/** Platform fees accrued on chain and not yet swept, per token address (lowercase). */
export function useAccruedFees(marketplace: MarketplaceContract, tokens: readonly string[]) {
  const { chainId } = useAppConfig();
  const reads = useReadContracts({
    allowFailure: false,
    contracts: tokens.map((token) => ({
      address: marketplace.address,
      abi: marketplace.abi,
      chainId,
      functionName: "accruedFees" as const,
      args: [token as Address] as const,
    })),
  });
  const accrued = new Map<string, bigint>();
  reads.data?.forEach((amount, index) => accrued.set(tokens[index]!.toLowerCase(), amount));
  return { accrued: reads.data ? accrued : undefined, queryKey: reads.queryKey };
}
