import { deriveKeypairFromSignature, envelopeContexts, sealEnvelope, utf8 } from "@agora/content";
import { describe, expect, it } from "vitest";
import { DeliveryOpenError, isUserRejection, openDelivery } from "./delivery";
import { orderDecimal, orderHex } from "./orderFixtures";

const keypair = (byte: number) => deriveKeypairFromSignature(`0x${byte.toString(16).padStart(2, "0").repeat(64)}1b`);
const buyerKey = keypair(0x11);
const otherKey = keypair(0x22);

/** What a seller uploads when shipping: the payload sealed to the buyer for this order. */
const sealed = (payload: unknown, context = envelopeContexts.delivery(BigInt(orderDecimal)), key = buyerKey) =>
  utf8(JSON.stringify(sealEnvelope(key.publicKeyBase64, JSON.stringify(payload), { context })));

const shipment = {
  schema: "agora/delivery@1",
  kind: "shipment",
  carrier: "Demo Post",
  trackingNumber: "DP123456789",
  trackingUrl: "https://track.example/DP123456789",
};

describe("openDelivery", () => {
  it("opens tracking details sealed to the buyer for this order (the order id in hex or decimal)", async () => {
    await expect(openDelivery(sealed(shipment), buyerKey.secretKey, orderHex)).resolves.toEqual(shipment);
    await expect(openDelivery(sealed(shipment), buyerKey.secretKey, orderDecimal)).resolves.toEqual(shipment);
  });

  it("opens a digital delivery with its links", async () => {
    const digital = {
      schema: "agora/delivery@1",
      kind: "digital",
      message: "Key: ABCD-1234",
      links: ["https://dl.example/f"],
    };
    await expect(openDelivery(sealed(digital), buyerKey.secretKey, orderHex)).resolves.toEqual(digital);
  });

  it("refuses another key, or an envelope sealed for another order", async () => {
    const wrongKey = openDelivery(sealed(shipment), otherKey.secretKey, orderHex);
    await expect(wrongKey).rejects.toBeInstanceOf(DeliveryOpenError);
    await expect(wrongKey).rejects.toMatchObject({ kind: "wrongKey" });
    const replayed = sealed(shipment, envelopeContexts.delivery(1n));
    await expect(openDelivery(replayed, buyerKey.secretKey, orderHex)).rejects.toMatchObject({ kind: "wrongKey" });
  });

  it("calls anything else unreadable: not JSON, not an envelope, or not a delivery inside", async () => {
    await expect(openDelivery(utf8("hello"), buyerKey.secretKey, orderHex)).rejects.toMatchObject({ kind: "invalid" });
    await expect(openDelivery(utf8('{"version":1}'), buyerKey.secretKey, orderHex)).rejects.toMatchObject({
      kind: "invalid",
    });
    const notDelivery = sealed({
      schema: "agora/delivery@1",
      kind: "shipment",
      carrier: "<b>x</b>",
      trackingNumber: "1",
    });
    await expect(openDelivery(notDelivery, buyerKey.secretKey, orderHex)).rejects.toMatchObject({ kind: "invalid" });
  });
});

describe("isUserRejection", () => {
  it("finds a wallet's refusal anywhere in the cause chain", () => {
    expect(isUserRejection({ name: "ContractFunctionExecutionError", cause: { code: 4001 } })).toBe(true);
    expect(isUserRejection({ cause: { cause: { name: "UserRejectedRequestError" } } })).toBe(true);
    expect(isUserRejection(new Error("network down"))).toBe(false);
    expect(isUserRejection(undefined)).toBe(false);
  });
});
