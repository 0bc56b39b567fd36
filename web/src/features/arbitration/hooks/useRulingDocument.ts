// A ruling's reason (agora/ruling@1) read from IPFS, verified against its CID; content-addressed,
// so kept for the session. `null` when the file is not a ruling document.
import { useQuery } from "@tanstack/react-query";
import { useContentReader } from "../../../lib/content/ContentProvider";
import type { ContentError } from "../../../lib/content/reader";
import { contentKeys } from "../../../lib/indexer/queryKeys";
import { parseRulingDocument } from "../ruling";

export const rulingKey = (cid: string) => [...contentKeys.all, "ruling", cid] as const;

export function useRulingDocument(cid: string | null | undefined) {
  const reader = useContentReader();
  return useQuery({
    queryKey: rulingKey(cid ?? ""),
    queryFn: async ({ signal }) => parseRulingDocument(await reader.bytes(cid!, signal)),
    enabled: Boolean(cid),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count: number, error: ContentError) =>
      count < 1 && (error.kind === "unavailable" || error.kind === "timeout"),
  });
}
