import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { abis } from "@agora/contracts";
import { useDeployedContract } from "../../lib/chain/contracts";

/** Proves the path chain → generated ABI/address → wagmi → page: reads the stablecoin's details. */
export function ContractStatus() {
  const usdc = useDeployedContract("MockUSDC");
  if (!usdc) return <p role="status">No contracts are deployed on this chain yet.</p>;
  return <TokenDetails address={usdc.address} />;
}

function TokenDetails({ address }: { address: Address }) {
  const token = { address, abi: abis.MockUSDC } as const;
  const { data, error, isPending } = useReadContracts({
    contracts: [
      { ...token, functionName: "symbol" },
      { ...token, functionName: "totalSupply" },
      { ...token, functionName: "decimals" },
    ],
    allowFailure: false,
  });

  if (error) return <p role="alert">Could not read the contracts: {error.message}</p>;
  if (isPending) return <p role="status">Reading the chain…</p>;
  const [symbol, totalSupply, decimals] = data;
  return (
    <dl className="status">
      <dt>Payment token</dt>
      <dd data-testid="token-symbol">{symbol}</dd>
      <dt>Supply</dt>
      <dd>{(totalSupply / 10n ** BigInt(decimals)).toLocaleString("en-US")}</dd>
      <dt>Contract</dt>
      <dd>
        <code>{address}</code>
      </dd>
    </dl>
  );
}
