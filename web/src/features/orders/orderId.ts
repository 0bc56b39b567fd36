// An order id packs its seller, listing and order number (contracts/src/lib/Ids.sol: seller << 96 |
// listingNumber << 48 | orderNumber). URLs may carry it as the subgraph's 32-byte hex or as the
// contract's decimal uint256; pages name an order by its listing and order numbers.

const NUMBER_MASK = (1n << 48n) - 1n;
const MAX_ID = (1n << 256n) - 1n;

/** The subgraph's id of an order (`0x` + 64 lowercase hex digits) from a URL's hex or decimal id. */
export function orderIdFromParam(param: string): string | undefined {
  const text = param.trim();
  if (!/^(0x[0-9a-fA-F]{1,64}|[0-9]{1,78})$/.test(text)) return undefined;
  const value = BigInt(text);
  if (value === 0n || value > MAX_ID) return undefined;
  return `0x${value.toString(16).padStart(64, "0")}`;
}

/** "#12-3": listing 12, its 3rd order. */
export function orderLabel(id: string): string {
  const value = BigInt(id);
  const listing = (value >> 48n) & NUMBER_MASK;
  const order = value & NUMBER_MASK;
  return `#${listing}-${order}`;
}
