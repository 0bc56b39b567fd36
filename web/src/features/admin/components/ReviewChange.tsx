// The confirm step of every owner's change: what changes, old → new, what it affects, then
// Confirm (sent through the write mechanism, with its stepper and decoded error) or Back.
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Stepper } from "../../../lib/tx/Stepper";
import type { AdminChange } from "../hooks/useAdminChange";

export function ReviewChange({ change }: { change: AdminChange }) {
  const { t } = useTranslation("admin");
  const headingId = useId();
  const { proposed, write } = change;
  if (!proposed) return null;
  const done = write.state.status === "done";
  return (
    <section className="admin-review" aria-labelledby={headingId} data-testid="admin-review">
      <h3 id={headingId} className="admin-review__title">
        {proposed.title}
      </h3>
      <dl className="admin-review__rows">
        {proposed.rows.map((row) => (
          <div key={row.label} className="admin-review__row" data-testid="admin-review-row">
            <dt>{row.label}</dt>
            <dd>
              {row.from !== undefined && (
                <>
                  <span className="admin-review__from">{row.from}</span>
                  {/* Read as "to" by screen readers. */}
                  <span role="img" aria-label={t("review.to")}>
                    {" → "}
                  </span>
                </>
              )}
              <strong className="admin-review__to">{row.to}</strong>
            </dd>
          </div>
        ))}
      </dl>
      {proposed.note && <p className="form-field__hint">{proposed.note}</p>}
      <div className="admin-review__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={write.busy || done}
          aria-busy={write.busy || undefined}
          onClick={() => void change.confirm()}
          data-testid="admin-review-confirm"
        >
          {write.busy ? t("review.sending") : proposed.confirm}
        </button>
        <button type="button" className="button" disabled={write.busy} onClick={change.cancel}>
          {t("review.back")}
        </button>
      </div>
      <Stepper state={write.state} onRetry={() => void change.retry()} />
    </section>
  );
}
