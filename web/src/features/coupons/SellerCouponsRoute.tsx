import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../lib/documentTitle";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { SellerCoupons } from "./components/SellerCoupons";
import "./coupons.css";

/** `/sell/coupons`: the connected seller signs coupons, shares them, follows their use and revokes them. */
export default function SellerCouponsRoute() {
  const { t } = useTranslation("coupons");
  useDocumentTitle(t("seller.title"));
  return (
    <div className="page seller-coupons">
      <h1>{t("seller.heading")}</h1>
      <p className="listing-page__meta">{t("seller.intro")}</p>
      <AccountRequired
        connect={t("seller.connect")}
        testId="seller-coupons-connect"
        loading={
          <p className="catalog__state" role="status">
            {t("seller.loading")}
          </p>
        }
      >
        {(account) => <SellerCoupons key={account} account={account} />}
      </AccountRequired>
    </div>
  );
}
