import { abis } from "@agora/contracts";
import type { Address } from "viem";
import { describe, expect, it, vi } from "vitest";
import { checkToken } from "./tokenCheck";

const token = "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512" as Address;
const marketplace = "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e" as Address;

/** A public client whose token answers `answers` (a missing answer reverts). */
function client(code: string | undefined, answers: Record<string, unknown>, allowed = false) {
  return {
    getCode: vi.fn(async () => code as `0x${string}` | undefined),
    readContract: vi.fn(async ({ functionName, address }: { functionName: string; address: Address }) => {
      if (address === marketplace && functionName === "tokenInfo") return [allowed ? 3 : 0, allowed];
      if (functionName in answers) return answers[functionName];
      throw new Error(`execution reverted: ${functionName}`);
    }),
  };
}

describe("checkToken", () => {
  it("refuses an address without code", async () => {
    const reader = client("0x", {});
    expect(await checkToken(reader as never, token, marketplace)).toEqual({ ok: false, error: "notContract" });
    expect(reader.readContract).not.toHaveBeenCalled();
  });

  it("refuses a contract that does not answer symbol() and decimals()", async () => {
    expect(await checkToken(client("0x6080", { symbol: "X" }) as never, token, marketplace)).toEqual({
      ok: false,
      error: "notToken",
    });
    expect(await checkToken(client("0x6080", { decimals: 6 }) as never, token, marketplace)).toEqual({
      ok: false,
      error: "notToken",
    });
  });

  it("refuses a token the marketplace accepts already", async () => {
    const reader = client("0x6080", { symbol: "DAI", decimals: 18 }, true);
    expect(await checkToken(reader as never, token, marketplace)).toEqual({ ok: false, error: "alreadyAllowed" });
  });

  it("reads the symbol, decimals and (optional) name with the ERC-20 ABI", async () => {
    const named = client("0x6080", { symbol: "DAI", decimals: 18, name: "Dai Stablecoin" });
    expect(await checkToken(named as never, token, marketplace)).toEqual({
      ok: true,
      token: { address: token, symbol: "DAI", name: "Dai Stablecoin", decimals: 18 },
    });
    expect(named.readContract).toHaveBeenCalledWith({
      address: token,
      abi: abis.IERC20Metadata,
      functionName: "symbol",
    });
    const unnamed = client("0x6080", { symbol: "TKN", decimals: 0 });
    expect(await checkToken(unnamed as never, token, marketplace)).toMatchObject({
      ok: true,
      token: { symbol: "TKN", name: null, decimals: 0 },
    });
  });
});
