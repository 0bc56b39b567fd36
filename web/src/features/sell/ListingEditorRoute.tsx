import { useTranslation } from "react-i18next";

/** Placeholder while the page is built. */
export default function ListingEditorRoute() {
  const { t } = useTranslation("sell");
  return <h1>{t("profile.title")}</h1>;
}
