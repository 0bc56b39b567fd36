import { connectorsForWallets, type WalletList } from "@rainbow-me/rainbowkit";
import {
  coinbaseWallet,
  injectedWallet,
  metaMaskWallet,
  rainbowWallet,
  walletConnectWallet,
} from "@rainbow-me/rainbowkit/wallets";
import { createConfig, http, type Config } from "wagmi";
import type { AppConfig } from "../../config/appConfig";
import { chainFromConfig } from "./chains";
import { devWallet } from "./devWallet";

/** anvil's (and Hardhat's) chain id. */
const LOCAL_CHAIN_ID = 31_337;

export function createWagmiConfig(config: AppConfig): Config {
  const chain = chainFromConfig(config);
  // Installed browser wallets announce themselves (EIP-6963) and are listed on their own; the usual
  // mobile and extension wallets need WalletConnect, so they are offered with a project id.
  const wallets: WalletList = [{ groupName: "Installed", wallets: [injectedWallet] }];
  if (config.walletConnectProjectId) {
    wallets.push({
      groupName: "Popular",
      wallets: [metaMaskWallet, coinbaseWallet, rainbowWallet, walletConnectWallet],
    });
  }
  if (config.devWallet) wallets.unshift({ groupName: "Local development", wallets: [devWallet] });
  const connectors = connectorsForWallets(wallets, {
    appName: "Agora",
    projectId: config.walletConnectProjectId ?? "agora-local",
  });
  return createConfig({
    // Receipts and block reads poll at this pace (wagmi's default is 4 s): a local anvil mines
    // every second, L2s every one or two.
    pollingInterval: chain.id === LOCAL_CHAIN_ID ? 250 : 1_000,
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
