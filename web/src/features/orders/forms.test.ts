import { clearDraft, readDraft, writeDraft } from "../../lib/forms/formDraft";
import { parseDocument } from "@agora/content";
import { CID } from "multiformats/cid";
import { hexToBytes } from "viem";
import { afterEach, describe, expect, it } from "vitest";
import { cidToHex } from "@agora/content";
import {
  draftKey,
  evidenceDocument,
  evidenceFormSchema,
  photoExtension,
  photoFiles,
  reviewDocument,
  reviewFormSchema,
} from "./forms";
import { listingCid, orderDecimal, orderHex } from "./orderFixtures";

afterEach(() => sessionStorage.clear());

describe("form drafts", () => {
  it("keeps text fields per order and form, and forgets an empty or cleared one", () => {
    const key = draftKey(31337, orderHex.toUpperCase().replace("0X", "0x"), "dispute");
    expect(key).toBe(`agora.orders.draft.31337.dispute.${orderHex}`);
    expect(draftKey(31337, orderHex, "review")).not.toBe(key);
    expect(draftKey(84532, orderHex, "dispute")).not.toBe(key);
    writeDraft(key, { statement: "The lamp arrived broken.", photos: [{ name: "x" }] });
    expect(readDraft(key)).toEqual({ statement: "The lamp arrived broken." });
    writeDraft(key, { statement: "" });
    expect(sessionStorage.getItem(key)).toBeNull();
    writeDraft(key, { statement: "again" });
    clearDraft(key);
    expect(readDraft(key)).toEqual({});
  });

  it("ignores a corrupted draft rather than failing the form", () => {
    sessionStorage.setItem("k1", "{not json");
    sessionStorage.setItem("k2", JSON.stringify(["a"]));
    sessionStorage.setItem("k3", JSON.stringify({ rating: 4, title: "ok" }));
    expect(readDraft("k1")).toEqual({});
    expect(readDraft("k2")).toEqual({});
    expect(readDraft("k3")).toEqual({ title: "ok" });
  });
});

describe("form fields", () => {
  it("takes a plain statement, trimmed; refuses empty, markup and control characters", () => {
    expect(evidenceFormSchema.parse({ statement: "  Broken on arrival.  " })).toEqual({
      statement: "Broken on arrival.",
    });
    const issues = (statement: string) =>
      evidenceFormSchema.safeParse({ statement }).error?.issues.map((issue) => issue.message);
    expect(issues("   ")).toContain("required");
    expect(issues("<script>alert(1)</script>")).toContain("markup");
    expect(issues("bell\u0007")).toContain("control");
    expect(issues("x".repeat(10_001))).toContain("tooLong");
    expect(issues("2 < 3 and line\nbreaks\tare fine")).toBeUndefined();
  });

  it("needs a rating of 1 to 5; title and text are optional", () => {
    expect(reviewFormSchema.parse({ rating: "4", title: " ", body: "" })).toEqual({ rating: "4", title: "", body: "" });
    expect(reviewFormSchema.safeParse({ rating: undefined, title: "", body: "" }).error?.issues[0]?.message).toBe(
      "rating",
    );
    expect(reviewFormSchema.safeParse({ rating: "6", title: "", body: "" }).success).toBe(false);
  });
});

describe("documents", () => {
  const photo = (name: string, type: string) => new File([new Uint8Array([1, 2, 3])], name, { type });

  it("names photos by what they are, whatever the upload called them", async () => {
    expect(photoExtension(photo("IMG_1234.JPEG", "image/jpeg"))).toBe("jpeg");
    expect(photoExtension(photo("scan", "image/png"))).toBe("png");
    expect(photoExtension(photo("notes.txt", "text/plain"))).toBeUndefined();
    const files = await photoFiles([photo("a.HEIC.jpg", "image/jpeg"), photo("b", "image/webp")]);
    expect(files.map((file) => file.path)).toEqual(["photo-1.jpg", "photo-2.webp"]);
    expect([...files[0]!.content]).toEqual([1, 2, 3]);
  });

  it("builds an agora/evidence@1 document the content layer accepts, with the decimal order id", async () => {
    const files = await photoFiles([photo("crack.png", "image/png")]);
    const document = evidenceDocument(orderHex, "  The base is cracked. ", files, (index) => `Photo ${index + 1}`);
    expect(document).toEqual({
      schema: "agora/evidence@1",
      orderId: orderDecimal,
      statement: "The base is cracked.",
      attachments: [{ path: "photo-1.png", description: "Photo 1", sealed: false }],
    });
    const parsed = parseDocument(
      "evidence",
      document,
      files.map((file) => file.path),
    );
    expect(parsed.ok).toBe(true);
  });

  it("lists files sealed to the arbiter after the photos, marked sealed", async () => {
    const files = await photoFiles([photo("crack.png", "image/png")]);
    const sealed = { path: "messages.sealed.json", content: new Uint8Array([123, 125]) };
    const document = evidenceDocument(orderHex, "Cracked.", files, () => "Photo", [
      { file: sealed, description: "Our messages" },
    ]);
    expect(document.attachments).toEqual([
      { path: "photo-1.png", description: "Photo", sealed: false },
      { path: "messages.sealed.json", description: "Our messages", sealed: true },
    ]);
    expect(parseDocument("evidence", document, ["photo-1.png", "messages.sealed.json"]).ok).toBe(true);
  });

  it("builds an agora/review@1 document naming the listing directory bought from", async () => {
    const files = await photoFiles([photo("lamp.jpg", "image/jpeg")]);
    const document = reviewDocument(
      orderHex,
      listingCid,
      { rating: "5", title: "", body: "Warm light." },
      files,
      (i) => `Buyer's photo ${i + 1}`,
    );
    expect(document).toEqual({
      schema: "agora/review@1",
      orderId: orderDecimal,
      listing: listingCid,
      rating: 5,
      body: "Warm light.",
      images: [{ path: "photo-1.jpg", alt: "Buyer's photo 1" }],
    });
    expect(parseDocument("review", document, ["photo-1.jpg"]).ok).toBe(true);
    // Without a title the key is absent (the schema refuses an empty one).
    expect(parseDocument("review", { ...document, title: "" }).ok).toBe(false);
  });

  it("passes CIDs on chain as their raw bytes", () => {
    const hex = cidToHex(listingCid);
    expect(CID.decode(hexToBytes(hex)).toString()).toBe(listingCid);
    expect(hex.startsWith("0x0170")).toBe(true); // CIDv1, dag-pb
    expect(() => cidToHex("not-a-cid")).toThrow();
  });
});
