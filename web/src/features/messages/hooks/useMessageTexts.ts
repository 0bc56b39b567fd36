// Message texts decrypted in the browser: each message file read from IPFS (verified against its
// CID) and opened with the reader's secret key. Held in memory under the reader's account, never
// persisted; the secret key itself is not part of any query key.
import { useQueries } from "@tanstack/react-query";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { ContentError } from "../../../lib/content/reader";
import { contentKeys } from "../../../lib/indexer/queryKeys";
import { openMessageFile } from "../messageFile";
import type { ThreadMessage } from "./useOrderMessages";

/** Who reads: the account and its secret key (from the session's encryption key). */
export interface MessageReader {
  account: string;
  secretKey: Uint8Array;
}

/** A gateway hiccup may pass; a missing file or a file not for this key will not. */
const retry = (count: number, error: unknown) =>
  count < 1 && error instanceof ContentError && (error.kind === "unavailable" || error.kind === "timeout");

/** One query per message (in the thread's order); none run without a reader. */
export function useMessageTexts(
  orderId: string,
  messages: readonly ThreadMessage[],
  reader: MessageReader | undefined,
) {
  const content = useContentReader();
  return useQueries({
    queries: messages.map((message) => ({
      queryKey: [...contentKeys.all, "message", message.messageCid ?? "", reader?.account ?? ""] as const,
      queryFn: async ({ signal }: { signal: AbortSignal }) =>
        openMessageFile(await content.bytes(message.messageCid!, signal), reader!.secretKey, orderId),
      enabled: reader !== undefined && Boolean(message.messageCid),
      retry,
      staleTime: Infinity,
    })),
  });
}
