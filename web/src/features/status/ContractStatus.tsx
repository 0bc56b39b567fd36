import type { Address } from "viem";
import { useReadContracts } from "wagmi";
import { useTranslation } from "react-i18next";
import { abis } from "@agora/contracts";
import { useFormat } from "../../lib/i18n/format";
import { useDeployedContract } from "../../lib/chain/contracts";

/**
 * Proves the path chain → generated ABI/address → wagmi → page: reads the marketplace and its
 * stablecoin. A wallet island (it uses wagmi): rendered inside the lazily loaded wallet layer.
 */
export default function ContractStatus() {
  const { t } = useTranslation();
  const marketplace = useDeployedContract("Marketplace");
  const usdc = useDeployedContract("MockUSDC");
  if (!marketplace || !usdc) return <p role="status">{t("status.noContracts")}</p>;
  return <MarketplaceDetails marketplace={marketplace.address} usdc={usdc.address} />;
}

function MarketplaceDetails({ marketplace, usdc }: { marketplace: Address; usdc: Address }) {
  const { t } = useTranslation();
  const format = useFormat();
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

  if (error) return <p role="alert">{t("status.readFailed", { message: error.message })}</p>;
  if (isPending) return <p role="status">{t("status.reading")}</p>;
  const [feeBps, listingCount, symbol] = data;
  return (
    <dl className="status">
      <dt>{t("status.platformFee")}</dt>
      <dd data-testid="platform-fee">{format.percent(feeBps / 10_000)}</dd>
      <dt>{t("status.listings")}</dt>
      <dd data-testid="listing-count">{format.integer(listingCount)}</dd>
      <dt>{t("status.stablecoin")}</dt>
      <dd data-testid="token-symbol">{symbol}</dd>
      <dt>{t("status.marketplace")}</dt>
      <dd>
        <code className="address">{marketplace}</code>
      </dd>
    </dl>
  );
}
