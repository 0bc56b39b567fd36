import { describe, expect, it } from "vitest";
import { amountText, parseAmount, parsePercent, percentText } from "./shareInputs";

describe("the ruling form's numbers", () => {
  it("reads percentages to the basis point, and writes them back without trailing zeros", () => {
    expect(parsePercent("70")).toEqual({ ok: true, value: 7_000 });
    expect(parsePercent(" 70.13 ")).toEqual({ ok: true, value: 7_013 });
    expect(parsePercent("0,5")).toEqual({ ok: true, value: 50 });
    expect(parsePercent(".25")).toEqual({ ok: true, value: 25 });
    expect(parsePercent("100")).toEqual({ ok: true, value: 10_000 });
    expect(parsePercent("100.01")).toEqual({ ok: false, error: "invalid" });
    expect(parsePercent("12.345")).toEqual({ ok: false, error: "decimals" });
    expect(parsePercent("")).toEqual({ ok: false, error: "invalid" });
    expect(parsePercent("-5")).toEqual({ ok: false, error: "invalid" });
    expect(parsePercent("5%")).toEqual({ ok: false, error: "invalid" });
    expect([7_013, 7_000, 50, 5, 0, 10_000].map(percentText)).toEqual(["70.13", "70", "0.5", "0.05", "0", "100"]);
    for (const bps of [0, 1, 99, 100, 4_321, 10_000])
      expect(parsePercent(percentText(bps))).toEqual({ ok: true, value: bps });
  });

  it("reads token amounts exactly, up to the token's decimals, and writes them back the same", () => {
    expect(parseAmount("12.5", 6)).toEqual({ ok: true, value: 12_500_000n });
    expect(parseAmount("0.000001", 6)).toEqual({ ok: true, value: 1n });
    expect(parseAmount("0.0000001", 6)).toEqual({ ok: false, error: "decimals" });
    expect(parseAmount("1.", 18)).toEqual({ ok: true, value: 10n ** 18n });
    // Beyond floating point: 2^96 base units of an 18-decimal token.
    expect(parseAmount("79228162514.264337593543950336", 18)).toEqual({ ok: true, value: 2n ** 96n });
    expect(parseAmount("1e3", 6)).toEqual({ ok: false, error: "invalid" });
    expect(parseAmount("", 6)).toEqual({ ok: false, error: "invalid" });
    expect(amountText(13_860_000n, 6)).toBe("13.86");
    expect(amountText(2n ** 96n, 18)).toBe("79228162514.264337593543950336");
  });
});
