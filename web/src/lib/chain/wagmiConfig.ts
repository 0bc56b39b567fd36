import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import { injectedWallet, walletConnectWallet } from "@rainbow-me/rainbowkit/wallets";
import { createConfig, http, type Config } from "wagmi";
import type { AppConfig } from "../../config/appConfig";
import { chainFromConfig } from "./chains";
import { devWallet } from "./devWallet";

export function createWagmiConfig(config: AppConfig): Config {
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

let shared: { appConfig: AppConfig; wagmi: Config } | undefined;

/**
 * The one wagmi config of the page (connectors, connection state, transports). Every wallet
 * island and every later wallet-needing module uses this one, so a connection made in the
 * header is the connection checkout sees.
 */
export function getWagmiConfig(appConfig: AppConfig): Config {
  if (shared?.appConfig !== appConfig) shared = { appConfig, wagmi: createWagmiConfig(appConfig) };
  return shared.wagmi;
}
