// The seller's orders as a CSV file (RFC 4180: comma-separated, CRLF line ends, fields with a
// comma, quote or line break in double quotes, quotes doubled). Listing titles are the seller's
// own text, but a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as
// a formula: such cells get a leading apostrophe, which spreadsheets show as text.
import { formatUnits } from "viem";
import type { SalesExportQuery } from "../../lib/indexer/generated/graphql";

export type ExportOrder = SalesExportQuery["orders"][number];

/** The header row, in column order. */
export const salesCsvColumns = [
  "order_id",
  "date",
  "listing_id",
  "listing_title",
  "buyer",
  "quantity",
  "token",
  "amount",
  "fee",
  "status",
  "shipped_at",
  "closed_at",
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: formula-looking text defused, then quoted if it must be. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of fields as CSV text, each line ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** A unix-seconds timestamp from the subgraph as ISO 8601 (UTC); empty when absent. */
const isoTime = (seconds: string | null) => (seconds === null ? "" : new Date(Number(seconds) * 1000).toISOString());

/** An order's row: ids as the site's URLs use them, amounts as decimal token units. */
export function salesCsvRow(order: ExportOrder): string[] {
  const decimals = order.token.decimals ?? 0;
  return [
    order.orderId,
    isoTime(order.placedAt),
    order.listing.id,
    order.metadata?.name ?? order.listing.current[0]?.name ?? "",
    order.buyer.id,
    order.quantity,
    order.token.symbol ?? order.token.id,
    formatUnits(BigInt(order.amount), decimals),
    formatUnits(BigInt(order.platformFee), decimals),
    order.status,
    isoTime(order.shippedAt),
    isoTime(order.closedAt),
  ];
}

/** The whole file: the header, then the orders oldest first. */
export function salesCsv(orders: readonly ExportOrder[]): string {
  const compare = (a: string, b: string) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0);
  const sorted = [...orders].sort((a, b) => compare(a.placedAt, b.placedAt) || compare(a.orderId, b.orderId));
  return toCsv([salesCsvColumns, ...sorted.map(salesCsvRow)]);
}

/** `agora-sales-0x7099…79c8-2024-05-01.csv`, without the ellipsis: a name every file system takes. */
export function salesCsvFileName(seller: string, now: Date): string {
  return `agora-sales-${seller.slice(0, 8)}-${now.toISOString().slice(0, 10)}.csv`;
}
