import { defineChain, type Chain } from "viem";
import { anvil } from "viem/chains";
import type { AppConfig } from "../../config/appConfig";

/** The chain from the runtime config, with its RPC URL (wallet connectors read it from here). */
export function chainFromConfig(config: AppConfig): Chain {
  const base = config.chainId === anvil.id ? anvil : undefined;
  return defineChain({
    ...(base ?? { nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 } }),
    id: config.chainId,
    name: config.chainName,
    rpcUrls: { default: { http: [config.rpcUrl] } },
  });
}
