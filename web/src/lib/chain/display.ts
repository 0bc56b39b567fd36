// How addresses, ids and token amounts read on every page.
import { formatUnits } from "viem";
import type { Format } from "../i18n/format";

/** "0x7099…79c8": long hex shortened to its first 6 and last 4 characters. */
export const shortHex = (value: string) => (value.length > 14 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value);

/** "12.5 USDC": an amount in base units, in token units with the token's decimals, grouped by locale. */
export function formatPrice(
  format: Format,
  price: string,
  token: { id: string; symbol?: string | null; decimals?: number | null },
) {
  const amount = formatUnits(BigInt(price), token.decimals ?? 0);
  const grouped = new Intl.NumberFormat(format.locale, { maximumFractionDigits: 18 }).format(
    amount as Intl.StringNumericLiteral,
  );
  return `${grouped} ${token.symbol ?? shortHex(token.id)}`;
}
