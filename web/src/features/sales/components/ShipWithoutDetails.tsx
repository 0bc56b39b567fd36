import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * When the buyer published no encryption key nothing can be sealed to them: the seller may still
 * mark the order shipped (or delivered), once they confirm the buyer gets no details.
 */
export function ShipWithoutDetails({
  form,
  busy,
  onShip,
  children,
}: {
  /** Which words: a parcel's ("ship") or a digital good's ("deliver"). */
  form: "ship" | "deliver";
  busy: boolean;
  onShip: () => void;
  /** Shown under the button (the write's stepper). */
  children?: ReactNode;
}) {
  const { t } = useTranslation("sales");
  const [confirmed, setConfirmed] = useState(false);
  return (
    <div className="sales-ship__form" data-testid="ship-no-key">
      <p className="notice notice--warning">{t(`${form}.noBuyerKey`)}</p>
      <label className="sales-ship__confirm">
        <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />{" "}
        {t(`${form}.confirmNoDetails`)}
      </label>
      <div className="sales-ship__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!confirmed || busy}
          aria-busy={busy || undefined}
          onClick={onShip}
        >
          {busy ? t(`${form}.submitting`) : t(`${form}.submitNoDetails`)}
        </button>
      </div>
      {children}
    </div>
  );
}
