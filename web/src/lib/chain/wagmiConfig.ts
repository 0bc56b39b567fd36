import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet, walletConnectWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig, http } from "wagmi";
import type { AppConfig } from "../../config/appConfig";
import { chainFromConfig } from "./chains";
import { devWallet } from "./devWallet";

export function createWagmiConfig(config: AppConfig) {
  const chain = chainFromConfig(config);
  const wallets: WalletList = [{ groupName: "Installed", wallets: [injectedWallet] }];
  if (config.walletConnectProjectId) wallets[0]!.wallets.push(walletConnectWallet);
  if (config.devWallet) wallets.unshift({ groupName: "Local development", wallets: [devWallet] });
  const connectors = connectorsForWallets(wallets, {
    appName: "Agora",
    projectId: config.walletConnectProjectId ?? "agora-local",
  });
  return createConfig({
    chains: [chain],
    connectors,
    transports: { [chain.id]: http(config.rpcUrl) },
  });
}
