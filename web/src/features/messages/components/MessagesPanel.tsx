// Wallet island of the order's messages (wagmi): unlocks the reader's key to decrypt the thread,
// and holds the composer. Loaded lazily by OrderMessages, only for the buyer and the seller.
import type { X25519Keypair } from "@agora/content";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAccount } from "wagmi";
import type { IndexedOrderTerms } from "../../../lib/chain/orderTerms";
import { decodeTxError } from "../../../lib/tx/errors";
import { useEncryptionKey, useEncryptionKeyUnlocked } from "../../../lib/wallet/encryptionKey";
import type { MessageReader } from "../hooks/useMessageTexts";
import type { OrderThread } from "../hooks/useOrderMessages";
import { MessageComposer } from "./MessageComposer";
import { MessageThread } from "./MessageThread";

export default function MessagesPanel({
  orderId,
  terms,
  thread,
  role,
}: {
  orderId: string;
  terms: IndexedOrderTerms;
  thread: OrderThread;
  role: "buyer" | "seller";
}) {
  const { t } = useTranslation("messages");
  const { t: tx } = useTranslation();
  const { address } = useAccount();
  const unlocked = useEncryptionKeyUnlocked(address);
  const unlock = useEncryptionKey();
  const [keys, setKeys] = useState<{ account: string; keypair: X25519Keypair }>();
  const [unlocking, setUnlocking] = useState(false);
  const [unlockError, setUnlockError] = useState<string>();

  // A key already unlocked this session (here, or by any other write) opens the thread at once.
  useEffect(() => {
    if (!unlocked || !address) return;
    let live = true;
    unlock(address).then(
      (keypair) => live && setKeys({ account: address.toLowerCase(), keypair }),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [unlocked, address, unlock]);

  const account = address?.toLowerCase();
  const reader = useMemo<MessageReader | undefined>(
    () => (keys && keys.account === account ? { account: keys.account, secretKey: keys.keypair.secretKey } : undefined),
    [keys, account],
  );

  const onUnlock = async () => {
    if (!address) return;
    setUnlocking(true);
    setUnlockError(undefined);
    try {
      await unlock(address);
    } catch (error) {
      setUnlockError(decodeTxError(error, tx).message);
    } finally {
      setUnlocking(false);
    }
  };

  return (
    <>
      {!reader && address && thread.messages.length > 0 && (
        <div className="order-messages__unlock" data-testid="messages-unlock">
          <p>{t("unlock.why")}</p>
          <button type="button" className="button button--primary" onClick={() => void onUnlock()} disabled={unlocking}>
            {unlocking ? t("unlock.busy") : t("unlock.button")}
          </button>
          {unlockError && (
            <p className="form-field__error" role="alert">
              {unlockError}
            </p>
          )}
        </div>
      )}
      <MessageThread orderId={orderId} thread={thread} account={account} reader={reader} />
      {address && <MessageComposer orderId={orderId} terms={terms} thread={thread} role={role} account={address} />}
    </>
  );
}
