import { useTranslation } from "react-i18next";
import { useIpfsBlobUrl } from "./hooks";

const PhotoIcon = () => (
  <svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.6" aria-hidden>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <circle cx="9" cy="10" r="1.6" />
    <path d="m21 16-5-5-8 8" />
  </svg>
);

/**
 * A photo read from IPFS and verified against its CID, shown from a `blob:` URL. It fills a box
 * whose size the caller's CSS fixes (aspect-ratio), so nothing moves when it arrives. The state
 * (`loading`, `loaded`, `error`) is in `data-state` for tests.
 */
export function IpfsImage({
  address,
  alt,
  className = "",
}: {
  /** `<root cid>/<path>`; undefined shows the "no photo" state. */
  address: string | undefined;
  alt: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const photo = useIpfsBlobUrl(address);
  if (address !== undefined && photo.isSuccess) {
    return (
      <div className={`ipfs-image ${className}`} data-state="loaded">
        <img
          src={photo.data}
          alt={alt}
          // Not lazy: the bytes are already in memory (a blob: URL), only decoding is left.
          decoding="async"
          data-testid="ipfs-image"
          data-address={address}
        />
      </div>
    );
  }
  if (address !== undefined && photo.isPending) {
    return (
      <div
        className={`ipfs-image ipfs-image--loading ${className}`}
        data-state="loading"
        role="img"
        aria-label={t("content.photoLoading")}
        aria-busy
      />
    );
  }
  const message =
    photo.error?.kind === "notFound"
      ? t("content.photoNotFound")
      : photo.error?.kind === "timeout"
        ? t("content.photoTimeout")
        : t("content.photoUnavailable");
  return (
    <div
      className={`ipfs-image ipfs-image--missing ${className}`}
      data-state="error"
      role="img"
      aria-label={alt ? `${alt}: ${message}` : message}
      title={address}
    >
      <PhotoIcon />
      <span className="ipfs-image__message">{message}</span>
    </div>
  );
}
