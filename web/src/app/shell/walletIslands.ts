import { lazy } from "react";

/**
 * The shell's wallet-island contents, imported lazily so that they (and wagmi/RainbowKit with
 * them) stay out of the first load. Rendered only inside the wallet layer.
 */
export const WalletConnectButton = lazy(() => import("../../lib/wallet/ConnectButton"));
export const ContractStatus = lazy(() => import("../../features/status/ContractStatus"));
export const AccountSync = lazy(() => import("../../lib/wallet/AccountSync"));
