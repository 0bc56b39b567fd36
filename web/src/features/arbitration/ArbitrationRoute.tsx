import { useTranslation } from "react-i18next";

/** Placeholder while the page is built. */
export default function ArbitrationRoute() {
  const { t } = useTranslation("arbitration");
  return <h1>{t("title")}</h1>;
}
