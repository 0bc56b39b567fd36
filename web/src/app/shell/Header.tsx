import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ConnectPlaceholder } from "../../lib/wallet/ConnectPlaceholder";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { InboxBadge } from "../../features/inbox/InboxBadge";
import { CartButton } from "./CartButton";
import { OrdersLink } from "./OrdersLink";
import { CategoryNav } from "./CategoryNav";
import { ChainSwitch } from "./ChainSwitch";
import { LogoMark, StoreIcon } from "./icons";
import { LanguageSwitch } from "./LanguageSwitch";
import { SearchForm } from "./SearchForm";
import { ThemeSwitch } from "./ThemeSwitch";
import { WalletConnectButton } from "./walletIslands";

const connectFallback = <ConnectPlaceholder />;
const connectButton = <WalletConnectButton />;

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="wordmark" aria-label={t("shell.home")}>
          <LogoMark />
          <span className="wordmark__text" aria-hidden>
            {t("app.name")}
          </span>
        </Link>
        <SearchForm />
        <div className="site-header__prefs">
          <ChainSwitch />
          <LanguageSwitch />
          <ThemeSwitch />
        </div>
        <nav className="site-header__shortcuts" aria-label={t("shell.shortcuts")}>
          <Link to="/sell" className="site-header__sell" data-testid="sell-link">
            <StoreIcon />
            <span className="site-header__sell-text">{t("shell.sell")}</span>
          </Link>
          <OrdersLink />
          <InboxBadge />
          <CartButton />
        </nav>
        <WalletIsland className="site-header__wallet" fallback={connectFallback}>
          {connectButton}
        </WalletIsland>
      </div>
      <CategoryNav />
    </header>
  );
}
