import { describe, expect, it } from "vitest";
import { fullRefund, refundFormSchema, remainingAfter } from "./refundForm";

/** 20 USDC (6 decimals) left in escrow. */
const usdcSchema = refundFormSchema(20_000_000n, 6);
const parse = (amount: string, schema = usdcSchema) => {
  const result = schema.safeParse({ amount });
  return result.success ? result.data.amount : result.error.issues.map((issue) => issue.message);
};

describe("refund amount", () => {
  it("takes token units up to the escrow left, as base units", () => {
    expect(parse("20")).toBe(20_000_000n);
    expect(parse(" 5.5 ")).toBe(5_500_000n);
    expect(parse(".25")).toBe(250_000n);
    expect(parse("3.")).toBe(3_000_000n);
    expect(parse("0.000001")).toBe(1n);
    // Trailing zeros past the token's decimals change nothing.
    expect(parse("1.50000000")).toBe(1_500_000n);
  });

  it("names what is wrong: empty, not a number, too precise, zero, more than the escrow", () => {
    expect(parse("")).toEqual(["required"]);
    expect(parse("   ")).toEqual(["required"]);
    expect(parse("abc")).toEqual(["number"]);
    expect(parse("-1")).toEqual(["number"]);
    expect(parse("1,5")).toEqual(["number"]);
    expect(parse("1e3")).toEqual(["number"]);
    expect(parse("0.0000001")).toEqual(["decimals"]);
    expect(parse("0")).toEqual(["zero"]);
    expect(parse("0.000")).toEqual(["zero"]);
    expect(parse("20.000001")).toEqual(["tooMuch"]);
    expect(parse("21")).toEqual(["tooMuch"]);
  });

  it("follows the token's decimals (ETH: 18) and a partly refunded escrow", () => {
    const eth = refundFormSchema(10_000_000_000_000_000n, 18); // 0.01 ETH left
    expect(parse("0.004", eth)).toBe(4_000_000_000_000_000n);
    expect(parse("0.000000000000000001", eth)).toBe(1n);
    expect(parse("0.0100000000000000001", eth)).toEqual(["decimals"]);
    expect(parse("0.010000000000000001", eth)).toEqual(["tooMuch"]);
  });

  it("fills the whole escrow for Full, and says what a refund leaves", () => {
    expect(fullRefund(20_000_000n, 6)).toBe("20");
    expect(fullRefund(14_500_000n, 6)).toBe("14.5");
    expect(parse(fullRefund(14_500_000n, 6), refundFormSchema(14_500_000n, 6))).toBe(14_500_000n);
    expect(remainingAfter(20_000_000n, 5_500_000n)).toBe(14_500_000n);
    expect(remainingAfter(20_000_000n, 20_000_000n)).toBe(0n);
  });
});
