import { useTranslation } from "react-i18next";
import { requestConnect, useWalletLoadState } from "./walletLoader";

/** The Connect button of the first load: same label, no wallet code; a click loads the layer. */
export function ConnectPlaceholder() {
  const { t } = useTranslation();
  const load = useWalletLoadState();
  const busy = load.status === "loading";
  return (
    <span className="connect-placeholder">
      <button type="button" className="button button--primary" aria-busy={busy || undefined} onClick={requestConnect}>
        {t("wallet.connect")}
      </button>
      {load.status === "error" && (
        <span role="alert" className="visually-hidden">
          {t("wallet.failed")}
        </span>
      )}
    </span>
  );
}
