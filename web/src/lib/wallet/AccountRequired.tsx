import type { ReactNode } from "react";
import { useAccountState } from "./account";
import { ConnectPrompt } from "./ConnectPrompt";

/**
 * A page about the connected account (orders, inbox, credits): `loading` until the wallet layer
 * has reconnected, a Connect prompt with `connect` when no wallet is connected, else
 * `children(account)` with the lowercase address (the subgraph's ids).
 */
export function AccountRequired({
  connect,
  loading,
  testId,
  children,
}: {
  connect: ReactNode;
  loading: ReactNode;
  /** Test id of the connect prompt. */
  testId: string;
  children: (account: string) => ReactNode;
}) {
  const account = useAccountState();
  if (account.status === "unknown") return <>{loading}</>;
  if (account.status === "disconnected") {
    return (
      <div className="catalog__state" data-testid={testId}>
        <p>{connect}</p>
        <ConnectPrompt />
      </div>
    );
  }
  return <>{children(account.address.toLowerCase())}</>;
}
