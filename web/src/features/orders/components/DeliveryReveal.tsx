// Wallet island: the buyer opens the seller's delivery (tracking or digital good) in the browser,
// with their encryption key (a free signature the first time in a session).
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { useEncryptionKey, useEncryptionKeyUnlocked } from "../../../lib/wallet/encryptionKey";
import { DeliveryOpenError, isUserRejection, openDelivery } from "../delivery";

export default function DeliveryReveal({ orderId, cid, digital }: { orderId: string; cid: string; digital: boolean }) {
  const { t } = useTranslation("orders");
  const { address } = useAccount();
  const unlock = useEncryptionKey();
  const unlocked = useEncryptionKeyUnlocked(address);
  const reader = useContentReader();
  const [shown, setShown] = useState(false);
  const read = useQuery({
    // Plain text after opening: kept in memory only while shown (gcTime 0), never stored.
    queryKey: ["orders", "delivery", cid, address],
    queryFn: async ({ signal }) => {
      const key = await unlock(address!);
      const bytes = await reader.bytes(cid, signal);
      return openDelivery(bytes, key.secretKey, orderId);
    },
    enabled: shown && address !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });
  const label = digital ? t("delivery.readDelivery") : t("delivery.showTracking");

  if (!shown || read.isPending) {
    const busy = shown && read.isPending;
    return (
      <div className="order-delivery">
        <button
          type="button"
          className="button"
          onClick={() => setShown(true)}
          disabled={busy || address === undefined}
          aria-busy={busy || undefined}
          data-testid="delivery-reveal"
        >
          {busy ? t("delivery.opening") : label}
        </button>
        {!unlocked && <p className="order-timeline__note">{t("delivery.explain")}</p>}
      </div>
    );
  }
  if (read.isError) {
    const error = read.error;
    const message = isUserRejection(error)
      ? t("delivery.error.rejected")
      : error instanceof DeliveryOpenError
        ? t(`delivery.error.${error.kind}`)
        : t("delivery.error.unavailable");
    return (
      <div className="order-delivery" role="alert">
        <p className="order-timeline__note">{message}</p>
        <button type="button" className="button" onClick={() => void read.refetch()}>
          {t("delivery.retry")}
        </button>
      </div>
    );
  }
  const delivery = read.data;
  return (
    <div className="order-delivery order-delivery--open" data-testid="delivery-details">
      {delivery.kind === "shipment" ? (
        <dl className="order-delivery__facts">
          <div>
            <dt>{t("delivery.carrier")}</dt>
            <dd>{delivery.carrier}</dd>
          </div>
          <div>
            <dt>{t("delivery.trackingNumber")}</dt>
            <dd className="order-delivery__tracking">{delivery.trackingNumber}</dd>
          </div>
          {delivery.trackingUrl && (
            <div>
              <dt className="visually-hidden">{t("delivery.track")}</dt>
              <dd>
                <a href={delivery.trackingUrl} target="_blank" rel="noopener noreferrer nofollow">
                  {t("delivery.track")}
                </a>
              </dd>
            </div>
          )}
          {delivery.note && (
            <div>
              <dt>{t("delivery.note")}</dt>
              <dd className="order-delivery__text">{delivery.note}</dd>
            </div>
          )}
        </dl>
      ) : (
        <>
          <h3 className="order-delivery__heading">{t("delivery.message")}</h3>
          <p className="order-delivery__text">{delivery.message}</p>
          {delivery.links.length > 0 && (
            <>
              <h3 className="order-delivery__heading">{t("delivery.links")}</h3>
              <ul className="order-delivery__links">
                {delivery.links.map((link) => (
                  <li key={link}>
                    <a href={link} target="_blank" rel="noopener noreferrer nofollow">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <button type="button" className="button" onClick={() => setShown(false)}>
        {t("delivery.hide")}
      </button>
    </div>
  );
}
