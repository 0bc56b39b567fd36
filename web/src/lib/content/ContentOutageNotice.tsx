import { useTranslation } from "react-i18next";
import { useContentOutage } from "./hooks";

/** A banner when IPFS reads fail for want of a gateway, with a retry of every failed read. */
export function ContentOutageNotice() {
  const { t } = useTranslation();
  const { outage, retry } = useContentOutage();
  if (!outage) return null;
  return (
    <div className="outage" role="alert" data-testid="content-outage">
      <p>{t("content.outage")}</p>
      <button type="button" className="button" onClick={() => void retry()}>
        {t("content.retry")}
      </button>
    </div>
  );
}
