import { deliverySchema } from "@agora/content";
import { describe, expect, it } from "vitest";
import { deliverFormSchema, digitalPayload, LICENCE_KEY_MAX } from "./deliverForm";

const wording = { licenceKey: "Licence key or code", linkOnly: "Your download link is below." };
const empty = { downloadUrl: "", licenceKey: "", note: "" };
const errorsOf = (values: typeof empty) => {
  const result = deliverFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe("digital delivery form", () => {
  it("needs at least one of a link, a licence key or a note", () => {
    expect(errorsOf(empty)).toEqual({ root: "empty" });
    expect(errorsOf({ ...empty, note: "   " })).toEqual({ root: "empty" });
    expect(errorsOf({ ...empty, downloadUrl: "https://files.example/book.epub" })).toEqual({});
    expect(errorsOf({ ...empty, licenceKey: "ABCD-1234" })).toEqual({});
    expect(errorsOf({ ...empty, note: "Thanks!" })).toEqual({});
  });

  it("names what is wrong with each field", () => {
    expect(errorsOf({ ...empty, note: "ok", downloadUrl: "http://files.example/book.epub" })).toEqual({
      downloadUrl: "url",
    });
    expect(errorsOf({ ...empty, note: "ok", downloadUrl: "files.example" })).toEqual({ downloadUrl: "url" });
    expect(errorsOf({ ...empty, licenceKey: "x".repeat(LICENCE_KEY_MAX + 1) })).toEqual({ licenceKey: "tooLong" });
    expect(errorsOf({ ...empty, note: "<script>alert(1)</script>" })).toEqual({ note: "markup" });
    expect(errorsOf({ ...empty, licenceKey: "AB\u0007CD" })).toEqual({ licenceKey: "control" });
  });

  it("becomes an agora/delivery@1 digital document: the licence key and note as its message, the link", async () => {
    const values = deliverFormSchema.parse({
      downloadUrl: " https://files.example/book.epub ",
      licenceKey: " ABCD-1234 ",
      note: "Enjoy the book.\nPage 12 has a map.",
    });
    const payload = await digitalPayload(values, wording);
    expect(payload).toEqual({
      schema: "agora/delivery@1",
      kind: "digital",
      message: "Licence key or code: ABCD-1234\n\nEnjoy the book.\nPage 12 has a map.",
      links: ["https://files.example/book.epub"],
    });
    expect(deliverySchema.safeParse(payload).success).toBe(true);
  });

  it("writes a message when only a link is given (the schema needs one)", async () => {
    const payload = await digitalPayload(
      deliverFormSchema.parse({ ...empty, downloadUrl: "https://f.example/a" }),
      wording,
    );
    expect(payload).toMatchObject({ message: "Your download link is below.", links: ["https://f.example/a"] });
    const keyOnly = await digitalPayload(deliverFormSchema.parse({ ...empty, licenceKey: "KEY-1" }), wording);
    expect(keyOnly).toMatchObject({ message: "Licence key or code: KEY-1", links: [] });
  });
});
