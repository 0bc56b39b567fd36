// The pause switch, with the marketplace's state shown first and large: open or paused.
import { useTranslation } from "react-i18next";
import { useAdminChange, useAdminContext } from "../hooks/useAdminChange";
import { ReviewChange } from "./ReviewChange";

export function PauseSection() {
  const { t } = useTranslation("admin");
  const { state } = useAdminContext();
  const change = useAdminChange();
  const paused = state.paused;
  const current = paused ? t("pause.paused") : t("pause.open");
  const propose = () =>
    change.propose(
      paused
        ? {
            title: t("pause.unpauseTitle"),
            rows: [{ label: t("pause.state"), from: current, to: t("pause.open") }],
            note: t("pause.unpauseNote"),
            confirm: t("pause.unpauseConfirm"),
            functionName: "unpause",
            args: [],
            success: t("pause.unpaused"),
          }
        : {
            title: t("pause.pauseTitle"),
            rows: [{ label: t("pause.state"), from: current, to: t("pause.paused") }],
            note: t("pause.pauseNote"),
            confirm: t("pause.pauseConfirm"),
            functionName: "pause",
            args: [],
            success: t("pause.pausedDone"),
          },
    );

  return (
    <section
      className="card admin-section admin-pause"
      aria-labelledby="admin-pause-heading"
      data-paused={paused}
      data-testid="admin-pause"
    >
      <h2 id="admin-pause-heading">{t("pause.heading")}</h2>
      <p className="admin-pause__state" data-testid="admin-pause-state">
        <span className="admin-pause__dot" aria-hidden="true" />
        {current}
      </p>
      <p className="form-field__hint">{paused ? t("pause.pausedExplain") : t("pause.openExplain")}</p>
      {!change.proposed && (
        <div>
          <button
            type="button"
            className={paused ? "button button--primary" : "button admin-button--danger"}
            onClick={propose}
            data-testid="admin-pause-toggle"
          >
            {paused ? t("pause.unpause") : t("pause.pause")}
          </button>
        </div>
      )}
      <ReviewChange change={change} />
    </section>
  );
}
