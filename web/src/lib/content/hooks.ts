// Hooks for verified IPFS reads. Content is addressed by hash, so a read that succeeded never
// goes stale: cached for the session (blob: URLs are kept until the page unloads).
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useSyncExternalStore } from "react";
import { contentKeys } from "../indexer/queryKeys";
import { useContentReader } from "./ContentProvider";
import { ContentError } from "./reader";

const forever = { staleTime: Infinity, gcTime: Infinity } as const;
/** A missing CID or a bad document will not change on retry; a gateway hiccup may. */
const retry = (count: number, error: ContentError) =>
  count < 1 && (error.kind === "unavailable" || error.kind === "timeout");

/**
 * A listing's and a profile's documents read through the content cache, for code outside React's
 * render (the chain readers): the page's own components read the same documents again.
 */
export function useCachedDocumentReads() {
  const reader = useContentReader();
  const queryClient = useQueryClient();
  return {
    readDocument: (cid: string) =>
      queryClient.fetchQuery({
        queryKey: contentKeys.listing(cid),
        queryFn: ({ signal }) => reader.listing(cid, signal),
        staleTime: Infinity,
      }),
    readProfile: (cid: string) =>
      queryClient.fetchQuery({
        queryKey: contentKeys.profile(cid),
        queryFn: ({ signal }) => reader.profile(cid, signal),
        staleTime: Infinity,
      }),
  };
}

/** `<root>/<path>` as a verified `blob:` URL; nothing is read while `address` is undefined. */
export function useIpfsBlobUrl(address: string | undefined) {
  const reader = useContentReader();
  return useQuery<string, ContentError>({
    queryKey: contentKeys.blob(address ?? ""),
    queryFn: ({ signal }) => reader.blobUrl(address!, signal),
    enabled: address !== undefined,
    retry,
    ...forever,
  });
}

/** A listing's metadata.json, verified and validated (`ok: false` with issues when unreadable). */
export function useListingDocument(cid: string | null | undefined) {
  const reader = useContentReader();
  return useQuery({
    queryKey: contentKeys.listing(cid ?? ""),
    queryFn: ({ signal }) => reader.listing(cid!, signal),
    enabled: Boolean(cid),
    retry,
    ...forever,
  });
}

/**
 * Whether IPFS looks down: some reads failed for want of a gateway answer and none succeeded.
 * Sticky while failed reads are retried (a refetch puts them back to pending with no error), so
 * the banner does not blink on Retry; the first successful read clears it.
 */
export function useContentOutage() {
  const queryClient = useQueryClient();
  const cache = queryClient.getQueryCache();
  const last = useRef(false);
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  const outage = useSyncExternalStore(subscribe, () => {
    let failed = false;
    let retrying = false;
    for (const query of cache.findAll({ queryKey: contentKeys.all })) {
      if (query.state.status === "success") return (last.current = false);
      const error = query.state.error;
      if (error instanceof ContentError && (error.kind === "unavailable" || error.kind === "timeout")) failed = true;
      if (query.state.fetchStatus === "fetching") retrying = true;
    }
    return (last.current = failed || (last.current && retrying));
  });
  const retryAll = useCallback(
    () =>
      queryClient.refetchQueries({
        queryKey: contentKeys.all,
        type: "all",
        predicate: (q) => q.state.status === "error",
      }),
    [queryClient],
  );
  return { outage, retry: retryAll };
}
