import { xchacha20poly1305 } from "@noble/ciphers/chacha.js";
import { randomBytes } from "@noble/ciphers/utils.js";
import { x25519 } from "@noble/curves/ed25519.js";
import { hkdf } from "@noble/hashes/hkdf.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { concatBytes, fromBase64, fromHex, fromUtf8, toBase64, utf8 } from "./bytes.js";
import { ENVELOPE_ALGORITHM, envelopeSchema, type Envelope } from "./schemas.js";

/**
 * Encryption keys come from a wallet signature over one fixed, domain-separated message, so a user
 * gets the same X25519 keypair on any device from their wallet alone and never handles key files.
 * Wallets sign deterministically (RFC 6979); the secret is derived from (r, low-s) so the
 * recovery byte's encoding and a malleated s make no difference.
 */
export const keyDerivationMessage = [
  "Agora encryption key",
  "",
  "Sign to unlock your Agora encryption key. It is used to read shipping addresses, deliveries and",
  "messages sent to you. Signing is free and sends no transaction.",
  "Only sign this on the Agora site.",
  "",
  "Domain: agora-marketplace/x25519-keypair/v1",
].join("\n");

export interface X25519Keypair {
  /** 32-byte secret key: keep in memory only. */
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  /** The public key in base64, as published in profiles. */
  publicKeyBase64: string;
}

const SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const KEY_SALT = utf8("agora/x25519-keypair/v1");
const ENVELOPE_INFO = utf8("agora/envelope/v1");

function bigintTo32Bytes(value: bigint): Uint8Array {
  return fromHex(value.toString(16).padStart(64, "0"));
}

/** Derives the user's X25519 keypair from their signature over `keyDerivationMessage`. */
export function deriveKeypairFromSignature(signature: `0x${string}` | Uint8Array): X25519Keypair {
  const bytes = typeof signature === "string" ? fromHex(signature) : signature;
  if (bytes.length !== 65) throw new Error(`expected a 65-byte secp256k1 signature, got ${bytes.length} bytes`);
  const r = bytes.subarray(0, 32);
  let s = BigInt(`0x${toHexString(bytes.subarray(32, 64))}`);
  if (s > SECP256K1_N / 2n) s = SECP256K1_N - s;
  const secretKey = hkdf(sha256, concatBytes([r, bigintTo32Bytes(s)]), KEY_SALT, utf8("x25519 secret key"), 32);
  const publicKey = x25519.getPublicKey(secretKey);
  return { secretKey, publicKey, publicKeyBase64: toBase64(publicKey) };
}

function toHexString(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function envelopeKey(
  shared: Uint8Array,
  ephemeralPublicKey: Uint8Array,
  recipientPublicKey: Uint8Array,
  context: string,
) {
  const salt = concatBytes([ephemeralPublicKey, recipientPublicKey]);
  return hkdf(sha256, shared, salt, concatBytes([ENVELOPE_INFO, utf8(context)]), 32);
}

/** Contexts that bind envelopes to their use, shared by the sealing and the opening side. */
export const envelopeContexts = {
  /** A buyer's shipping address for one listing's order (the order id is unknown before purchase). */
  shipping: (listingId: bigint | string) => `agora/shipping/listing:${BigInt(listingId)}`,
  /** Tracking details or a digital delivery for one order. */
  delivery: (orderId: bigint | string) => `agora/delivery/order:${BigInt(orderId)}`,
  /** A message on one order. */
  message: (orderId: bigint | string) => `agora/message/order:${BigInt(orderId)}`,
  /** A dispute attachment one party sealed to the order's arbiter (e.g. the shared messages). */
  evidence: (orderId: bigint | string) => `agora/evidence/order:${BigInt(orderId)}`,
  /** A buyer's saved address, sealed to their own key so it rests encrypted in the browser. */
  addressBook: (account: string) => `agora/address-book/${account.toLowerCase()}`,
} as const;

export interface SealOptions {
  /**
   * Binds the envelope to its use (e.g. `shipping-address:order:42`): opening with another
   * context fails, so an envelope cannot be replayed elsewhere. Not stored in the envelope.
   */
  context?: string;
}

/** Seals bytes or text to a recipient's X25519 public key (Uint8Array or base64). */
export function sealEnvelope(
  recipientPublicKey: Uint8Array | string,
  plaintext: Uint8Array | string,
  options: SealOptions = {},
): Envelope {
  const recipient = typeof recipientPublicKey === "string" ? fromBase64(recipientPublicKey) : recipientPublicKey;
  if (recipient.length !== 32) throw new Error("recipient public key must be 32 bytes");
  const message = typeof plaintext === "string" ? utf8(plaintext) : plaintext;
  if (message.length > 1_048_576) throw new Error("envelopes hold at most 1 MiB");
  const ephemeralSecret = randomBytes(32);
  const ephemeralPublicKey = x25519.getPublicKey(ephemeralSecret);
  const shared = x25519.getSharedSecret(ephemeralSecret, recipient);
  const key = envelopeKey(shared, ephemeralPublicKey, recipient, options.context ?? "");
  const nonce = randomBytes(24);
  const ciphertext = xchacha20poly1305(key, nonce).encrypt(message);
  ephemeralSecret.fill(0);
  return {
    version: 1,
    algorithm: ENVELOPE_ALGORITHM,
    ephemeralPublicKey: toBase64(ephemeralPublicKey),
    nonce: toBase64(nonce),
    ciphertext: toBase64(ciphertext),
  };
}

export class EnvelopeError extends Error {
  override name = "EnvelopeError";
}

/** Opens an envelope; throws `EnvelopeError` if it is malformed, tampered with or not for this key. */
export function openEnvelope(secretKey: Uint8Array, envelope: unknown, options: SealOptions = {}): Uint8Array {
  const parsed = envelopeSchema.safeParse(envelope);
  if (!parsed.success)
    throw new EnvelopeError(`not an Agora envelope: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const ephemeralPublicKey = fromBase64(parsed.data.ephemeralPublicKey);
  const recipient = x25519.getPublicKey(secretKey);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(secretKey, ephemeralPublicKey);
  } catch {
    throw new EnvelopeError("envelope has an invalid ephemeral key");
  }
  const key = envelopeKey(shared, ephemeralPublicKey, recipient, options.context ?? "");
  try {
    return xchacha20poly1305(key, fromBase64(parsed.data.nonce)).decrypt(fromBase64(parsed.data.ciphertext));
  } catch {
    throw new EnvelopeError("envelope cannot be opened: tampered with, or sealed to another key or context");
  }
}

/** `openEnvelope` for text payloads. */
export function openEnvelopeText(secretKey: Uint8Array, envelope: unknown, options: SealOptions = {}): string {
  return fromUtf8(openEnvelope(secretKey, envelope, options));
}
