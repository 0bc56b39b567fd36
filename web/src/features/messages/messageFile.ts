// A message on an order as it rests on IPFS: `agora/message@1`, the text sealed once to each reader
// (the recipient and the sender), so both sides can read the whole thread from their own key. The
// content layer is imported on use, so the order page loads it only when a thread is opened.
import type { MessageFile } from "@agora/content";

/** Longest message the composer accepts, in characters. */
export const MESSAGE_MAX_LENGTH = 2_000;

export type MessageFileErrorKind =
  /** Not JSON, or not a message file. */
  | "unreadable"
  /** A message file, but none of its envelopes opens with this key (or for this order). */
  | "notForYou";

export class MessageFileError extends Error {
  override name = "MessageFileError";
  constructor(
    readonly kind: MessageFileErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Seals `text` to each reader's X25519 public key (base64), bound to the order by the envelope
 * context, so an envelope copied onto another order does not open.
 */
export async function sealMessageFile({
  text,
  orderId,
  readers,
}: {
  text: string;
  orderId: string | bigint;
  readers: readonly string[];
}): Promise<MessageFile> {
  const content = await import("@agora/content");
  const context = content.envelopeContexts.message(orderId);
  const keys = [...new Set(readers)];
  return content.messageFileSchema.parse({
    schema: content.MESSAGE_SCHEMA,
    envelopes: keys.map((key) => content.sealEnvelope(key, text, { context })),
  });
}

/** The text of a message file, from the envelope `secretKey` opens. */
export async function openMessageFile(
  bytes: Uint8Array,
  secretKey: Uint8Array,
  orderId: string | bigint,
): Promise<string> {
  const content = await import("@agora/content");
  let json: unknown;
  try {
    json = JSON.parse(content.fromUtf8(bytes));
  } catch {
    throw new MessageFileError("unreadable", "the message file is not JSON");
  }
  const parsed = content.messageFileSchema.safeParse(json);
  if (!parsed.success) throw new MessageFileError("unreadable", "not an agora/message@1 file");
  const context = content.envelopeContexts.message(orderId);
  for (const envelope of parsed.data.envelopes) {
    try {
      return content.openEnvelopeText(secretKey, envelope, { context });
    } catch (error) {
      if (!(error instanceof content.EnvelopeError)) throw error;
    }
  }
  throw new MessageFileError("notForYou", "no envelope of this message opens with this key");
}
