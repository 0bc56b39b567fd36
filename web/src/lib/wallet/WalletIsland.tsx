import { useEffect, useId, useState, type ReactNode } from "react";
import { registerIsland, useLayerMounted } from "./islands";

/**
 * A place for wallet-dependent content. Until the wallet layer is mounted it shows `fallback`
 * (which must not import wagmi, RainbowKit or viem's signing code); then the layer renders
 * `children` here. Pass lazily imported components as children so they stay out of the entry.
 */
export function WalletIsland({
  fallback,
  children,
  className,
}: {
  fallback: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  const key = useId();
  const [container, setContainer] = useState<HTMLElement | null>(null);
  const mounted = useLayerMounted();

  useEffect(() => {
    if (!container) return;
    return registerIsland({ key, container, content: children, fallback });
  }, [key, container, children, fallback]);

  return (
    <div className={className ? `wallet-island ${className}` : "wallet-island"}>
      {!mounted && fallback}
      <div ref={setContainer} className="wallet-island__content" hidden={!mounted} />
    </div>
  );
}
