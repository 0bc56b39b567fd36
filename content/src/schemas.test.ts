import { describe, expect, it } from "vitest";
import { listing } from "../test/fixtures.js";
import { envelopeSchema, parseDocument, parseListingMetadata, profileSchema, reviewSchema } from "./schemas.js";

describe("listing metadata schema", () => {
  it("accepts a good physical listing, with defaults filled in", () => {
    const result = parseListingMetadata(listing({ attributes: undefined }), ["metadata.json", "lamp.png"]);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.attributes).toEqual([]);
  });

  it("accepts a good digital listing", () => {
    const result = parseListingMetadata(
      listing({ kind: "digital", condition: "not-applicable", shipping: undefined, category: "digital" }),
    );
    expect(result).toMatchObject({ ok: true });
  });

  it.each([
    ["wrong type for name", { name: 42 }],
    ["wrong type for images", { images: "lamp.png" }],
    ["unknown category", { category: "weapons" }],
    ["oversize name", { name: "x".repeat(121) }],
    ["oversize description", { description: "y".repeat(5_001) }],
    ["script tag in description", { description: 'Nice lamp <script>alert("x")</script>' }],
    ["html in name", { name: "<img src=x onerror=alert(1)>" }],
    ["closing tag in alt", { images: [{ path: "lamp.png", alt: "</title>" }] }],
    ["control characters", { name: "lamp\u0000" }],
    ["no images", { images: [] }],
    ["absolute image path", { images: [{ path: "/etc/passwd.png", alt: "x" }] }],
    ["parent image path", { images: [{ path: "../lamp.png", alt: "x" }] }],
    ["image that is not an image", { images: [{ path: "lamp.html", alt: "x" }] }],
    ["physical without shipping", { shipping: undefined }],
    ["digital with shipping", { kind: "digital", condition: "not-applicable" }],
    ["wrong schema version", { schema: "agora/listing@2" }],
    ["bad region", { shipping: { regions: ["germany"], handlingDays: 1 } }],
    ["non-integer handling days", { shipping: { regions: ["DE"], handlingDays: 1.5 } }],
  ] as const)("refuses %s", (_label, overrides) => {
    const result = parseListingMetadata({ ...listing(), ...overrides });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
  });

  it("refuses unknown fields", () => {
    expect(parseListingMetadata({ ...listing(), price: "1 ETH" }).ok).toBe(false);
  });

  it("refuses duplicate variant ids", () => {
    const variants = [
      { id: "red", name: "Red" },
      { id: "red", name: "Also red" },
    ];
    expect(parseListingMetadata(listing({ variants })).ok).toBe(false);
  });

  it("refuses an image path that is not in the directory", () => {
    const result = parseListingMetadata(listing({ images: [{ path: "missing.png", alt: "gone" }] }), [
      "metadata.json",
      "lamp.png",
    ]);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: "missing.png", message: "references missing.png, which is not in the directory" }],
    });
  });

  it("treats non-objects as unreadable, never throwing", () => {
    for (const input of [null, undefined, 7, "metadata", [], { schema: "agora/listing@1" }]) {
      expect(parseListingMetadata(input).ok).toBe(false);
    }
  });
});

describe("other document schemas", () => {
  const key = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));

  it("profile: needs a 32-byte key and an avatar that exists", () => {
    const profile = { schema: "agora/profile@1", name: "Ada", avatar: "me.webp", encryptionPublicKey: key };
    expect(profileSchema.safeParse(profile).success).toBe(true);
    expect(profileSchema.safeParse({ ...profile, encryptionPublicKey: btoa("short") }).success).toBe(false);
    expect(parseDocument("profile", profile, ["profile.json"]).ok).toBe(false);
    expect(parseDocument("profile", profile, ["profile.json", "me.webp"]).ok).toBe(true);
  });

  it("review: rating 1–5, order id decimal, listing a CID", () => {
    const review = {
      schema: "agora/review@1",
      orderId: "12",
      listing: "bafybeifseu7pvtlpdts4stizmq7timkivez64jteptzceihma5dnpjladu",
      rating: 5,
      body: "Great lamp",
    };
    expect(reviewSchema.safeParse(review).success).toBe(true);
    expect(reviewSchema.safeParse({ ...review, rating: 6 }).success).toBe(false);
    expect(reviewSchema.safeParse({ ...review, orderId: "0x0c" }).success).toBe(false);
    expect(reviewSchema.safeParse({ ...review, listing: "not-a-cid" }).success).toBe(false);
    expect(reviewSchema.safeParse({ ...review, body: "<script>x</script>" }).success).toBe(false);
  });

  it("evidence: attachments must exist", () => {
    const evidence = {
      schema: "agora/evidence@1",
      orderId: "3",
      statement: "Box arrived empty",
      attachments: [{ path: "box.jpg", description: "Photo" }],
    };
    expect(parseDocument("evidence", evidence, ["evidence.json"]).ok).toBe(false);
    expect(parseDocument("evidence", evidence, ["evidence.json", "box.jpg"]).ok).toBe(true);
  });

  it("envelope: fixed algorithm and sizes", () => {
    const envelope = {
      version: 1,
      algorithm: "x25519-hkdf-sha256-xchacha20poly1305",
      ephemeralPublicKey: key,
      nonce: btoa(String.fromCharCode(...new Uint8Array(24))),
      ciphertext: btoa(String.fromCharCode(...new Uint8Array(20))),
    };
    expect(envelopeSchema.safeParse(envelope).success).toBe(true);
    expect(envelopeSchema.safeParse({ ...envelope, algorithm: "aes" }).success).toBe(false);
    expect(envelopeSchema.safeParse({ ...envelope, nonce: btoa("12 bytes....") }).success).toBe(false);
    expect(envelopeSchema.safeParse({ ...envelope, ciphertext: "!!!" }).success).toBe(false);
  });
});
