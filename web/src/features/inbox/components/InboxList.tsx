import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listingLabel } from "../../../lib/chain/listingId";
import { useFormat } from "../../../lib/i18n/format";
import { orderLabel } from "../../orders/orderId";
import type { InboxEntry } from "../inboxEntries";

/** Unix seconds, ticking every `intervalMs` (countdowns). */
function useNowSeconds(intervalMs = 30_000) {
  const [now, setNow] = useState(() => Math.floor(Date.now() / 1000));
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Math.floor(Date.now() / 1000)), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

function EntryRow({ entry, now }: { entry: InboxEntry; now: number }) {
  const { t } = useTranslation("inbox");
  const format = useFormat();
  const when = entry.time * 1000;
  const name = entry.order.metadata?.name ?? listingLabel(entry.order.listing.id);
  const reason =
    entry.reason === "messages" ? t("reason.messages", { count: entry.unread ?? 0 }) : t(`reason.${entry.reason}`);
  const whenKey = entry.reason === "ship" && entry.overdue ? "shipOverdue" : entry.reason;
  return (
    <li
      className="inbox-entry card"
      data-testid="inbox-entry"
      data-reason={entry.reason}
      data-soon={entry.soon || undefined}
    >
      <Link to={`/orders/${BigInt(entry.order.id).toString()}`} className="inbox-entry__link">
        <span className="inbox-entry__reason">{reason}</span>
        <span className="inbox-entry__order">
          {name} · {t("order", { label: orderLabel(entry.order.id) })}
          {entry.role && <> · {t(`role.${entry.role}`)}</>}
        </span>
        <span className="inbox-entry__when">
          {t(`when.${whenKey}`, { date: format.dateTime(when) })}{" "}
          <time dateTime={new Date(when).toISOString()} className="inbox-entry__countdown">
            ({format.relative(when, now * 1000)})
          </time>
        </span>
      </Link>
      {entry.soon && (
        <span className="chip inbox-entry__flag" data-testid="inbox-soon">
          {entry.overdue ? t("overdue") : t("soon")}
        </span>
      )}
    </li>
  );
}

/** The entries, in the classification's order (flagged deadlines first), each linking to its order. */
export function InboxList({ entries }: { entries: readonly InboxEntry[] }) {
  const { t } = useTranslation("inbox");
  const now = useNowSeconds();
  return (
    <ul className="inbox-list" aria-label={t("list")} data-testid="inbox-list">
      {entries.map((entry) => (
        <EntryRow key={entry.key} entry={entry} now={now} />
      ))}
    </ul>
  );
}
