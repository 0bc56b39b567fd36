// How long until (or since) a deadline, in the two largest units that matter: "2 d 4 h left",
// "ended 3 h ago". Deadlines follow the contract: a window is open up to and including its last
// second, so a deadline has ended only once now is past it.
import type { TFunction } from "i18next";
import type { Format } from "../../lib/i18n/format";

export type DurationUnit = "d" | "h" | "min" | "s";
export interface DurationPart {
  unit: DurationUnit;
  value: number;
}

const unitSeconds: [DurationUnit, number][] = [
  ["d", 86_400],
  ["h", 3_600],
  ["min", 60],
  ["s", 1],
];

/** 187,200 s → 2 d 4 h; 3,900 s → 1 h 5 min; 45 s → 45 s (whole units, rounded down; seconds only under a minute). */
export function durationParts(seconds: number): DurationPart[] {
  let rest = Math.max(0, Math.floor(Math.abs(seconds)));
  if (rest < 60) return [{ unit: "s", value: rest }];
  const parts: DurationPart[] = [];
  for (const [unit, size] of unitSeconds) {
    if (unit === "s") break;
    const value = Math.floor(rest / size);
    rest -= value * size;
    if (value > 0 || parts.length > 0) parts.push({ unit, value });
    if (parts.length === 2) break;
  }
  return parts.filter((part, index) => index === 0 || part.value > 0);
}

export interface CountdownState {
  /** Now is past the deadline (the window's last second has gone). */
  ended: boolean;
  /** Seconds left (positive) or since it ended (negative). */
  remaining: number;
}

export function countdown(deadline: number, now: number): CountdownState {
  const remaining = deadline - now;
  return { ended: remaining < 0, remaining };
}

/** A duration in words ("2 d 4 h", "7 d", "45 s"), in the current language. */
export function durationText(t: TFunction<"orders">, format: Format, seconds: number): string {
  return durationParts(seconds)
    .map((part) => t(`countdown.units.${part.unit}`, { value: format.integer(part.value) }))
    .join(t("countdown.separator"));
}

/** "2 d 4 h left" / "ended 3 h ago", in the current language. */
export function countdownText(t: TFunction<"orders">, format: Format, state: CountdownState): string {
  const time = durationText(t, format, state.remaining);
  return state.ended ? t("countdown.ended", { time }) : t("countdown.left", { time });
}
