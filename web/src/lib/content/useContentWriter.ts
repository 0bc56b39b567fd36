import { useMemo } from "react";
import { useAppConfig } from "../../config/ConfigContext";
import { createContentWriter, type ContentWriter } from "./writer";

/** The site's IPFS writer, over config.ipfsUploadUrl (uploads fail with a clear error without one). */
export function useContentWriter(): ContentWriter {
  const { ipfsUploadUrl } = useAppConfig();
  return useMemo(() => createContentWriter(ipfsUploadUrl), [ipfsUploadUrl]);
}
