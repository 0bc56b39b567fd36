import { ConnectButton, useConnectModal } from "@rainbow-me/rainbowkit";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { takeConnectRequest } from "./walletLoader";

/**
 * RainbowKit's real Connect button (inside the wallet layer). When the visitor clicked the
 * placeholder before the layer was loaded, it opens the connect modal as soon as it can.
 */
export default function WalletConnectButton() {
  const { t } = useTranslation();
  const { openConnectModal } = useConnectModal();
  useEffect(() => {
    if (openConnectModal && takeConnectRequest()) openConnectModal();
  }, [openConnectModal]);
  return (
    <ConnectButton
      label={t("wallet.connect")}
      accountStatus={{ smallScreen: "avatar", largeScreen: "full" }}
      // The header's chain menu (ChainSwitch) shows and switches the chain.
      chainStatus="none"
      showBalance={{ smallScreen: false, largeScreen: true }}
    />
  );
}
