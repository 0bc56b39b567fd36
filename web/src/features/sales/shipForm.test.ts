import { deliverySchema } from "@agora/content";
import { describe, expect, it } from "vitest";
import { CARRIER_MAX, shipDraftKey, shipFormSchema, shipmentPayload, TRACKING_NUMBER_MAX } from "./shipForm";
import { orderDecimal, orderHex } from "../orders/orderFixtures";

const valid = { carrier: " SF Express ", trackingNumber: "SF1234567890", trackingUrl: "" };
const errorsOf = (values: typeof valid) => {
  const result = shipFormSchema.safeParse(values);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
};

describe("ship form schema", () => {
  it("takes a carrier and tracking number (trimmed) and an optional https link", () => {
    expect(errorsOf(valid)).toEqual({});
    expect(shipFormSchema.parse(valid).carrier).toBe("SF Express");
    expect(errorsOf({ ...valid, trackingUrl: "https://www.sf-express.com/track?n=1" })).toEqual({});
  });

  it("names what is wrong with each field", () => {
    expect(errorsOf({ carrier: "  ", trackingNumber: "", trackingUrl: "" })).toEqual({
      carrier: "required",
      trackingNumber: "required",
    });
    expect(errorsOf({ ...valid, carrier: "x".repeat(CARRIER_MAX + 1) })).toEqual({ carrier: "tooLong" });
    expect(errorsOf({ ...valid, carrier: "x".repeat(CARRIER_MAX) })).toEqual({});
    expect(errorsOf({ ...valid, trackingNumber: "1".repeat(TRACKING_NUMBER_MAX + 1) })).toEqual({
      trackingNumber: "tooLong",
    });
    expect(errorsOf({ ...valid, carrier: "<b>DHL</b>" })).toEqual({ carrier: "markup" });
    expect(errorsOf({ ...valid, trackingUrl: "http://tracking.example/1" })).toEqual({ trackingUrl: "url" });
    expect(errorsOf({ ...valid, trackingUrl: "not a link" })).toEqual({ trackingUrl: "url" });
  });
});

describe("shipmentPayload", () => {
  it("is an agora/delivery@1 shipment, without a link when none was given", async () => {
    const payload = await shipmentPayload(valid);
    expect(payload).toEqual({
      schema: "agora/delivery@1",
      kind: "shipment",
      carrier: "SF Express",
      trackingNumber: "SF1234567890",
    });
    expect(deliverySchema.safeParse(payload).success).toBe(true);
    const linked = await shipmentPayload({ ...valid, trackingUrl: "https://track.example/SF1" });
    expect(linked).toMatchObject({ trackingUrl: "https://track.example/SF1" });
  });

  it("refuses invalid values", async () => {
    await expect(shipmentPayload({ ...valid, carrier: "" })).rejects.toThrow();
  });
});

describe("shipDraftKey", () => {
  it("is one key per chain and order, whether the id is decimal or hex", () => {
    expect(shipDraftKey(31337, orderDecimal)).toBe(shipDraftKey(31337, orderHex));
    expect(shipDraftKey(31337, orderDecimal)).not.toBe(shipDraftKey(1, orderDecimal));
  });
});
