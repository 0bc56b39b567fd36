import { Suspense, useLayoutEffect, useState } from "react";
import { createPortal } from "react-dom";
import { setLayerMounted, type Island } from "../lib/wallet/islands";
import { takeConnectRequest } from "../lib/wallet/walletLoader";

/**
 * Stand-ins for the wallet layer's modules (no wagmi/RainbowKit in jsdom): the same islands and
 * portals as WalletLayer.tsx, and a Connect button that shows whether it was asked to open.
 */
export function FakeWalletLayer({ islands }: { islands: readonly Island[] }) {
  useLayoutEffect(() => {
    setLayerMounted(true);
    return () => setLayerMounted(false);
  }, []);
  return (
    <>
      {islands.map((island) =>
        createPortal(<Suspense fallback={island.fallback}>{island.content}</Suspense>, island.container, island.key),
      )}
    </>
  );
}

export function FakeConnectButton() {
  const [opened] = useState(takeConnectRequest);
  return <button type="button">{opened ? "RainbowKit modal open" : "RainbowKit connect"}</button>;
}

export function FakeContractStatus() {
  return <p>contract status</p>;
}
