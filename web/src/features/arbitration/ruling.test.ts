import { describe, expect, it } from "vitest";
import { parseRulingDocument, rulingDocument, rulingDraftKey, rulingFormSchema } from "./ruling";

const reason = "The crack is visible on the unboxing photo.";

describe("the ruling's form and document", () => {
  it("takes a share of 0..10,000 basis points and a reason of 20..5,000 plain characters", () => {
    expect(rulingFormSchema.parse({ share: "7000", reason: `  ${reason} ` })).toEqual({ share: "7000", reason });
    const issues = (values: { share: string; reason: string }) =>
      rulingFormSchema.safeParse(values).error?.issues.map((issue) => issue.message);
    expect(issues({ share: "10001", reason })).toEqual(["share"]);
    expect(issues({ share: "-1", reason })).toEqual(["share"]);
    expect(issues({ share: "50.5", reason })).toEqual(["share"]);
    expect(issues({ share: "0", reason: "   " })).toContain("required");
    expect(issues({ share: "0", reason: "Too short." })).toEqual(["tooShort"]);
    expect(issues({ share: "0", reason: "x".repeat(5_001) })).toEqual(["tooLong"]);
    expect(issues({ share: "0", reason: `${reason}\u0007` })).toEqual(["control"]);
    expect(issues({ share: "10000", reason: `${reason}\nLine two.` })).toBeUndefined();
  });

  it("publishes the reason as agora/ruling@1 with the decimal order id, and reads it back", () => {
    const document = rulingDocument("0x2a", 7_000, `  ${reason}  `);
    expect(document).toEqual({ schema: "agora/ruling@1", orderId: "42", buyerShareBps: 7_000, reason });
    const bytes = new TextEncoder().encode(JSON.stringify(document));
    expect(parseRulingDocument(bytes)).toEqual(document);
    expect(parseRulingDocument(new TextEncoder().encode("not json"))).toBeNull();
    expect(parseRulingDocument(new TextEncoder().encode(JSON.stringify({ ...document, extra: 1 })))).toBeNull();
    expect(parseRulingDocument(new Uint8Array([0xff, 0xfe]))).toBeNull();
    expect(() => rulingDocument("42", 10_001, reason)).toThrow();
  });

  it("keeps one draft per chain and order, whatever the id's spelling", () => {
    expect(rulingDraftKey(31337, "0x2a")).toBe(rulingDraftKey(31337, "42"));
    expect(rulingDraftKey(1, "42")).not.toBe(rulingDraftKey(31337, "42"));
  });
});
