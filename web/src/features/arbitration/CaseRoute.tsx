import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useNow } from "../../lib/chain/chainClock";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useFormat } from "../../lib/i18n/format";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { AccountRequired } from "../../lib/wallet/AccountRequired";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { boughtItem } from "../orders/boughtItem";
import { Countdown } from "../orders/components/Countdown";
import { orderIdFromParam, orderLabel } from "../orders/orderId";
import { NotArbiter } from "./components/ArbiterViews";
import { CaseFile } from "./components/CaseFile";
import { CaseOrder } from "./components/CaseOrder";
import { CaseTimeline } from "./components/CaseTimeline";
import { RulingResult } from "./components/RulingResult";
import { useArbitration, type Arbiter, type ArbiterCase } from "./hooks/useArbitration";
import { RulingPanel } from "./islands";
import "./arbitration.css";

/** Where the case stands: the ruling deadline as a countdown, and what its passing means. */
function CaseDeadline({ dispute }: { dispute: ArbiterCase }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const now = useNow();
  const late = now > Number(dispute.rulingDeadline);
  const date = format.dateTime(Number(dispute.rulingDeadline) * 1000);
  return (
    <section className="order-panel notice" data-testid="case-deadline" data-late={late || undefined}>
      <p className="order-panel__countdown">
        <Countdown deadline={dispute.rulingDeadline} testId="case-countdown" />
      </p>
      <p>{late ? t("case.deadline.late", { date }) : t("case.deadline.open", { date })}</p>
    </section>
  );
}

/** The ruling form while the arbiter may still rule, else why not; the outcome once closed. */
function CaseRuling({ dispute, arbiter }: { dispute: ArbiterCase; arbiter: Arbiter }) {
  const { t } = useTranslation("arbitration");
  const now = useNow();
  if (dispute.status !== "Open") return <RulingResult dispute={dispute} />;
  if (!arbiter.approved) return <p className="notice notice--warning">{t("ruling.cannotRule")}</p>;
  if (now > Number(dispute.rulingDeadline)) {
    return (
      <p className="notice notice--muted" data-testid="ruling-closed">
        {t("ruling.closed")}
      </p>
    );
  }
  return (
    <WalletIsland
      fallback={
        <p className="listing-page__meta" role="status">
          {t("ruling.loading")}
        </p>
      }
    >
      <RulingPanel dispute={dispute} />
    </WalletIsland>
  );
}

function CaseView({ dispute, arbiter, account }: { dispute: ArbiterCase; arbiter: Arbiter; account: string }) {
  const { t } = useTranslation("arbitration");
  const item = boughtItem(dispute.order);
  const number = orderLabel(dispute.order.id);
  return (
    <article
      className="arbitration-case"
      data-testid="case-page"
      data-status={dispute.status}
      data-order-id={dispute.order.id}
    >
      <header className="order-page__header">
        <p className="order-page__number">{t("case.title", { number })}</p>
        <h1 className="order-page__title" data-testid="case-title">
          {item.name ?? t("case.title", { number })}
        </h1>
        <p className="arbitration-case__status" data-testid="case-status">
          {t(`case.status.${dispute.status}`)}
        </p>
      </header>
      {dispute.status === "Open" && <CaseDeadline dispute={dispute} />}
      <CaseOrder dispute={dispute} />
      <CaseFile dispute={dispute} />
      <CaseRuling dispute={dispute} arbiter={arbiter} />
      <CaseTimeline dispute={dispute} viewer={account} />
    </article>
  );
}

function ArbiterCaseRead({ account, orderId }: { account: string; orderId: string }) {
  const { t } = useTranslation("arbitration");
  const query = useArbitration(account, { order: orderId });
  return (
    <IndexedQuery query={query} loading={t("case.loading")} testId="case">
      {({ arbiter, cases }) => {
        if (!arbiter) return <NotArbiter account={account} />;
        const dispute = cases[0];
        if (!dispute) {
          return (
            <section className="catalog__state" data-testid="case-not-found">
              <h2>{t("case.notFound.heading")}</h2>
              <p>{t("case.notFound.body", { number: orderLabel(orderId) })}</p>
            </section>
          );
        }
        return <CaseView dispute={dispute} arbiter={arbiter} account={account} />;
      }}
    </IndexedQuery>
  );
}

/** `/arbitration/:orderId` (hex or decimal): one dispute's file, its ruling form, and the order's history. */
export default function CaseRoute() {
  const { t } = useTranslation("arbitration");
  const { orderId: param = "" } = useParams();
  const orderId = orderIdFromParam(param);
  useDocumentTitle(orderId ? t("case.title", { number: orderLabel(orderId) }) : t("title"));
  return (
    <div className="page arbitration-page">
      <p className="order-page__back">
        <Link to="/arbitration">{t("case.back")}</Link>
      </p>
      {!orderId ? (
        <section className="catalog__state" data-testid="case-invalid">
          <h1>{t("case.notFound.heading")}</h1>
          <p>{t("case.invalid", { id: param })}</p>
        </section>
      ) : (
        <AccountRequired
          connect={t("connect")}
          testId="case-connect"
          loading={
            <p className="catalog__state" role="status">
              {t("case.loading")}
            </p>
          }
        >
          {(account) => <ArbiterCaseRead account={account} orderId={orderId} />}
        </AccountRequired>
      )}
    </div>
  );
}
