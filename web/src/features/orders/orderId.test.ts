import { describe, expect, it } from "vitest";
import { orderIdFromParam, orderLabel } from "./orderId";

// seller 0x5e11…01, listing number 1, order number 1 (the subgraph tests' first order).
const hexId = "0x5e11e40000000000000000000000000000000001000000000001000000000001";
const decimalId = "42549017765095341289238922239726819941444798573586663141175240607919123726337";

describe("order ids in URLs", () => {
  it("reads the decimal order id and the hex id as the same subgraph id", () => {
    expect(orderIdFromParam(decimalId)).toBe(hexId);
    expect(orderIdFromParam(hexId)).toBe(hexId);
    expect(orderIdFromParam(hexId.toUpperCase().replace("0X", "0x"))).toBe(hexId);
    expect(orderIdFromParam("0x2a")).toBe(`0x${"0".repeat(62)}2a`);
  });

  it("refuses what is not an order id", () => {
    for (const bad of ["", "abc", "0x", "0xzz", "-1", "0", "1.5", `0x${"f".repeat(65)}`, "9".repeat(79)]) {
      expect(orderIdFromParam(bad), bad).toBeUndefined();
    }
  });

  it("names an order by its listing and order numbers", () => {
    expect(orderLabel(hexId)).toBe("#1-1");
    const listing12Order3 = (0x70997970c51812dc3a010c7d01b50e0d17dc79c8n << 96n) | (12n << 48n) | 3n;
    expect(orderLabel(`0x${listing12Order3.toString(16)}`)).toBe("#12-3");
  });
});
