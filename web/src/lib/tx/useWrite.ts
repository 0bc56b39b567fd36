// The one write mechanism of the app, for wallet islands only (it needs the wallet layer's wagmi
// config): a plan of steps run in order, simulate before every send, read-your-writes through the
// subgraph's _meta block, decoded errors, retry from the failed step, result toasts.
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useConfig } from "wagmi";
import { getAccount } from "wagmi/actions";
import { useAppConfig } from "../../config/ConfigContext";
import { currentLanguage, localeTags } from "../i18n/i18n";
import { indexUnusable, useKnownIndexerHealth } from "../indexer/health";
import { useIndexerClient } from "../indexer/IndexerProvider";
import { TxRunner, type TxOutcome, type TxPlan, type TxState } from "./runner";
import { switchChainStep, type WriteDeps } from "./steps";
import { toastResult } from "./toast";

export interface WritePlan extends TxPlan<WriteDeps> {
  /** The success toast's sentence (default: tx.toast.success); false for no toast. */
  success?: string | false;
  /** Toast failures too (default true; a rejected prompt never gets one). */
  toastErrors?: boolean;
}

export interface Write {
  state: TxState;
  /** True while a step runs. */
  busy: boolean;
  /** Runs a plan; resolves with the outcome (it never throws: the error is in the outcome and state). */
  run(plan: WritePlan): Promise<TxOutcome>;
  /** Resumes a failed write at the failed step (a mined transaction is never sent again). */
  retry(): Promise<TxOutcome>;
  /** Forgets the write (back to idle). */
  reset(): void;
}

export interface UseWriteOptions {
  /** Poll interval and timeout of the "indexed" step (tests shorten them). */
  indexerWait?: WriteDeps["indexerWait"];
}

/**
 * A write's runner bound to the wallet layer: `const write = useWrite(); await write.run({ steps })`.
 * When the wallet is on another chain than the site's, a "switch network" step comes first.
 */
export function useWrite(options: UseWriteOptions = {}): Write {
  const wagmi = useConfig();
  const queryClient = useQueryClient();
  // While the index is down or far behind, a write does not wait for it: its "indexed" step only
  // refreshes (the pages that work then read the chain).
  const client = useIndexerClient();
  const indexer = indexUnusable(useKnownIndexerHealth()) ? null : client;
  const appConfig = useAppConfig();
  const { t, i18n } = useTranslation();
  const locale = localeTags[currentLanguage(i18n)];
  const [state, setState] = useState<TxState>({ status: "idle", steps: [] });
  const plan = useRef<WritePlan | undefined>(undefined);
  const [runner] = useState(() => new TxRunner<WriteDeps>({ deps: undefined as never, t }));

  const environment = { wagmi, queryClient, indexer, appConfig, t, locale, indexerWait: options.indexerWait };
  const latest = useRef(environment);
  useLayoutEffect(() => {
    latest.current = environment;
  });

  const configure = useCallback(() => {
    const { wagmi, queryClient, indexer, appConfig, t, locale, indexerWait } = latest.current;
    runner.configure({
      deps: { wagmi, chainId: appConfig.chainId, queryClient, indexer, indexerWait },
      t,
      locale,
      onChange: setState,
      onSettled(outcome, settled) {
        const current = plan.current;
        const explorerUrl = appConfig.explorerUrl;
        if (outcome.ok) {
          if (current?.success !== false) {
            toastResult(
              { ok: true, message: current?.success ?? t("tx.toast.success"), hash: outcome.hash, explorerUrl },
              t,
            );
          }
        } else if (current?.toastErrors !== false) {
          toastResult({ ok: false, error: outcome.error, hash: settled.hash, explorerUrl }, t);
        }
      },
    });
  }, [runner]);

  const run = useCallback(
    (next: WritePlan) => {
      configure();
      plan.current = next;
      const { wagmi, appConfig } = latest.current;
      const account = getAccount(wagmi);
      const steps =
        account.isConnected && account.chainId !== appConfig.chainId
          ? [switchChainStep(appConfig.chainName), ...next.steps]
          : next.steps;
      return runner.start({ ...next, steps });
    },
    [configure, runner],
  );

  const retry = useCallback(() => {
    configure();
    return runner.retry();
  }, [configure, runner]);

  const reset = useCallback(() => {
    plan.current = undefined;
    runner.reset();
  }, [runner]);

  return useMemo(() => ({ state, busy: state.status === "running", run, retry, reset }), [state, run, retry, reset]);
}
