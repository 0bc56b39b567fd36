import { secp256k1 } from "@noble/curves/secp256k1.js";
import { keccak_256 } from "@noble/hashes/sha3.js";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64, utf8 } from "./bytes.js";
import {
  deriveKeypairFromSignature,
  EnvelopeError,
  keyDerivationMessage,
  openEnvelope,
  openEnvelopeText,
  sealEnvelope,
} from "./crypto.js";

const hex = (bytes: Uint8Array) => `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}` as const;

/** An EIP-191 personal_sign signature (r ‖ s ‖ v, v = 27/28), as wallets return it. */
function personalSign(secretKey: Uint8Array, message: string): `0x${string}` {
  const bytes = utf8(message);
  const digest = keccak_256(new Uint8Array([...utf8(`\x19Ethereum Signed Message:\n${bytes.length}`), ...bytes]));
  const signature = secp256k1.sign(digest, secretKey, { prehash: false, format: "recovered" });
  // noble's recovered format is v ‖ r ‖ s with v = 0/1.
  return hex(new Uint8Array([...signature.subarray(1), signature[0]! + 27]));
}

const walletKey = new Uint8Array(32).fill(1);
const otherWalletKey = new Uint8Array(32).fill(2);

describe("keypair derivation", () => {
  it("is deterministic: the same wallet gets the same keypair", () => {
    const a = deriveKeypairFromSignature(personalSign(walletKey, keyDerivationMessage));
    const b = deriveKeypairFromSignature(personalSign(walletKey, keyDerivationMessage));
    expect(toBase64(a.secretKey)).toBe(toBase64(b.secretKey));
    expect(a.publicKeyBase64).toBe(toBase64(a.publicKey));
    expect(a.publicKey).toHaveLength(32);
  });

  it("differs between wallets and between messages", () => {
    const mine = deriveKeypairFromSignature(personalSign(walletKey, keyDerivationMessage));
    const theirs = deriveKeypairFromSignature(personalSign(otherWalletKey, keyDerivationMessage));
    const otherMessage = deriveKeypairFromSignature(personalSign(walletKey, "hello"));
    expect(mine.publicKeyBase64).not.toBe(theirs.publicKeyBase64);
    expect(mine.publicKeyBase64).not.toBe(otherMessage.publicKeyBase64);
  });

  it("ignores the recovery byte's encoding and a malleated (high) s", () => {
    const signature = personalSign(walletKey, keyDerivationMessage);
    const bytes = Uint8Array.from(signature.slice(2).match(/../g)!, (b) => parseInt(b, 16));
    const v01 = new Uint8Array(bytes);
    v01[64] = bytes[64]! - 27;
    const n = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
    const s = BigInt(hex(bytes.subarray(32, 64)));
    const highS = new Uint8Array(bytes);
    highS.set(
      Uint8Array.from((n - s).toString(16).padStart(64, "0").match(/../g)!, (b) => parseInt(b, 16)),
      32,
    );
    const base = deriveKeypairFromSignature(signature).publicKeyBase64;
    expect(deriveKeypairFromSignature(v01).publicKeyBase64).toBe(base);
    expect(deriveKeypairFromSignature(highS).publicKeyBase64).toBe(base);
  });

  it("refuses something that is not a signature", () => {
    expect(() => deriveKeypairFromSignature("0x1234")).toThrow(/65-byte/);
  });

  it("uses a domain-separated message", () => {
    expect(keyDerivationMessage).toContain("agora-marketplace/x25519-keypair/v1");
  });
});

describe("sealed envelopes", () => {
  const buyer = deriveKeypairFromSignature(personalSign(walletKey, keyDerivationMessage));
  const stranger = deriveKeypairFromSignature(personalSign(otherWalletKey, keyDerivationMessage));
  const address = "Ada Lovelace\n12 St James's Square\nLondon";

  it("round-trips text and bytes to the recipient's key", () => {
    const envelope = sealEnvelope(buyer.publicKeyBase64, address);
    expect(openEnvelopeText(buyer.secretKey, envelope)).toBe(address);
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(openEnvelope(buyer.secretKey, sealEnvelope(buyer.publicKey, bytes))).toEqual(bytes);
  });

  it("survives JSON, and never repeats ephemeral keys or nonces", () => {
    const a = sealEnvelope(buyer.publicKey, address);
    const b = sealEnvelope(buyer.publicKey, address);
    expect(a.ephemeralPublicKey).not.toBe(b.ephemeralPublicKey);
    expect(a.nonce).not.toBe(b.nonce);
    expect(openEnvelopeText(buyer.secretKey, JSON.parse(JSON.stringify(a)))).toBe(address);
  });

  it("detects a flipped ciphertext bit", () => {
    const envelope = sealEnvelope(buyer.publicKey, address);
    const ciphertext = fromBase64(envelope.ciphertext);
    ciphertext[3]! ^= 1;
    expect(() => openEnvelope(buyer.secretKey, { ...envelope, ciphertext: toBase64(ciphertext) })).toThrow(
      EnvelopeError,
    );
  });

  it("detects a swapped nonce or ephemeral key", () => {
    const envelope = sealEnvelope(buyer.publicKey, address);
    const other = sealEnvelope(buyer.publicKey, address);
    expect(() => openEnvelope(buyer.secretKey, { ...envelope, nonce: other.nonce })).toThrow(EnvelopeError);
    expect(() => openEnvelope(buyer.secretKey, { ...envelope, ephemeralPublicKey: other.ephemeralPublicKey })).toThrow(
      EnvelopeError,
    );
  });

  it("cannot be opened with another key", () => {
    expect(() => openEnvelope(stranger.secretKey, sealEnvelope(buyer.publicKey, address))).toThrow(/cannot be opened/);
  });

  it("binds the context", () => {
    const envelope = sealEnvelope(buyer.publicKey, address, { context: "shipping:order:1" });
    expect(openEnvelopeText(buyer.secretKey, envelope, { context: "shipping:order:1" })).toBe(address);
    expect(() => openEnvelope(buyer.secretKey, envelope, { context: "shipping:order:2" })).toThrow(EnvelopeError);
    expect(() => openEnvelope(buyer.secretKey, envelope)).toThrow(EnvelopeError);
  });

  it("refuses malformed envelopes", () => {
    expect(() => openEnvelope(buyer.secretKey, { hello: "world" })).toThrow(/not an Agora envelope/);
  });
});
