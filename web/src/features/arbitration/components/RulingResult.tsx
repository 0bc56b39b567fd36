import { useTranslation } from "react-i18next";
import { formatPrice } from "../../../lib/chain/display";
import { useFormat } from "../../../lib/i18n/format";
import type { ArbiterCase } from "../hooks/useArbitration";
import { useRulingDocument } from "../hooks/useRulingDocument";
import { BPS } from "../split";

/** A ruling's written reason, read from IPFS (the page names the state it is in). */
export function RulingReason({ cid }: { cid: string | null }) {
  const { t } = useTranslation("arbitration");
  const read = useRulingDocument(cid);
  if (!cid) return <p className="order-timeline__note">{t("result.noReason")}</p>;
  if (read.isPending) return <p className="order-timeline__note">{t("result.reasonLoading")}</p>;
  if (read.isError) return <p className="order-timeline__note">{t("result.reasonUnavailable")}</p>;
  if (!read.data) return <p className="order-timeline__note">{t("result.reasonUnreadable")}</p>;
  return (
    <p className="order-statement__text" data-testid="ruling-reason">
      {read.data.reason}
    </p>
  );
}

/** How a closed dispute ended: the ruling's amounts and reason, or the buyer's reclaim. */
export function RulingResult({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const money = (value: string) => formatPrice(format, value, dispute.order.token);
  const date = (seconds: string | null | undefined) => format.dateTime(Number(seconds ?? 0) * 1000);
  const { ruling } = dispute;
  return (
    <section
      className="arbitration-result card"
      aria-labelledby="arbitration-result-heading"
      data-testid="ruling-result"
    >
      <h2 id="arbitration-result-heading">{t("result.heading")}</h2>
      {ruling ? (
        <>
          <p>
            {t("result.ruled", { date: date(ruling.timestamp), share: format.percent(ruling.buyerShareBps / BPS) })}
          </p>
          <dl className="arbitration-split">
            {(
              [
                ["buyer", t("result.buyer"), ruling.buyerAmount],
                ["seller", t("result.seller"), ruling.sellerAmount],
                ["arbiter-fee", t("result.arbiterFee"), ruling.arbiterFee],
                ["platform-fee", t("result.platformFee"), ruling.platformFee],
              ] as const
            ).map(([key, label, value]) => (
              <div key={key} className="arbitration-split__row">
                <dt>{label}</dt>
                <dd data-testid={`result-${key}`}>{money(value)}</dd>
              </div>
            ))}
          </dl>
          <h3 className="arbitration-result__reason">{t("result.reason")}</h3>
          <RulingReason cid={ruling.rulingCid} />
        </>
      ) : (
        <p>{t("result.expired", { amount: money(dispute.expiredRefund ?? "0"), date: date(dispute.closedAt) })}</p>
      )}
    </section>
  );
}
