// The edited listing's current directory, read from IPFS (verified): its metadata.json and the
// bytes of every photo, so the form can keep a photo as it is (same path, same bytes, same CID) or
// re-order it without the seller having the file.
import type { ListingMetadata } from "@agora/content/schemas";
import { useQuery } from "@tanstack/react-query";
import { useContentReader } from "../../../../lib/content/ContentProvider";
import { ContentError } from "../../../../lib/content/reader";
import { contentKeys } from "../../../../lib/indexer/queryKeys";
import { newPhotoId, sniffPhotoType, type ListingPhoto } from "../photos";

export interface PublishedListing {
  document: ListingMetadata;
  photos: ListingPhoto[];
}

/** The directory `cid` as the form starts from; a read that fails or an invalid document is an error. */
export function usePublishedListing(cid: string | undefined) {
  const reader = useContentReader();
  return useQuery<PublishedListing, ContentError>({
    queryKey: [...contentKeys.listing(cid ?? ""), "editor"],
    enabled: Boolean(cid),
    staleTime: Infinity,
    retry: false,
    queryFn: async ({ signal }) => {
      const read = await reader.listing(cid!, signal);
      if (!read.ok) throw new ContentError("unreadable", read.issues.join("; "));
      const photos = await Promise.all(
        read.document.images.map(async (image): Promise<ListingPhoto> => {
          const bytes = await reader.bytes(`${cid}/${image.path}`, signal);
          const type = sniffPhotoType(bytes) ?? "image/jpeg";
          return { id: newPhotoId(), name: image.path, type, bytes, published: { path: image.path, alt: image.alt } };
        }),
      );
      return { document: read.document, photos };
    },
  });
}
