import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SellerAvatar } from "../../seller/components/SellerAvatar";
import type { PublishedProfile } from "../profileForm";

/** The account's profile as the index has it now (what buyers see), or a line saying there is none. */
export function CurrentProfile({ account, published }: { account: string; published: PublishedProfile | undefined }) {
  const { t } = useTranslation("sell");
  return (
    <section className="card sell-profile__current" data-testid="current-profile">
      <h2>{t("profile.current")}</h2>
      {published ? (
        <div className="sell-profile__summary">
          <SellerAvatar profile={published} name={published.name ?? account} large />
          <div>
            <p className="sell-profile__name" data-testid="current-profile-name">
              {published.name}
            </p>
            <p className="form-field__hint">{t("profile.version", { version: published.version })}</p>
            {published.bio && <p data-testid="current-profile-bio">{published.bio}</p>}
          </div>
        </div>
      ) : (
        <p data-testid="current-profile-none">{t("profile.none")}</p>
      )}
      <p className="form-field__hint" data-testid="current-profile-key">
        {published?.encryptionPublicKey ? t("profile.keyPublished") : t("profile.keyMissing")}
      </p>
      <Link to={`/seller/${account}`}>{t("profile.viewPage")}</Link>
    </section>
  );
}
