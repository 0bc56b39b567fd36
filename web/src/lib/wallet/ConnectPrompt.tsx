import { lazy } from "react";
import { ConnectPlaceholder } from "./ConnectPlaceholder";
import { WalletIsland } from "./WalletIsland";

const WalletConnectButton = lazy(() => import("./ConnectButton"));

/** A Connect button in a page: the placeholder until the wallet layer is there, then RainbowKit's. */
export function ConnectPrompt() {
  return (
    <WalletIsland fallback={<ConnectPlaceholder />} className="connect-prompt">
      <WalletConnectButton />
    </WalletIsland>
  );
}
