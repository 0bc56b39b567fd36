// The ruling form's typed numbers: a percentage with up to two decimals (one basis point) and token
// amounts with up to the token's decimals, read exactly (strings to integers, no floating point),
// and written back the same way.
import { formatUnits } from "viem";
import { BPS } from "./split";

export type ParseError = "invalid" | "decimals";
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParseError };

const DECIMAL = /^([0-9]+)(?:\.([0-9]*))?$|^\.([0-9]+)$/;

/** Splits "12.50" into whole and fraction digits; `,` is read as the decimal point too. */
function decimalParts(text: string): { whole: string; fraction: string } | null {
  const match = DECIMAL.exec(text.trim().replace(",", "."));
  if (!match) return null;
  return { whole: match[1] ?? "0", fraction: match[2] ?? match[3] ?? "" };
}

/** "70" → 7,000; "70.13" → 7,013 basis points. More than two decimals or over 100 does not parse. */
export function parsePercent(text: string): Parsed<number> {
  const parts = decimalParts(text);
  if (!parts) return { ok: false, error: "invalid" };
  if (parts.fraction.length > 2) return { ok: false, error: "decimals" };
  const bps = Number(parts.whole) * 100 + Number(parts.fraction.padEnd(2, "0"));
  if (!Number.isSafeInteger(bps) || bps > BPS) return { ok: false, error: "invalid" };
  return { ok: true, value: bps };
}

/** A share as the percentage input shows it: 7,013 → "70.13", 7,000 → "70", 50 → "0.5". */
export function percentText(bps: number): string {
  const whole = Math.floor(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** "12.5" in a token of `decimals` → base units; more decimals than the token has does not parse. */
export function parseAmount(text: string, decimals: number): Parsed<bigint> {
  const parts = decimalParts(text);
  if (!parts) return { ok: false, error: "invalid" };
  if (parts.fraction.length > decimals) return { ok: false, error: "decimals" };
  return { ok: true, value: BigInt(parts.whole + parts.fraction.padEnd(decimals, "0")) };
}

/** Base units as the amount inputs show them, exactly: 7,350,000 (6 decimals) → "7.35". */
export const amountText = (value: bigint, decimals: number) => formatUnits(value, decimals);
