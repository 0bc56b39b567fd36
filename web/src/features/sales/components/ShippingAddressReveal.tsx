// Wallet island part: the seller opens the buyer's shipping address in the browser with their
// encryption key (a free signature the first time in a session). The plain text stays in memory
// only while shown.
import type { ShippingAddress } from "@agora/content";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { useEncryptionKey, useEncryptionKeyUnlocked } from "../../../lib/wallet/encryptionKey";
import { isUserRejection } from "../../orders/delivery";
import { listingIdOfOrder, openShippingAddress, ShippingOpenError } from "../shipping";

function AddressLines({ address }: { address: ShippingAddress }) {
  const { t } = useTranslation("sales");
  const place = [address.postalCode, address.city, address.region].filter(Boolean).join(" ");
  return (
    <>
      <address className="sales-address__lines" data-testid="shipping-address">
        {address.name}
        <br />
        {address.line1}
        {address.line2 && (
          <>
            <br />
            {address.line2}
          </>
        )}
        <br />
        {place}
        <br />
        {address.country}
      </address>
      {(address.phone || address.note) && (
        <dl className="order-delivery__facts">
          {address.phone && (
            <div>
              <dt>{t("address.phone")}</dt>
              <dd>{address.phone}</dd>
            </div>
          )}
          {address.note && (
            <div>
              <dt>{t("address.note")}</dt>
              <dd className="order-delivery__text">{address.note}</dd>
            </div>
          )}
        </dl>
      )}
    </>
  );
}

export function ShippingAddressReveal({
  account,
  orderId,
  shippingCid,
  digital,
}: {
  account: Address;
  /** The order id in decimal (the chain's uint256). */
  orderId: string;
  shippingCid: string | null;
  digital: boolean;
}) {
  const { t } = useTranslation("sales");
  const unlock = useEncryptionKey();
  const unlocked = useEncryptionKeyUnlocked(account);
  const reader = useContentReader();
  const [shown, setShown] = useState(false);
  const read = useQuery({
    // Plain text after opening: kept in memory only while shown (gcTime 0), never stored.
    queryKey: ["sales", "shippingAddress", shippingCid, account],
    queryFn: async ({ signal }) => {
      const key = await unlock(account);
      const bytes = await reader.bytes(shippingCid!, signal);
      return openShippingAddress(bytes, key.secretKey, listingIdOfOrder(orderId));
    },
    enabled: shown && shippingCid !== null,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  let body;
  if (!shippingCid) {
    body = <p className="order-timeline__note">{digital ? t("address.digital") : t("address.none")}</p>;
  } else if (!shown || read.isPending) {
    const busy = shown && read.isPending;
    body = (
      <>
        <button
          type="button"
          className="button"
          onClick={() => setShown(true)}
          disabled={busy}
          aria-busy={busy || undefined}
          data-testid="shipping-address-reveal"
        >
          {busy ? t("address.opening") : t("address.show")}
        </button>
        {!unlocked && <p className="order-timeline__note">{t("address.explain")}</p>}
      </>
    );
  } else if (read.isError) {
    const error = read.error;
    const message = isUserRejection(error)
      ? t("address.error.rejected")
      : error instanceof ShippingOpenError
        ? t(`address.error.${error.kind}`)
        : t("address.error.unavailable");
    body = (
      <div role="alert">
        <p className="order-timeline__note">{message}</p>
        <button type="button" className="button" onClick={() => void read.refetch()}>
          {t("panel.retry")}
        </button>
      </div>
    );
  } else {
    body = (
      <>
        <AddressLines address={read.data} />
        <button type="button" className="button" onClick={() => setShown(false)}>
          {t("address.hide")}
        </button>
      </>
    );
  }
  return (
    <div className="sales-address order-delivery">
      <h3 className="order-delivery__heading">{t("address.heading")}</h3>
      {body}
    </div>
  );
}
