// Day labels in the visitor's language. The subgraph's days are UTC days, so they are named in UTC:
// a seller west of Greenwich would otherwise see each bar labelled with the day before.

/** "Mar 5" / "3月5日" (axis ticks) and "Mar 5, 2025" / "2025年3月5日" (tooltip, table) for a UTC day. */
export function dayFormatters(locale: string) {
  const short = new Intl.DateTimeFormat(locale, { month: "short", day: "numeric", timeZone: "UTC" });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  return {
    short: (dayStart: number) => short.format(dayStart * 1000),
    long: (dayStart: number) => long.format(dayStart * 1000),
    /** The ISO date of the day, for `<time dateTime>`. */
    iso: (dayStart: number) => new Date(dayStart * 1000).toISOString().slice(0, 10),
  };
}
