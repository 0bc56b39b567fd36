import type { Wallet } from "@rainbow-me/rainbowkit";
import { createConnector } from "wagmi";
import { mock } from "wagmi/connectors";
import { mnemonicToAccount } from "viem/accounts";

/** anvil's well-known dev mnemonic: its accounts are funded and unlocked on the local chain only. */
const DEV_MNEMONIC = "test test test test test test test test test test test junk";
export const devAccounts = Array.from(
  { length: 10 },
  (_, index) => mnemonicToAccount(DEV_MNEMONIC, { addressIndex: index }).address,
);

const icon = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="6" fill="#1f6f5c"/><text x="14" y="19" font-size="13" text-anchor="middle" fill="#fff" font-family="sans-serif">dev</text></svg>',
)}`;

/**
 * The built-in dev wallet: anvil's unlocked dev accounts, signing through the local node, so a
 * newcomer can buy and sell on `npm start` without a browser extension.
 */
export const devWallet = (): Wallet => ({
  id: "agora-dev",
  name: "Agora dev wallet (local chain)",
  iconUrl: icon,
  iconBackground: "#1f6f5c",
  installed: true,
  createConnector: (details) =>
    createConnector((config) => ({
      ...mock({ accounts: devAccounts as [`0x${string}`, ...`0x${string}`[]], features: { reconnect: true } })(config),
      ...details,
    })),
});
