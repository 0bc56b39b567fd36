// The arbiter's pages' small pieces: the account is not an arbiter; its record (fee, counts, whether
// parties can seal messages to it); one dispute in the list.
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatPrice } from "../../../lib/chain/display";
import { listingLabel } from "../../../lib/chain/listingId";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { useFormat } from "../../../lib/i18n/format";
import { useNow } from "../../../lib/chain/chainClock";
import { boughtItem } from "../../orders/boughtItem";
import { Countdown } from "../../orders/components/Countdown";
import { orderLabel } from "../../orders/orderId";
import type { Arbiter, ArbiterCase } from "../hooks/useArbitration";
import { partyName } from "../parties";
import { BPS } from "../split";

/** The connected account has no arbiter record: what an arbiter is, and that this is not one. */
export function NotArbiter({ account }: { account: string }) {
  const { t } = useTranslation("arbitration");
  return (
    <section className="catalog__state arbitration-not-arbiter" data-testid="arbitration-not-arbiter">
      <h2>{t("notArbiter.heading")}</h2>
      <p>{t("notArbiter.body")}</p>
      <p className="arbitration-address">{t("notArbiter.account", { account })}</p>
      <Link to="/">{t("notArbiter.browse")}</Link>
    </section>
  );
}

/** The arbiter's record: removed or not, its fee on new orders, its counts, and its key. */
export function ArbiterSummary({ arbiter }: { arbiter: Arbiter }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const open = arbiter.disputeCount - arbiter.rulingCount - arbiter.expiredCount;
  const key = arbiter.account.profile[0]?.encryptionPublicKey;
  return (
    <section className="arbitration-summary" aria-label={t("summary.label")} data-testid="arbiter-summary">
      {!arbiter.approved && (
        <p className="notice notice--warning" data-testid="arbiter-removed">
          {t("removed")}
        </p>
      )}
      <p className="arbitration-summary__figures">
        <span>{t("summary.fee", { fee: format.percent(arbiter.feeBps / BPS) })}</span>
        <span>
          {t("summary.counts", {
            open: format.integer(Math.max(0, open)),
            ruled: format.integer(arbiter.rulingCount),
            expired: format.integer(arbiter.expiredCount),
          })}
        </span>
      </p>
      {!key && (
        <p className="notice notice--muted" data-testid="arbiter-no-key">
          {t("summary.noKey")} <Link to="/sell/profile">{t("summary.publishKey")}</Link>
        </p>
      )}
    </section>
  );
}

/** One dispute in the list: what, how much, who, and its deadline or outcome; links to the case. */
export function CaseCard({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const now = useNow();
  const { order } = dispute;
  const item = boughtItem(order);
  const money = (value: string) => formatPrice(format, value, order.token);
  const late = dispute.status === "Open" && now > Number(dispute.rulingDeadline);
  const number = orderLabel(order.id);
  return (
    <li
      className="order-card card arbitration-card"
      data-testid="case-card"
      data-order-id={order.id}
      data-status={dispute.status}
    >
      <Link to={`/arbitration/${order.id}`} className="order-card__link">
        <IpfsImage className="order-card__photo" address={item.photo} alt={item.photoAlt} />
        <div className="order-card__body">
          <h3 className="order-card__title" data-testid="case-card-title">
            {item.name ?? (
              <span className="listing-card__unreadable">
                {t("unreadable", { listing: listingLabel(order.listing.id) })}
              </span>
            )}
          </h3>
          <p className="order-card__meta">{t("card.order", { number })}</p>
          <p className="order-card__amount">
            {dispute.status === "Open"
              ? t("card.escrow", { amount: money(order.escrow) })
              : t("card.amount", { amount: money(order.amount) })}
          </p>
          <p className="order-card__meta">
            {t("card.parties", { buyer: partyName(order.buyer), seller: partyName(order.seller) })}
          </p>
          <p className="order-card__meta">{t("card.statements", { count: dispute.evidenceCount + 1 })}</p>
          {dispute.status === "Open" ? (
            late ? (
              <p className="order-card__deadline">{t("card.late")}</p>
            ) : (
              <p className="order-card__deadline">
                {t("card.due")} <Countdown deadline={dispute.rulingDeadline} testId="case-countdown" />
              </p>
            )
          ) : (
            <p className="order-card__deadline">
              {dispute.ruling
                ? t("card.ruled", { share: format.percent(dispute.ruling.buyerShareBps / BPS) })
                : t("card.expired", { amount: money(dispute.expiredRefund ?? "0") })}
            </p>
          )}
        </div>
      </Link>
    </li>
  );
}
