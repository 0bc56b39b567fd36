import { useTranslation } from "react-i18next";

/** Placeholder while the page is built. */
export default function SellerCouponsRoute() {
  const { t } = useTranslation("coupons");
  return <h1>{t("field.label")}</h1>;
}
