// A dispute statement or evidence (agora/evidence@1) read from IPFS, verified and validated; read
// only when asked for (a timeline may hold many). Content-addressed, so kept for the session.
import { useQuery } from "@tanstack/react-query";
import { useContentReader } from "../../../lib/content/ContentProvider";
import type { ContentError } from "../../../lib/content/reader";
import { contentKeys } from "../../../lib/indexer/queryKeys";

export const evidenceKey = (cid: string) => [...contentKeys.all, "evidence", cid] as const;

export function useEvidenceDocument(cid: string, enabled: boolean) {
  const reader = useContentReader();
  return useQuery({
    queryKey: evidenceKey(cid),
    queryFn: ({ signal }) => reader.document("evidence", cid, signal),
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: (count: number, error: ContentError) =>
      count < 1 && (error.kind === "unavailable" || error.kind === "timeout"),
  });
}
