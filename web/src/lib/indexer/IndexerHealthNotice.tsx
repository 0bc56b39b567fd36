import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../config/ConfigContext";
import { useIndexerHealth } from "./health";

/**
 * A site-wide banner while the catalogue index is down or far behind the chain: search and browse
 * are limited, listing and order pages read from the chain. Keeps the health fresh for those pages.
 */
export function IndexerHealthNotice() {
  const { t } = useTranslation();
  const health = useIndexerHealth().data;
  const { subgraphUrl } = useAppConfig();
  if (!health || health.status === "ok") return null;
  let state: string;
  if (health.status === "lagging") {
    state = t("indexer.health.lagging", {
      blocks: health.behindBlocks,
      minutes: Math.round(health.behindSeconds / 60),
    });
  } else {
    state = health.reason === "notConfigured" ? t("indexer.health.notConfigured") : t("indexer.health.down");
  }
  return (
    <div className="outage" role="status" data-testid="indexer-health" data-status={health.status}>
      <p>
        {state} {t("indexer.health.limited")}
      </p>
      {health.status === "down" && subgraphUrl && (
        // For the site's host: which endpoint of config.json did not answer, and how.
        <p className="outage__detail" data-testid="indexer-health-detail">
          {t("indexer.health.hostDetail", { url: subgraphUrl, reason: health.reason })}
        </p>
      )}
    </div>
  );
}
