import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage, localeTags } from "./i18n";

/**
 * Locale-aware formatters (Intl) for the current language. Numbers, percentages, dates and
 * relative times on every page go through these, never through toString/toFixed.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = localeTags[currentLanguage(i18n)];
  return useMemo(() => createFormat(locale), [locale]);
}

export function createFormat(locale: string) {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 2 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  return {
    locale,
    /** A whole number or bigint, grouped by locale. */
    integer: (value: number | bigint) => integer.format(value),
    /** A fraction (0.025) as a percentage with two decimals ("2.50%"). */
    percent: (fraction: number) => percent.format(fraction),
    date: (value: Date | number) => date.format(value),
    dateTime: (value: Date | number) => dateTime.format(value),
    /** A moment relative to now ("in 3 days", "5 minutes ago"), in the largest fitting unit. */
    relative: (value: Date | number, now: number = Date.now()) => {
      const seconds = Math.round((Number(value) - now) / 1000);
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ["year", 31_536_000],
        ["month", 2_592_000],
        ["week", 604_800],
        ["day", 86_400],
        ["hour", 3_600],
        ["minute", 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      }
      return relative.format(seconds, "second");
    },
  };
}

export type Format = ReturnType<typeof createFormat>;
