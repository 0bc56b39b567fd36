import { useTranslation } from "react-i18next";

/** Placeholder while the page is built. */
export default function DashboardRoute() {
  const { t } = useTranslation("dashboard");
  return <h1>{t("title")}</h1>;
}
