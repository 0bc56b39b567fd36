import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { countdown, countdownText } from "../countdown";
import { useNow } from "../../../lib/chain/chainClock";

/** Less than this left: the countdown is shown as urgent. */
const URGENT_SECONDS = 24 * 3_600;

/**
 * A live countdown to `deadline` (unix seconds): "2 d 4 h left", then "ended 3 h ago"; the exact
 * date and time in the `<time>` element's title and datetime.
 */
export function Countdown({ deadline, testId }: { deadline: string | number; testId?: string }) {
  const { t } = useTranslation("orders");
  const format = useFormat();
  const now = useNow();
  const seconds = Number(deadline);
  const state = countdown(seconds, now);
  const date = new Date(seconds * 1000);
  const urgency = state.ended ? "ended" : state.remaining < URGENT_SECONDS ? "urgent" : "open";
  return (
    <time
      className={`countdown countdown--${urgency}`}
      dateTime={date.toISOString()}
      title={format.dateTime(date)}
      data-testid={testId}
      data-state={urgency}
    >
      {countdownText(t, format, state)}
    </time>
  );
}
