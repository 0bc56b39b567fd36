import { Bytes } from "@graphprotocol/graph-ts";

// Raw CID bytes (as emitted by the contract) to the text form IPFS nodes and graph-node accept:
// CIDv0 (a bare sha2-256 multihash, 0x1220…) in base58btc ("Qm…"), CIDv1 in multibase base32
// lower case without padding ("b…"). Anything else is not a CID and gives null.

const BASE32_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** Reads an unsigned varint at `offset`; returns -1 if malformed (or wider than 4 bytes). */
function readVarint(bytes: Bytes, offset: i32): i64 {
  let value: i64 = 0;
  let shift: i64 = 0;
  for (let i = 0; i < 4; i++) {
    if (offset + i >= bytes.length) return -1;
    const byte = bytes[offset + i] as i64;
    value |= (byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) return (value << 8) | ((i + 1) as i64);
    shift += 7;
  }
  return -1;
}

/** Value of a varint read by `readVarint`. */
function varintValue(read: i64): i64 {
  return read >> 8;
}

/** Byte length of a varint read by `readVarint`. */
function varintLength(read: i64): i32 {
  return (read & 0xff) as i32;
}

/** Multibase base32 (RFC 4648 lower case, no padding), without the "b" prefix. */
export function base32Encode(bytes: Bytes): string {
  let out = "";
  let buffer: u32 = 0;
  let bits: u32 = 0;
  for (let i = 0; i < bytes.length; i++) {
    buffer = (buffer << 8) | (bytes[i] as u32);
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET.charAt(((buffer >> (bits - 5)) & 31) as i32);
      bits -= 5;
    }
  }
  if (bits > 0) {
    out += BASE32_ALPHABET.charAt(((buffer << (5 - bits)) & 31) as i32);
  }
  return out;
}

/** True if `bytes` from `offset` to the end is exactly one multihash (code, length, digest). */
function isMultihash(bytes: Bytes, offset: i32): boolean {
  const code = readVarint(bytes, offset);
  if (code < 0) return false;
  const lengthAt = offset + varintLength(code);
  const length = readVarint(bytes, lengthAt);
  if (length < 0) return false;
  const digestAt = lengthAt + varintLength(length);
  return varintValue(length) > 0 && (digestAt as i64) + varintValue(length) == (bytes.length as i64);
}

/** The text form of raw CID bytes, or null if they are not a CIDv0/CIDv1. */
export function cidToString(bytes: Bytes): string | null {
  if (bytes.length == 34 && bytes[0] == 0x12 && bytes[1] == 0x20) {
    return bytes.toBase58();
  }
  if (bytes.length < 4 || bytes[0] != 0x01) return null;
  const codec = readVarint(bytes, 1);
  if (codec < 0) return null;
  if (!isMultihash(bytes, 1 + varintLength(codec))) return null;
  return "b" + base32Encode(bytes);
}

/** `cidToString`, or null for empty bytes. For optional CIDs (messages, tracking, …). */
export function optionalCid(bytes: Bytes): string | null {
  if (bytes.length == 0) return null;
  return cidToString(bytes);
}
