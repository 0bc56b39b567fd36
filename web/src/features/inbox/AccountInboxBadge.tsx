// The header's inbox entry point while an account is connected (loaded with the connection, not
// in the first load): how many things wait on the account, polled every 30 s and on focus.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../lib/i18n/format";
import { useInbox } from "./hooks/useInbox";

function InboxIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <path d="M22 12h-6l-2 3h-4l-2-3H2" strokeLinecap="round" strokeLinejoin="round" />
      <path
        d="M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export default function AccountInboxBadge({ account, className }: { account: string; className?: string }) {
  const { t, ready } = useTranslation("inbox", { useSuspense: false });
  const format = useFormat();
  const { entries } = useInbox(account);
  const count = entries?.length ?? 0;
  const flagged = entries?.some((entry) => entry.soon) ?? false;
  return (
    <Link
      to="/inbox"
      className={className ? `icon-button inbox-badge ${className}` : "icon-button inbox-badge"}
      aria-label={ready ? t("badge", { count }) : undefined}
      data-testid="inbox-badge"
    >
      <InboxIcon />
      {count > 0 && (
        <span className="inbox-badge__count" data-urgent={flagged || undefined} aria-hidden>
          {format.integer(count)}
        </span>
      )}
    </Link>
  );
}
