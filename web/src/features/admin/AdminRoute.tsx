import { lazy, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/documentTitle";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import "./admin.css";

const AdminGate = lazy(() => import("./components/AdminGate"));

/**
 * `/admin`: the owner's tools. Who may use them is decided on chain, inside the wallet island;
 * without a wallet the page asks to connect.
 */
export default function AdminRoute() {
  const { t } = useTranslation("admin");
  useDocumentTitle(t("title"));
  // Stable elements: an island re-registers whenever its content or fallback changes.
  const checking = useMemo(
    () => (
      <p className="catalog__state" role="status" data-testid="admin-checking">
        {t("gate.checking")}
      </p>
    ),
    [t],
  );
  const gate = useMemo(() => <AdminGate />, []);
  return (
    <div className="page admin-page">
      <h1>{t("heading")}</h1>
      <AccountRequired connect={t("gate.connect")} testId="admin-connect" loading={checking}>
        {() => <WalletIsland fallback={checking}>{gate}</WalletIsland>}
      </AccountRequired>
    </div>
  );
}
