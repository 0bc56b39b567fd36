import { Address, BigInt, Bytes, ethereum } from "@graphprotocol/graph-ts";

// Listing and order ids (contracts/src/lib/Ids.sol):
//   listingId = seller << 96 | listingNumber << 48
//   orderId   = listingId | orderNumber
// As 32 big-endian bytes: seller = bytes 0..19, listing number = 20..25, order number = 26..31.

/** A uint256 as 32 big-endian bytes (the entity id of listings and orders). */
export function uint256ToBytes(value: BigInt): Bytes {
  const out = new Bytes(32);
  // BigInt is little-endian; a trailing sign byte of a positive value is dropped.
  const length = value.length < 32 ? value.length : 32;
  for (let i = 0; i < length; i++) {
    out[31 - i] = value[i];
  }
  return out;
}

/** Big-endian bytes [start, end) of a 32-byte id as an unsigned BigInt. */
function slice(id: Bytes, start: i32, end: i32): BigInt {
  const le = new Bytes(end - start);
  for (let i = start; i < end; i++) {
    le[end - 1 - i] = id[i];
  }
  return BigInt.fromUnsignedBytes(le);
}

/** The seller encoded in a listing or order id. */
export function sellerOf(id: Bytes): Address {
  return Address.fromBytes(Bytes.fromUint8Array(id.subarray(0, 20)));
}

/** The global listing number of a listing or order id. */
export function listingNumberOf(id: Bytes): BigInt {
  return slice(id, 20, 26);
}

/** The order number (within its listing) of an order id. */
export function orderNumberOf(id: Bytes): BigInt {
  return slice(id, 26, 32);
}

/** The listing id of an order id: its low 48 bits cleared. */
export function listingOf(orderId: Bytes): Bytes {
  const out = new Bytes(32);
  for (let i = 0; i < 26; i++) {
    out[i] = orderId[i];
  }
  return out;
}

/** Id of an entity written once per log: transaction hash ++ log index. */
export function eventId(event: ethereum.Event): Bytes {
  return event.transaction.hash.concatI32(event.logIndex.toI32());
}
