// The step runner behind useWrite: a write is a list of steps run in order; its state drives the
// Stepper. No wagmi here (the built-in steps in steps.ts bring it), so it is tested on its own.
import type { TFunction } from "i18next";
import type { Hash, TransactionReceipt } from "viem";
import { decodeTxError, TxStepError, type DecodedError, type DecodeOptions } from "./errors";

export type StepStatus = "pending" | "active" | "done" | "failed";

export interface StepState {
  id: string;
  label: string;
  status: StepStatus;
  /** 0..1 for steps that report progress (uploads); undefined otherwise. */
  progress?: number;
}

export interface TxState {
  status: "idle" | "running" | "failed" | "done";
  steps: StepState[];
  error?: DecodedError;
  /** The transaction sent by the "send" step (the last one, when a plan sends several). */
  hash?: Hash;
  receipt?: TransactionReceipt;
}

/** What a step sees: results of earlier steps, the transaction so far, progress, cancellation. */
export interface StepContext<Deps = unknown> {
  /** Whatever the caller's and the built-in steps keep for later steps (a CID, a signature, …). */
  results: Record<string, unknown>;
  hash?: Hash;
  receipt?: TransactionReceipt;
  /** Reports progress 0..1 (shown as a bar under the step). */
  progress(fraction: number): void;
  /** Aborted when the write is reset or its component unmounts. */
  signal: AbortSignal;
  /** The environment of built-in steps (wagmi config, query client, indexer), from useWrite. */
  deps: Deps;
  t: TFunction;
}

export interface TxStep<Deps = unknown> {
  id: string;
  /** A label, or a function of `t` (built-in steps use their `tx.steps` label). */
  label: string | ((t: TFunction) => string);
  /** Shows a progress bar while active (uploads). */
  progress?: boolean;
  run(ctx: StepContext<Deps>): Promise<void> | void;
}

export interface TxPlan<Deps = unknown> {
  steps: readonly TxStep<Deps>[];
  /** Formats token amounts in error sentences (e.g. PriceExceedsMax's totals). */
  formatAmount?: DecodeOptions["formatAmount"];
}

export type TxOutcome =
  | { ok: true; hash?: Hash; receipt?: TransactionReceipt; results: Record<string, unknown> }
  | { ok: false; error: DecodedError };

export interface RunnerOptions<Deps> {
  deps: Deps;
  t: TFunction;
  locale?: string;
  /** Called with every new state (React's setState). */
  onChange?(state: TxState): void;
  /** Called once per finished run or retry (toasts). */
  onSettled?(outcome: TxOutcome, state: TxState): void;
}

const idle: TxState = { status: "idle", steps: [] };

/**
 * Runs a plan's steps in order. On failure the state keeps every step's status, the decoded error
 * and what the earlier steps produced; `retry()` resumes at the failed step (or at the step a
 * TxStepError names in `retryFrom`), so a mined transaction is never sent again.
 */
export class TxRunner<Deps = unknown> {
  private state: TxState = idle;
  private plan?: TxPlan<Deps>;
  private ctx?: StepContext<Deps>;
  private resumeAt = 0;
  private controller = new AbortController();
  private running?: Promise<TxOutcome>;

  constructor(private options: RunnerOptions<Deps>) {}

  /** Replaces the environment (deps, t, locale, callbacks) for the next start. */
  configure(options: RunnerOptions<Deps>) {
    this.options = options;
  }

  get current(): TxState {
    return this.state;
  }

  private set(next: TxState) {
    this.state = next;
    this.options.onChange?.(next);
  }

  private patchStep(index: number, patch: Partial<StepState>) {
    const steps = this.state.steps.map((step, i) => (i === index ? { ...step, ...patch } : step));
    this.set({ ...this.state, steps });
  }

  /** Starts a new write (a running one is cancelled). */
  start(plan: TxPlan<Deps>): Promise<TxOutcome> {
    this.controller.abort();
    this.controller = new AbortController();
    const signal = this.controller.signal;
    const { t, deps } = this.options;
    this.plan = plan;
    this.resumeAt = 0;
    const ctx: StepContext<Deps> = {
      results: {},
      signal,
      deps,
      t,
      progress: () => {},
    };
    this.ctx = ctx;
    this.set({
      status: "running",
      steps: plan.steps.map((step) => ({
        id: step.id,
        label: typeof step.label === "function" ? step.label(t) : step.label,
        status: "pending",
        ...(step.progress ? { progress: 0 } : {}),
      })),
    });
    return (this.running = this.from(0, ctx, signal));
  }

  /** Resumes a failed write at its failed step; a write that is not failed is left alone. */
  retry(): Promise<TxOutcome> {
    if (this.state.status !== "failed" || !this.ctx || !this.plan) {
      return this.running ?? Promise.resolve({ ok: false, error: this.state.error ?? this.unknown() });
    }
    const signal = this.controller.signal;
    const steps = this.state.steps.map((step, index) =>
      index >= this.resumeAt ? { ...step, status: "pending" as const } : step,
    );
    this.set({ ...this.state, status: "running", steps, error: undefined });
    return (this.running = this.from(this.resumeAt, this.ctx, signal));
  }

  /** Forgets the write and cancels what is running. */
  reset() {
    this.controller.abort();
    this.controller = new AbortController();
    this.plan = undefined;
    this.ctx = undefined;
    this.running = undefined;
    this.set(idle);
  }

  private unknown(): DecodedError {
    return decodeTxError(new Error("nothing to retry"), this.options.t);
  }

  private async from(first: number, ctx: StepContext<Deps>, signal: AbortSignal): Promise<TxOutcome> {
    const plan = this.plan!;
    for (let index = first; index < plan.steps.length; index++) {
      const step = plan.steps[index]!;
      if (signal.aborted) return { ok: false, error: this.unknown() };
      this.patchStep(index, { status: "active" });
      ctx.progress = (fraction) => {
        if (!signal.aborted && step.progress) this.patchStep(index, { progress: Math.min(1, Math.max(0, fraction)) });
      };
      try {
        await step.run(ctx);
      } catch (error) {
        if (signal.aborted) return { ok: false, error: this.unknown() };
        const decoded = decodeTxError(error, this.options.t, {
          formatAmount: plan.formatAmount,
          locale: this.options.locale,
        });
        const retryFrom = error instanceof TxStepError && error.retryFrom;
        const back = retryFrom ? plan.steps.findIndex((candidate) => candidate.id === retryFrom) : -1;
        this.resumeAt = back >= 0 && back <= index ? back : index;
        this.patchStep(index, { status: "failed" });
        this.set({ ...this.state, status: "failed", error: decoded, hash: ctx.hash, receipt: ctx.receipt });
        const outcome: TxOutcome = { ok: false, error: decoded };
        this.options.onSettled?.(outcome, this.state);
        return outcome;
      }
      if (signal.aborted) return { ok: false, error: this.unknown() };
      this.patchStep(index, { status: "done", ...(step.progress ? { progress: 1 } : {}) });
      this.set({ ...this.state, hash: ctx.hash, receipt: ctx.receipt });
    }
    this.set({ ...this.state, status: "done" });
    const outcome: TxOutcome = { ok: true, hash: ctx.hash, receipt: ctx.receipt, results: ctx.results };
    this.options.onSettled?.(outcome, this.state);
    return outcome;
  }
}
