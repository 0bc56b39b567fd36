import { deriveKeypairFromSignature, envelopeContexts, sealEnvelope, utf8 } from "@agora/content";
import { describe, expect, it } from "vitest";
import {
  buildSharedThread,
  openSealedAttachment,
  SealedAttachmentError,
  sealSharedThread,
  SHARED_THREAD_PATH,
  SHARED_THREAD_SCHEMA,
} from "./sharedThread";

const arbiter = deriveKeypairFromSignature(`0x${"33".repeat(32)}${"44".repeat(32)}1c`);
const other = deriveKeypairFromSignature(`0x${"55".repeat(32)}${"66".repeat(32)}1b`);
const buyer = "0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";

describe("the messages shared with the arbiter", () => {
  it("keeps the messages the sharer could open, in order, and counts the rest", async () => {
    const texts: Record<string, string | null> = { a: "Cracked on arrival.", b: null, c: "Sorry to hear it." };
    const thread = await buildSharedThread({
      orderId: "0x2a",
      sharedBy: buyer,
      messages: [
        { sender: buyer, senderRole: "Buyer", messageCid: "a", timestamp: "100" },
        { sender: seller, senderRole: "Seller", messageCid: "b", timestamp: "200" },
        { sender: seller, senderRole: "Seller", messageCid: "c", timestamp: "300" },
        { sender: seller, senderRole: "Seller", messageCid: null, timestamp: "400" },
      ],
      open: async (cid) => texts[cid] ?? null,
    });
    expect(thread).toEqual({
      schema: SHARED_THREAD_SCHEMA,
      orderId: "42",
      sharedBy: buyer.toLowerCase(),
      messages: [
        { sender: buyer.toLowerCase(), role: "buyer", timestamp: 100, text: "Cracked on arrival." },
        { sender: seller, role: "seller", timestamp: 300, text: "Sorry to hear it." },
      ],
      unreadable: 2,
    });
  });

  it("fails as a whole when a message cannot be read at all (IPFS down), rather than leaving it out", async () => {
    await expect(
      buildSharedThread({
        orderId: "42",
        sharedBy: buyer,
        messages: [{ sender: buyer, senderRole: "Buyer", messageCid: "a", timestamp: "1" }],
        open: async () => {
          throw new Error("gateway timeout");
        },
      }),
    ).rejects.toThrow("gateway timeout");
  });

  it("seals the transcript so that only the arbiter's key opens it, for this order only", async () => {
    const thread = await buildSharedThread({ orderId: "42", sharedBy: buyer, messages: [], open: async () => null });
    const file = await sealSharedThread(thread, arbiter.publicKeyBase64);
    expect(file.path).toBe(SHARED_THREAD_PATH);
    expect(await openSealedAttachment(file.content, arbiter.secretKey, "42")).toEqual({ kind: "thread", thread });
    await expect(openSealedAttachment(file.content, other.secretKey, "42")).rejects.toMatchObject({
      kind: "notForYou",
    });
    // Replayed onto another order's dispute, it does not open.
    await expect(openSealedAttachment(file.content, arbiter.secretKey, "43")).rejects.toBeInstanceOf(
      SealedAttachmentError,
    );
  });

  it("shows any other sealed text as text, and refuses what is not an envelope", async () => {
    const envelope = sealEnvelope(arbiter.publicKeyBase64, "Receipt no. 4471", {
      context: envelopeContexts.evidence(42n),
    });
    expect(await openSealedAttachment(utf8(JSON.stringify(envelope)), arbiter.secretKey, "42")).toEqual({
      kind: "text",
      text: "Receipt no. 4471",
    });
    await expect(openSealedAttachment(utf8("{}"), arbiter.secretKey, "42")).rejects.toMatchObject({
      kind: "unreadable",
    });
    await expect(openSealedAttachment(utf8("plain"), arbiter.secretKey, "42")).rejects.toMatchObject({
      kind: "unreadable",
    });
  });
});
