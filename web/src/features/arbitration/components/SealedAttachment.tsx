// Wallet island: an evidence attachment a party sealed to the arbiter, opened in the browser with
// the arbiter's encryption key (a free signature the first time in a session). The plain text is
// kept in memory only while shown. Shared messages read as a thread; anything else as its text.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { shortHex } from "../../../lib/chain/display";
import { useContentReader } from "../../../lib/content/ContentProvider";
import { useFormat } from "../../../lib/i18n/format";
import { useEncryptionKey, useEncryptionKeyUnlocked } from "../../../lib/wallet/encryptionKey";
import { isUserRejection } from "../../orders/delivery";
import { openSealedAttachment, SealedAttachmentError, type SharedThread } from "../sharedThread";

function Thread({ thread, viewer }: { thread: SharedThread; viewer: string | undefined }) {
  const { t } = useTranslation("arbitration");
  const format = useFormat();
  const roleOf = (role: SharedThread["messages"][number]["role"]) =>
    t(`file.roles.${role === "buyer" ? "Buyer" : role === "seller" ? "Seller" : "Arbiter"}`);
  return (
    <div className="arbitration-thread" data-testid="shared-thread">
      {thread.messages.length === 0 ? (
        <p className="order-timeline__note">{t("sealed.noMessages")}</p>
      ) : (
        <ol className="arbitration-thread__list">
          {thread.messages.map((message, index) => (
            <li
              key={index}
              className="arbitration-thread__message"
              data-role={message.role}
              data-testid="shared-message"
            >
              <p className="arbitration-thread__meta">
                <span className="arbitration-thread__sender">
                  {roleOf(message.role)} {shortHex(message.sender)}
                  {viewer === message.sender && ` ${t("sealed.you")}`}
                </span>{" "}
                <time dateTime={new Date(message.timestamp * 1000).toISOString()}>
                  {format.dateTime(message.timestamp * 1000)}
                </time>
              </p>
              <p className="arbitration-thread__text">{message.text}</p>
            </li>
          ))}
        </ol>
      )}
      {thread.unreadable > 0 && (
        <p className="order-timeline__note">{t("sealed.unreadableMessages", { count: thread.unreadable })}</p>
      )}
    </div>
  );
}

export default function SealedAttachment({
  orderId,
  address,
  description,
}: {
  /** The order id (decimal or hex): the envelope is bound to it. */
  orderId: string;
  /** `<evidence cid>/<path>`. */
  address: string;
  description: string;
}) {
  const { t } = useTranslation("arbitration");
  const { address: account } = useAccount();
  const unlock = useEncryptionKey();
  const unlocked = useEncryptionKeyUnlocked(account);
  const reader = useContentReader();
  const [shown, setShown] = useState(false);
  const read = useQuery({
    // Plain text after opening: kept in memory only while shown (gcTime 0), never stored.
    queryKey: ["arbitration", "sealed", address, account],
    queryFn: async ({ signal }) => {
      const key = await unlock(account as Address);
      const bytes = await reader.bytes(address, signal);
      return openSealedAttachment(bytes, key.secretKey, orderId);
    },
    enabled: shown && account !== undefined,
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
  });

  let body;
  if (!shown || read.isPending) {
    const busy = shown && read.isPending;
    body = (
      <>
        <button
          type="button"
          className="button"
          onClick={() => setShown(true)}
          disabled={busy || !account}
          aria-busy={busy || undefined}
          data-testid="sealed-open"
        >
          {busy ? t("sealed.opening") : t("sealed.open")}
        </button>
        {!unlocked && <p className="order-timeline__note">{t("sealed.explain")}</p>}
      </>
    );
  } else if (read.isError) {
    const error = read.error;
    const message = isUserRejection(error)
      ? t("sealed.rejected")
      : error instanceof SealedAttachmentError
        ? t(`sealed.${error.kind}`)
        : t("sealed.unavailable");
    body = (
      <div role="alert">
        <p className="order-timeline__note">{message}</p>
        <button type="button" className="button" onClick={() => void read.refetch()}>
          {t("sealed.retry")}
        </button>
      </div>
    );
  } else {
    const opened = read.data;
    body = (
      <>
        {opened.kind === "thread" ? (
          <Thread thread={opened.thread} viewer={account?.toLowerCase()} />
        ) : (
          <>
            <p className="arbitration-sealed__label">{t("sealed.text")}</p>
            <p className="order-statement__text" data-testid="sealed-text">
              {opened.text}
            </p>
          </>
        )}
        <button type="button" className="button" onClick={() => setShown(false)}>
          {t("sealed.hide")}
        </button>
      </>
    );
  }
  return (
    <div className="arbitration-sealed" data-testid="sealed-attachment">
      <p className="arbitration-sealed__heading">
        <span aria-hidden>🔒 </span>
        {t("sealed.heading")}: {description}
      </p>
      {body}
    </div>
  );
}
