import { getAddress } from "viem";
import { describe, expect, it } from "vitest";
import {
  allowTokenSchema,
  arbiterSchema,
  parseBps,
  platformFeeSchema,
  transferSchema,
  treasurySchema,
} from "./adminForms";

const owner = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const other = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const usdc = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

/** The first message at `field`, or undefined when the values pass. */
function errorOf(
  schema: {
    safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  values: object,
  field: string,
) {
  const result = schema.safeParse(values);
  return result.error?.issues.find((issue) => issue.path[0] === field)?.message;
}

describe("platform fee", () => {
  const schema = platformFeeSchema({ cap: 500, current: 250 });
  it.each([
    ["", "required"],
    ["2.5", "wholeNumber"],
    ["-1", "wholeNumber"],
    ["abc", "wholeNumber"],
    ["501", "aboveCap"],
    ["250", "sameFee"],
    [" 250 ", "sameFee"],
  ])("refuses %j (%s)", (feeBps, message) => {
    expect(errorOf(schema, { feeBps }, "feeBps")).toBe(message);
  });
  it.each(["0", "300", "500"])("takes %j, up to the cap itself", (feeBps) => {
    expect(schema.safeParse({ feeBps }).success).toBe(true);
  });
  it("follows the contract's cap, whatever it is", () => {
    expect(errorOf(platformFeeSchema({ cap: 100, current: 0 }), { feeBps: "101" }, "feeBps")).toBe("aboveCap");
    expect(platformFeeSchema({ cap: 1000, current: 0 }).safeParse({ feeBps: "1000" }).success).toBe(true);
  });
  it("reads basis points typed as text", () => {
    expect(parseBps(" 275 ")).toBe(275);
    expect(parseBps("2.75")).toBeUndefined();
    expect(parseBps("")).toBeUndefined();
  });
});

describe("addresses", () => {
  const schema = treasurySchema({ current: other });
  it.each([
    ["", "required"],
    ["0x1234", "invalidAddress"],
    ["not an address", "invalidAddress"],
    // One capital letter changed: the checksum no longer matches.
    ["0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266", "checksum"],
    ["0x0000000000000000000000000000000000000000", "zeroAddress"],
    [other.toLowerCase(), "sameTreasury"],
  ])("refuses %j as a new treasury (%s)", (account, message) => {
    expect(errorOf(schema, { account }, "account")).toBe(message);
  });
  it("takes a checksummed or all-lowercase address", () => {
    expect(schema.safeParse({ account: owner }).success).toBe(true);
    expect(schema.safeParse({ account: owner.toLowerCase() }).success).toBe(true);
  });

  it("refuses to transfer ownership to the owner or the one already pending", () => {
    const transfer = transferSchema({ owner, pendingOwner: other });
    expect(errorOf(transfer, { account: owner.toLowerCase() }, "account")).toBe("alreadyOwner");
    expect(errorOf(transfer, { account: other }, "account")).toBe("alreadyPending");
    expect(errorOf(transfer, { account: "0x0000000000000000000000000000000000000000" }, "account")).toBe("zeroAddress");
    expect(transferSchema({ owner, pendingOwner: null }).safeParse({ account: other }).success).toBe(true);
  });

  it("refuses a token that is already accepted", () => {
    const allow = allowTokenSchema({ allowed: [usdc] });
    expect(errorOf(allow, { token: getAddress(usdc) }, "token")).toBe("alreadyAllowed");
    expect(allow.safeParse({ token: other }).success).toBe(true);
  });
});

describe("arbiter", () => {
  const schema = arbiterSchema({ cap: 1000 });
  it("checks the address and the fee against the arbiter cap", () => {
    expect(errorOf(schema, { account: "", feeBps: "100" }, "account")).toBe("required");
    expect(errorOf(schema, { account: other, feeBps: "1001" }, "feeBps")).toBe("aboveCap");
    expect(errorOf(schema, { account: other, feeBps: "" }, "feeBps")).toBe("required");
    expect(schema.safeParse({ account: other, feeBps: "1000" }).success).toBe(true);
    expect(schema.safeParse({ account: other, feeBps: "0" }).success).toBe(true);
  });
});
