import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAppConfig } from "../../config/ConfigContext";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { ContractStatus } from "./walletIslands";

export function Footer() {
  const { t } = useTranslation();
  const config = useAppConfig();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="site-footer__heading">
            {t("shell.footer.about")}
          </h2>
          <p>{t("app.tagline")}</p>
        </section>
        <nav aria-labelledby="footer-marketplace">
          <h2 id="footer-marketplace" className="site-footer__heading">
            {t("shell.footer.marketplace")}
          </h2>
          <ul className="site-footer__links">
            <li>
              <Link to="/sell">{t("shell.footer.sell")}</Link>
            </li>
            <li>
              <Link to="/arbitration">{t("shell.footer.arbitration")}</Link>
            </li>
            <li>
              <Link to="/admin">{t("shell.footer.admin")}</Link>
            </li>
          </ul>
        </nav>
        <section aria-labelledby="footer-network" data-testid="network-status">
          <h2 id="footer-network" className="site-footer__heading">
            {t("shell.footer.network")}
          </h2>
          <p>{t("shell.footer.chain", { name: config.chainName, id: config.chainId })}</p>
          <WalletIsland fallback={<NetworkLoading />}>
            <ContractStatus />
          </WalletIsland>
        </section>
      </div>
    </footer>
  );
}

function NetworkLoading() {
  const { t } = useTranslation();
  return <p role="status">{t("status.loading")}</p>;
}
