import { defineChain, type Chain } from "viem";
import { anvil } from "viem/chains";
import type { ChainConfig } from "../../config/appConfig";

/** One of the site's chains from the runtime config, with its RPC URL (wallet connectors read it from here). */
export function chainFromConfig(config: ChainConfig): Chain {
  const base = config.chainId === anvil.id ? anvil : undefined;
  return defineChain({
    ...(base ?? { nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 } }),
    id: config.chainId,
    name: config.chainName,
    rpcUrls: { default: { http: [config.rpcUrl] } },
    ...(config.explorerUrl ? { blockExplorers: { default: { name: "Explorer", url: config.explorerUrl } } } : {}),
  });
}
