import { describe, expect, it } from "vitest";
import { REPLY_MAX, replyFormSchema } from "./replyForm";

const parse = (text: string) => {
  const result = replyFormSchema.safeParse({ text });
  return result.success ? result.data.text : result.error.issues.map((issue) => issue.message);
};

describe("review reply", () => {
  it("is trimmed plain text with newlines as the subgraph reads them", () => {
    expect(parse("  Thank you, Mina!  ")).toBe("Thank you, Mina!");
    expect(parse("Thanks!\r\nSee you soon.\rBye")).toBe("Thanks!\nSee you soon.\nBye");
    expect(parse("谢谢你的评价！")).toBe("谢谢你的评价！");
    expect(parse("3 < 5 and 5 > 3")).toBe("3 < 5 and 5 > 3");
  });

  it("is 1 to 5,000 characters, with no markup or control characters", () => {
    expect(parse("")).toEqual(["required"]);
    expect(parse(" \n ")).toEqual(["required"]);
    expect(parse("x".repeat(REPLY_MAX))).toHaveLength(REPLY_MAX);
    expect(parse("x".repeat(REPLY_MAX + 1))).toEqual(["tooLong"]);
    // Counted in UTF-16 units, as the subgraph (AssemblyScript) counts them: an emoji is two.
    expect(parse("😀".repeat(REPLY_MAX / 2))).toHaveLength(REPLY_MAX);
    expect(parse(`${"😀".repeat(REPLY_MAX / 2)}!`)).toEqual(["tooLong"]);
    expect(parse("Thanks <b>so</b> much")).toEqual(["markup"]);
    // "< b" could open a tag: refused, as by the content layer and the subgraph.
    expect(parse("a < b")).toEqual(["markup"]);
    expect(parse("Thanks\u0000")).toEqual(["control"]);
  });
});
