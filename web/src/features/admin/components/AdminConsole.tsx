// The owner's console: the marketplace's settings read from the chain (pause, platform fee,
// treasury, ownership), and its tokens, arbiters and accrued fees from the index and the chain.
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../lib/i18n/format";
import { IndexedQuery } from "../../../lib/indexer/IndexerStates";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { useAdmin } from "../hooks/useAdmin";
import { AdminContext, type AdminContextValue } from "../hooks/useAdminChange";
import { useAccruedFees } from "../hooks/useMarketplaceState";
import { ArbitersSection } from "./ArbitersSection";
import { OwnershipSection } from "./OwnershipSection";
import { PauseSection } from "./PauseSection";
import { PlatformFeeSection } from "./PlatformFeeSection";
import { SweepSection } from "./SweepSection";
import { TokensSection } from "./TokensSection";
import { TreasurySection } from "./TreasurySection";

/** `chain`: the gate's context (state read on chain); this adds the index and accrued fees. */
export function AdminConsole({ chain }: { chain: AdminContextValue }) {
  const { t } = useTranslation("admin");
  const format = useFormat();
  const admin = useAdmin(chain.marketplace.address);
  const tokenIds = useMemo(() => admin.data?.paymentTokens.map((token) => token.id) ?? [], [admin.data]);
  const fees = useAccruedFees(chain.marketplace, tokenIds);
  const context = useMemo<AdminContextValue>(
    () => ({ ...chain, refresh: [...chain.refresh, fees.queryKey, indexerKeys.admin(), indexerKeys.tokens()] }),
    [chain, fees.queryKey],
  );
  const figures = admin.data?.marketplace;

  return (
    <AdminContext.Provider value={context}>
      <div className="admin-console__intro" data-testid="admin-console">
        <p>{t("console.intro")}</p>
        {figures && (
          <p data-testid="admin-figures">
            {t("console.figures", {
              listings: format.integer(figures.listingCount),
              orders: format.integer(figures.orderCount),
              disputes: format.integer(figures.disputeCount),
            })}
          </p>
        )}
      </div>
      <div className="admin-console">
        <PauseSection />
        <PlatformFeeSection />
        <TreasurySection />
        <OwnershipSection />
        <IndexedQuery query={admin} loading={t("console.loading")} testId="admin-index">
          {(data) => (
            <>
              <SweepSection tokens={data.paymentTokens} accrued={fees.accrued} />
              <TokensSection tokens={data.paymentTokens} accrued={fees.accrued} />
              <ArbitersSection arbiters={data.arbiters} />
            </>
          )}
        </IndexedQuery>
      </div>
    </AdminContext.Provider>
  );
}
