import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import type { StepState, TxState } from "./runner";

function StepIcon({ step, index }: { step: StepState; index: number }) {
  if (step.status === "done") return <>✓</>;
  if (step.status === "failed") return <>!</>;
  if (step.status === "active") return <span className="tx-step__spinner" />;
  return <>{index + 1}</>;
}

/**
 * The steps of a write (useWrite's state) as an ordered list: each with its status, a progress bar
 * for uploads, the current step announced politely and an error as an alert with Retry. Renders
 * nothing for an idle write. No wallet code: pages may render it anywhere.
 */
export function Stepper({ state, onRetry, className }: { state: TxState; onRetry?: () => void; className?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (state.status === "idle" || state.steps.length === 0) return null;
  const activeIndex = state.steps.findIndex((step) => step.status === "active");
  const active = state.steps[activeIndex];
  const announcement = active
    ? t("tx.stepper.current", { index: activeIndex + 1, count: state.steps.length, label: active.label })
    : state.status === "done"
      ? t("tx.stepper.finished")
      : "";

  return (
    <section className={className ? `tx-stepper ${className}` : "tx-stepper"} aria-label={t("tx.stepper.label")}>
      <ol className="tx-stepper__steps">
        {state.steps.map((step, index) => (
          <li
            key={step.id}
            className="tx-step"
            data-status={step.status}
            aria-current={step.status === "active" ? "step" : undefined}
          >
            <span className="tx-step__icon" aria-hidden="true">
              <StepIcon step={step} index={index} />
            </span>
            <span className="tx-step__label">
              {step.label}
              <span className="visually-hidden"> ({t(`tx.stepper.${step.status}`)})</span>
            </span>
            {step.progress !== undefined && step.status === "active" && (
              <progress
                className="tx-step__progress"
                max={1}
                value={step.progress}
                aria-label={t("tx.stepper.progress", { percent: format.percent(step.progress) })}
              />
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {state.status === "failed" && state.error && (
        <div className="tx-stepper__error" role="alert">
          <p className="tx-stepper__message">{state.error.message}</p>
          {onRetry && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t("tx.stepper.retry")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
