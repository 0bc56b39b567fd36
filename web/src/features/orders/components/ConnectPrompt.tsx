import { ConnectPlaceholder } from "../../../lib/wallet/ConnectPlaceholder";
import { WalletIsland } from "../../../lib/wallet/WalletIsland";
import { WalletConnectButton } from "../../../app/shell/walletIslands";

/** A Connect button in the page: the placeholder until the wallet layer is there, then RainbowKit's. */
export function ConnectPrompt() {
  return (
    <WalletIsland fallback={<ConnectPlaceholder />} className="orders-connect">
      <WalletConnectButton />
    </WalletIsland>
  );
}
