// One owner's change at a time per section: proposed (the review states old → new), then sent
// through the one write mechanism on confirmation; the chain's state and the index are refreshed
// once it is mined and indexed. A failed or rejected write keeps the review (and the form) as is.
import type { QueryKey } from "@tanstack/react-query";
import { createContext, useCallback, useContext, useState } from "react";
import { contractWrite } from "../../../lib/tx/steps";
import { useWrite } from "../../../lib/tx/useWrite";
import type { MarketplaceContract, MarketplaceState } from "./useMarketplaceState";

/** The Marketplace's owner functions (and the fee sweep) the page calls. */
export type AdminFunction =
  | "allowToken"
  | "removeToken"
  | "approveArbiter"
  | "removeArbiter"
  | "setPlatformFee"
  | "setTreasury"
  | "pause"
  | "unpause"
  | "transferOwnership"
  | "acceptOwnership"
  | "sweepFees";

/** One line of a review: what changes, from what, to what (without `from`: a fact, e.g. which account). */
export interface ChangeRow {
  label: string;
  from?: string;
  to: string;
}

export interface ProposedChange {
  /** The review's heading ("Change the platform fee"). */
  title: string;
  rows: readonly ChangeRow[];
  /** What the change does (and does not) affect. */
  note?: string;
  /** The confirm button's label. */
  confirm: string;
  functionName: AdminFunction;
  args: readonly unknown[];
  /** The success toast. */
  success: string;
}

/** What every section needs: the contract, its state on chain and what to refresh after a change. */
export interface AdminContextValue {
  marketplace: MarketplaceContract;
  account: string;
  state: MarketplaceState;
  /** Query keys refreshed after each change (chain reads and the index). */
  refresh: readonly QueryKey[];
}

export const AdminContext = createContext<AdminContextValue | null>(null);

export function useAdminContext(): AdminContextValue {
  const value = useContext(AdminContext);
  if (!value) throw new Error("useAdminContext outside <AdminContext>");
  return value;
}

/**
 * A section's change: `propose` opens the review, `confirm` sends it, `cancel` closes it. Resolves
 * with whether the change went through (then the review closes).
 */
export function useAdminChange({ onDone }: { onDone?: () => void } = {}) {
  const { marketplace, refresh } = useAdminContext();
  const write = useWrite();
  const [proposed, setProposed] = useState<ProposedChange | null>(null);

  const propose = useCallback(
    (change: ProposedChange) => {
      write.reset();
      setProposed(change);
    },
    [write],
  );

  const cancel = useCallback(() => {
    write.reset();
    setProposed(null);
  }, [write]);

  const finish = useCallback(
    (ok: boolean) => {
      if (ok) {
        setProposed(null);
        onDone?.();
      }
      return ok;
    },
    [onDone],
  );

  const confirm = useCallback(async () => {
    if (!proposed) return false;
    const { functionName, args, success } = proposed;
    const outcome = await write.run({
      steps: contractWrite({
        request: () => ({ address: marketplace.address, abi: marketplace.abi, functionName, args }),
        invalidate: refresh,
      }),
      success,
    });
    return finish(outcome.ok);
  }, [proposed, write, marketplace, refresh, finish]);

  const retry = useCallback(async () => finish((await write.retry()).ok), [write, finish]);

  return { proposed, propose, cancel, confirm, retry, write };
}

export type AdminChange = ReturnType<typeof useAdminChange>;

/** Whether the change under review is about `address` (its first argument): a list shows it on that row. */
export const proposedHere = (change: AdminChange, address: string) =>
  typeof change.proposed?.args[0] === "string" && change.proposed.args[0].toLowerCase() === address.toLowerCase();
