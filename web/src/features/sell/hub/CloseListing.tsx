// Wallet island: closes one of the connected seller's listings for good (Marketplace.closeListing)
// after an explicit confirmation, through the one write mechanism; once indexed, the hub's list
// is refreshed and the card shows the listing closed.
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useAppConfig } from "../../../config/ConfigContext";
import { siteContract } from "../../../lib/chain/contracts";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { contractWrite } from "../../../lib/tx/steps";
import { Stepper } from "../../../lib/tx/Stepper";
import { useWrite } from "../../../lib/tx/useWrite";

export interface CloseListingProps {
  /** The listing's subgraph id (32-byte hex). */
  listingId: string;
  /** The listing's seller (lowercase): only they are offered the button. */
  seller: string;
  /** The listing's title, for the confirmation and the success toast. */
  name: string;
}

export default function CloseListing({ listingId, seller, name }: CloseListingProps) {
  const { t } = useTranslation("sell");
  const { chainId } = useAppConfig();
  const { address } = useAccount();
  const write = useWrite();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  if (address?.toLowerCase() !== seller.toLowerCase()) return null;

  const close = async () => {
    const outcome = await write.run({
      steps: contractWrite({
        label: t("hub.close.step"),
        request: () => {
          const marketplace = siteContract(chainId, "Marketplace");
          return {
            address: marketplace.address,
            abi: marketplace.abi,
            functionName: "closeListing",
            args: [BigInt(listingId)],
          };
        },
        // The hub's list (and every listing read) and the seller's active count.
        invalidate: [indexerKeys.listings(), indexerKeys.accounts()],
      }),
      success: t("hub.close.success", { name }),
    });
    if (outcome.ok) setConfirming(false);
  };

  const open = confirming || write.state.status !== "idle";
  return (
    <div className={open ? "sell-close sell-close--open" : "sell-close"} data-testid="close-listing">
      {confirming ? (
        <div className="sell-close__confirm" role="group" aria-labelledby={questionId}>
          <p id={questionId} data-testid="close-listing-question">
            {t("hub.close.confirm", { name })}
          </p>
          <div className="sell-close__buttons">
            <button
              type="button"
              className="button button--primary"
              disabled={write.busy}
              aria-busy={write.busy || undefined}
              onClick={() => void close()}
              data-testid="close-listing-sure"
            >
              {write.busy ? t("hub.close.closing") : t("hub.close.sure")}
            </button>
            <button type="button" className="button" disabled={write.busy} onClick={() => setConfirming(false)}>
              {t("hub.close.keep")}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button"
          aria-label={t("hub.close.actionLabel", { name })}
          onClick={() => {
            write.reset();
            setConfirming(true);
          }}
          data-testid="close-listing-button"
        >
          {t("hub.close.action")}
        </button>
      )}
      <Stepper state={write.state} onRetry={() => void write.retry()} />
    </div>
  );
}
