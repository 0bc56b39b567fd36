import {
  deriveKeypairFromSignature,
  envelopeContexts,
  SHIPPING_ADDRESS_SCHEMA,
  sealEnvelope,
  utf8,
} from "@agora/content";
import { describe, expect, it } from "vitest";
import { listingHex, orderDecimal, orderHex } from "../orders/orderFixtures";
import { listingIdOfOrder, openShippingAddress, ShippingOpenError } from "./shipping";

const seller = deriveKeypairFromSignature(`0x${"11".repeat(64)}1b`);
const other = deriveKeypairFromSignature(`0x${"22".repeat(64)}1c`);
const address = {
  schema: SHIPPING_ADDRESS_SCHEMA,
  name: "Wang Fang",
  line1: "88 Nanjing Road",
  city: "Shanghai",
  postalCode: "200001",
  country: "CN",
  phone: "+86 21 5555 0000",
};
const listingId = BigInt(listingHex);
/** The envelope file as the checkout uploads it: the sealed envelope as JSON bytes. */
const envelopeFile = (text: string, context: string, to = seller.publicKeyBase64) =>
  utf8(JSON.stringify(sealEnvelope(to, text, { context })));

describe("listingIdOfOrder", () => {
  it("clears the order's number (low 48 bits) from the order id, in decimal or hex", () => {
    expect(listingIdOfOrder(orderDecimal)).toBe(listingId);
    expect(listingIdOfOrder(orderHex)).toBe(listingId);
    expect(listingIdOfOrder(listingId + 0xffff_ffff_ffffn)).toBe(listingId);
  });
});

describe("openShippingAddress", () => {
  it("opens an address sealed to the seller's key for the order's listing", async () => {
    const bytes = envelopeFile(JSON.stringify(address), envelopeContexts.shipping(listingId));
    await expect(openShippingAddress(bytes, seller.secretKey, listingIdOfOrder(orderDecimal))).resolves.toEqual(
      address,
    );
  });

  it("refuses an envelope sealed for another listing (wrong context)", async () => {
    const bytes = envelopeFile(JSON.stringify(address), envelopeContexts.shipping(listingId + (1n << 48n)));
    const opened = openShippingAddress(bytes, seller.secretKey, listingId);
    await expect(opened).rejects.toBeInstanceOf(ShippingOpenError);
    await expect(opened).rejects.toMatchObject({ kind: "wrongKey" });
  });

  it("refuses an envelope sealed to another key", async () => {
    const bytes = envelopeFile(JSON.stringify(address), envelopeContexts.shipping(listingId), other.publicKeyBase64);
    await expect(openShippingAddress(bytes, seller.secretKey, listingId)).rejects.toMatchObject({ kind: "wrongKey" });
  });

  it("refuses a file that is not an envelope, or an envelope that holds no valid address", async () => {
    await expect(openShippingAddress(utf8("not json"), seller.secretKey, listingId)).rejects.toMatchObject({
      kind: "invalid",
    });
    const noCountry = envelopeFile(
      JSON.stringify({ ...address, country: "China" }),
      envelopeContexts.shipping(listingId),
    );
    await expect(openShippingAddress(noCountry, seller.secretKey, listingId)).rejects.toMatchObject({
      kind: "invalid",
    });
  });
});
