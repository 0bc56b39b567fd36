import { deriveKeypairFromSignature, messageFileSchema, utf8, type X25519Keypair } from "@agora/content";
import { describe, expect, it } from "vitest";
import { MessageFileError, openMessageFile, sealMessageFile } from "./messageFile";

/** A keypair as the app derives one, from a (here random) 65-byte signature. */
function keypair(): X25519Keypair {
  const signature = new Uint8Array(65);
  crypto.getRandomValues(signature);
  return deriveKeypairFromSignature(signature);
}

const bytesOf = (value: unknown) => utf8(JSON.stringify(value));
const orderId = "1766847064778384329583297500742918515827483896875618958121606201292619776001";

describe("message files", () => {
  it("seals the text once per reader, and each reader opens the envelope sealed to it", async () => {
    const buyer = keypair();
    const seller = keypair();
    const file = await sealMessageFile({
      text: "Could you ship it in a box? 谢谢",
      orderId,
      readers: [seller.publicKeyBase64, buyer.publicKeyBase64],
    });
    expect(messageFileSchema.safeParse(file).success).toBe(true);
    expect(file.schema).toBe("agora/message@1");
    expect(file.envelopes).toHaveLength(2);
    // Nothing of the text is in the clear.
    expect(JSON.stringify(file)).not.toContain("ship");

    await expect(openMessageFile(bytesOf(file), seller.secretKey, orderId)).resolves.toBe(
      "Could you ship it in a box? 谢谢",
    );
    await expect(openMessageFile(bytesOf(file), buyer.secretKey, BigInt(orderId))).resolves.toBe(
      "Could you ship it in a box? 谢谢",
    );
  });

  it("does not open for a third key, nor on another order", async () => {
    const buyer = keypair();
    const seller = keypair();
    const file = await sealMessageFile({
      text: "hello",
      orderId,
      readers: [seller.publicKeyBase64, buyer.publicKeyBase64],
    });

    const stranger = openMessageFile(bytesOf(file), keypair().secretKey, orderId);
    await expect(stranger).rejects.toBeInstanceOf(MessageFileError);
    await expect(stranger).rejects.toMatchObject({ kind: "notForYou" });
    // The envelope context binds the message to its order: copied onto another order, it does not open.
    await expect(openMessageFile(bytesOf(file), seller.secretKey, 42n)).rejects.toMatchObject({ kind: "notForYou" });
  });

  it("seals once when both readers are the same key", async () => {
    const only = keypair();
    const file = await sealMessageFile({
      text: "note",
      orderId,
      readers: [only.publicKeyBase64, only.publicKeyBase64],
    });
    expect(file.envelopes).toHaveLength(1);
  });

  it("says a file that is not a message file is unreadable", async () => {
    const reader = keypair();
    await expect(openMessageFile(utf8("not json"), reader.secretKey, orderId)).rejects.toMatchObject({
      kind: "unreadable",
    });
    await expect(
      openMessageFile(bytesOf({ schema: "agora/message@1", envelopes: [] }), reader.secretKey, orderId),
    ).rejects.toMatchObject({ kind: "unreadable" });
  });
});
