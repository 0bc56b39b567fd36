import { useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Sets the tab's title to "<title> · Agora" while the calling page is shown. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const suffix = t("app.titleSuffix");
  useEffect(() => {
    document.title = title ? `${title} · ${suffix}` : suffix;
  }, [title, suffix]);
}
