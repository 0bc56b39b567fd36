import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { abis } from "@agora/contracts";
import { useDeployedContract } from "../../lib/chain/contracts";

/** Proves the path chain → generated ABI/address → wagmi → page: reads the marketplace and its stablecoin. */
export function ContractStatus() {
  const marketplace = useDeployedContract("Marketplace");
  const usdc = useDeployedContract("MockUSDC");
  if (!marketplace || !usdc) return <p role="status">No contracts are deployed on this chain yet.</p>;
  return <MarketplaceDetails marketplace={marketplace.address} usdc={usdc.address} />;
}

function MarketplaceDetails({ marketplace, usdc }: { marketplace: Address; usdc: Address }) {
  const market = { address: marketplace, abi: abis.Marketplace } as const;
  const token = { address: usdc, abi: abis.MockUSDC } as const;
  const { data, error, isPending } = useReadContracts({
    contracts: [
      { ...market, functionName: "platformFeeBps" },
      { ...market, functionName: "listingCount" },
      { ...token, functionName: "symbol" },
    ],
    allowFailure: false,
  });

  if (error) return <p role="alert">Could not read the contracts: {error.message}</p>;
  if (isPending) return <p role="status">Reading the chain…</p>;
  const [feeBps, listingCount, symbol] = data;
  return (
    <dl className="status">
      <dt>Platform fee</dt>
      <dd data-testid="platform-fee">{(feeBps / 100).toFixed(2)}%</dd>
      <dt>Listings</dt>
      <dd data-testid="listing-count">{listingCount.toString()}</dd>
      <dt>Stablecoin</dt>
      <dd data-testid="token-symbol">{symbol}</dd>
      <dt>Marketplace</dt>
      <dd>
        <code>{marketplace}</code>
      </dd>
    </dl>
  );
}
