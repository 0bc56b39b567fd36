import { useTranslation } from "react-i18next";
import { IpfsImage } from "../../../lib/content/IpfsImage";

/** The profile's avatar verified from IPFS, or the name's first letter when it has none. */
export function SellerAvatar({
  profile,
  name,
  large = false,
}: {
  profile: { cid: string; avatar?: string | null } | undefined;
  name: string;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const className = large ? "avatar avatar--large" : "avatar";
  return profile?.avatar ? (
    <IpfsImage className={className} address={`${profile.cid}/${profile.avatar}`} alt={t("seller.avatar", { name })} />
  ) : (
    <span className={`${className} avatar--initial`} aria-hidden>
      {name.replace(/^0x/, "").charAt(0).toUpperCase()}
    </span>
  );
}
