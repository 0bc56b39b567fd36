import { useTranslation } from "react-i18next";

/** Placeholder while the page is built. */
export default function AdminRoute() {
  const { t } = useTranslation("admin");
  return <h1>{t("title")}</h1>;
}
