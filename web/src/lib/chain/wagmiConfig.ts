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

/**
 * Every chain of the site in one config, so that a wallet's connection outlives a chain switch;
 * the chain the site is on comes first (wagmi's default while no wallet is connected).
 */
export function createWagmiConfig(config: AppConfig): Config {
  const ordered = [config, ...config.chains.filter((chain) => chain.chainId !== config.chainId)];
  const [first, ...rest] = ordered.map(chainFromConfig);
  // Installed browser wallets announce themselves (EIP-6963) and are listed on their own; the usual
  // mobile and extension wallets need WalletConnect, so they are offered with a project id.
  const wallets: WalletList = [{ groupName: "Installed", wallets: [injectedWallet] }];
  if (config.walletConnectProjectId) {
    wallets.push({
      groupName: "Popular",
      wallets: [metaMaskWallet, coinbaseWallet, rainbowWallet, walletConnectWallet],
    });
  }
  if (config.chains.some((chain) => chain.devWallet) || config.devWallet)
    wallets.unshift({ groupName: "Local development", wallets: [devWallet] });
  const connectors = connectorsForWallets(wallets, {
    appName: "Agora",
    projectId: config.walletConnectProjectId ?? "agora-local",
  });
  return createConfig({
    // Receipts and block reads poll at this pace (wagmi's default is 4 s): a local anvil mines
    // every second, L2s every one or two.
    pollingInterval: config.devWallet ? 250 : 1_000,
    chains: [first!, ...rest],
    connectors,
    transports: Object.fromEntries(ordered.map((chain) => [chain.chainId, http(chain.rpcUrl)])),
  });
}

let shared: { chains: AppConfig["chains"]; wagmi: Config } | undefined;

/**
 * The one wagmi config of the page (connectors, connection state, transports). Every wallet
 * island and every later wallet-needing module uses this one, so a connection made in the
 * header is the connection checkout sees — and, being made once per site (not per chain), the
 * connection checkout sees after a chain switch.
 */
export function getWagmiConfig(appConfig: AppConfig): Config {
  if (shared?.chains !== appConfig.chains) shared = { chains: appConfig.chains, wagmi: createWagmiConfig(appConfig) };
  return shared.wagmi;
}
