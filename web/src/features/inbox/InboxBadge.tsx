// The header's inbox entry point: how many things wait on the connected account. First-load code,
// so it is only this switch: nothing connected, nothing loaded (no query, no strings); the badge
// itself loads once an account connects (which needs the wallet layer, loaded later anyway).
import { lazy, Suspense } from "react";
import { useAccountId } from "../../lib/wallet/account";

const AccountInboxBadge = lazy(() => import("./AccountInboxBadge"));

/**
 * A link to `/inbox` with the number of things that wait on the connected account (polled every
 * 30 s and on focus). Renders nothing while no account is connected.
 */
export function InboxBadge({ className }: { className?: string }) {
  const account = useAccountId();
  return account ? (
    <Suspense fallback={null}>
      <AccountInboxBadge account={account} className={className} />
    </Suspense>
  ) : null;
}
