import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { useFormat } from "../../../lib/i18n/format";
import type { BestSeller } from "../hooks/useDashboard";

/** The seller's listings by units sold (up to five), each linking to its page. */
export function BestSellers({ listings }: { listings: readonly BestSeller[] }) {
  const { t } = useTranslation("dashboard");
  const format = useFormat();
  if (listings.length === 0) return null;
  return (
    <section aria-labelledby="dashboard-best" className="dashboard-section">
      <h2 id="dashboard-best">{t("best.heading")}</h2>
      <ol className="dashboard-best card" data-testid="dashboard-best-sellers">
        {listings.map((listing) => (
          <li key={listing.id} className="dashboard-best__item" data-listing-id={listing.id}>
            <Link to={`/listing/${listing.id}`} className="dashboard-best__name">
              {listing.name ?? t("best.untitled", { label: listingLabel(listing.id) })}
            </Link>
            <span className="dashboard-best__figures">
              {t("best.sold", { count: Number(listing.unitsSold) })} · {t("best.orders", { count: listing.orders })}
            </span>
            <strong className="dashboard-best__volume">
              {formatPrice(format, listing.volume.toString(), listing.token)}
            </strong>
          </li>
        ))}
      </ol>
    </section>
  );
}
