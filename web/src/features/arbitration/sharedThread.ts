// The order's messages a party shares with the arbiter: decrypted in the party's browser, written as
// one JSON transcript (`agora/shared-messages@1`), sealed to the arbiter's published key for this
// order (envelopeContexts.evidence) and attached to their statement as a sealed file. The arbiter
// opens it with their key; nobody else can. The content layer is imported on use (crypto stays out
// of the pages' first load).
import type { DirectoryFile } from "@agora/content";
import { z } from "zod";

export const SHARED_THREAD_SCHEMA = "agora/shared-messages@1";
/** The sealed transcript's file name inside the evidence directory. */
export const SHARED_THREAD_PATH = "messages.sealed.json";

const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/);

export const sharedThreadSchema = z.strictObject({
  schema: z.literal(SHARED_THREAD_SCHEMA),
  /** The order id, decimal. */
  orderId: z.string().regex(/^[0-9]{1,78}$/),
  /** Who shared it (its envelopes opened with their key). */
  sharedBy: address,
  messages: z
    .array(
      z.strictObject({
        sender: address,
        role: z.enum(["buyer", "seller", "arbiter"]),
        /** Unix seconds (block time). */
        timestamp: z.number().int().nonnegative(),
        text: z.string().max(10_000),
      }),
    )
    .max(1_000),
  /** Messages of the thread the sharer's key could not open (left out). */
  unreadable: z.number().int().nonnegative(),
});
export type SharedThread = z.infer<typeof sharedThreadSchema>;

/** A message of the order as indexed (the subgraph's OrderMessage). */
export interface IndexedMessage {
  sender: string;
  senderRole: "Buyer" | "Seller" | "Arbiter";
  messageCid: string | null;
  timestamp: string;
}

/**
 * The transcript of the order's thread as `sharedBy` reads it: each message opened with `open`
 * (its file read and decrypted with the sharer's key; null when it is not for this key or not a
 * message file). Those are counted, not shared; any other failure (IPFS down) fails the whole.
 */
export async function buildSharedThread({
  orderId,
  sharedBy,
  messages,
  open,
}: {
  orderId: string | bigint;
  sharedBy: string;
  messages: readonly IndexedMessage[];
  open: (messageCid: string) => Promise<string | null>;
}): Promise<SharedThread> {
  const opened = await Promise.all(
    messages.map(async (message) => {
      const text = message.messageCid ? await open(message.messageCid) : null;
      if (text === null) return null;
      return {
        sender: message.sender.toLowerCase(),
        role: message.senderRole.toLowerCase() as SharedThread["messages"][number]["role"],
        timestamp: Number(message.timestamp),
        text,
      };
    }),
  );
  const shared = opened.filter((message) => message !== null);
  return {
    schema: SHARED_THREAD_SCHEMA,
    orderId: BigInt(orderId).toString(),
    sharedBy: sharedBy.toLowerCase(),
    messages: shared,
    unreadable: messages.length - shared.length,
  };
}

/** Seals `thread` to the arbiter's X25519 key (base64) as the evidence directory's file. */
export async function sealSharedThread(thread: SharedThread, arbiterKey: string): Promise<DirectoryFile> {
  const content = await import("@agora/content");
  const checked = sharedThreadSchema.parse(thread);
  const envelope = content.sealEnvelope(arbiterKey, JSON.stringify(checked), {
    context: content.envelopeContexts.evidence(checked.orderId),
  });
  return { path: SHARED_THREAD_PATH, content: content.utf8(JSON.stringify(envelope)) };
}

/** What a sealed attachment holds once opened: the shared messages, or any other text. */
export type OpenedAttachment = { kind: "thread"; thread: SharedThread } | { kind: "text"; text: string };

export class SealedAttachmentError extends Error {
  override name = "SealedAttachmentError";
  constructor(
    /** `unreadable`: not an envelope; `notForYou`: sealed to another key or order. */
    readonly kind: "unreadable" | "notForYou",
    message: string,
  ) {
    super(message);
  }
}

/**
 * Opens a sealed evidence attachment (an envelope, as JSON bytes) of order `orderId` with the
 * arbiter's secret key. A transcript of the shared messages is checked against its schema (and
 * must be of this order); anything else is shown as the text it holds.
 */
export async function openSealedAttachment(
  bytes: Uint8Array,
  secretKey: Uint8Array,
  orderId: string | bigint,
): Promise<OpenedAttachment> {
  const content = await import("@agora/content");
  let envelope: unknown;
  try {
    envelope = JSON.parse(content.fromUtf8(bytes));
  } catch {
    throw new SealedAttachmentError("unreadable", "the attachment is not JSON");
  }
  if (!content.envelopeSchema.safeParse(envelope).success) {
    throw new SealedAttachmentError("unreadable", "the attachment is not an envelope");
  }
  let text: string;
  try {
    text = content.openEnvelopeText(secretKey, envelope, { context: content.envelopeContexts.evidence(orderId) });
  } catch (error) {
    if (error instanceof content.EnvelopeError) throw new SealedAttachmentError("notForYou", error.message);
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: "text", text };
  }
  const thread = sharedThreadSchema.safeParse(json);
  if (thread.success && BigInt(thread.data.orderId) === BigInt(orderId)) return { kind: "thread", thread: thread.data };
  return { kind: "text", text };
}
