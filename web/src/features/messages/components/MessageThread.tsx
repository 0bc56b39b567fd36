import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useAppConfig } from "../../../config/ConfigContext";
import { ContentError } from "../../../lib/content/reader";
import { useFormat } from "../../../lib/i18n/format";
import { useMessageTexts, type MessageReader } from "../hooks/useMessageTexts";
import type { OrderThread, ThreadMessage } from "../hooks/useOrderMessages";
import { MessageFileError } from "../messageFile";
import { markRead } from "../readStore";

type TextQuery = ReturnType<typeof useMessageTexts>[number];

function MessageBody({ message, text, locked }: { message: ThreadMessage; text: TextQuery; locked: boolean }) {
  const { t } = useTranslation("messages");
  if (locked) {
    return (
      <p className="message__body message__body--locked" data-testid="message-locked">
        {t("locked")}
      </p>
    );
  }
  if (!message.messageCid) return <p className="message__body message__body--problem">{t("message.noCid")}</p>;
  if (text.isPending) {
    return (
      <p className="message__body message__body--pending" role="status">
        {t("message.opening")}
      </p>
    );
  }
  if (text.isError) {
    const error = text.error;
    const kind = error instanceof MessageFileError ? error.kind : "unavailable";
    return (
      <div className="message__body message__body--problem" data-testid="message-problem">
        <p>{t(`message.${kind}`)}</p>
        {!(error instanceof MessageFileError) && (!(error instanceof ContentError) || error.kind !== "notFound") && (
          <button type="button" className="button" onClick={() => void text.refetch()} disabled={text.isFetching}>
            {t("message.retry")}
          </button>
        )}
      </div>
    );
  }
  return (
    <p className="message__body" data-testid="message-text">
      {text.data}
    </p>
  );
}

/**
 * An order's thread, newest last: each message with its sender (You / Buyer / Seller) and time,
 * decrypted with `reader`'s key, or shown as encrypted without one. Once the texts are shown, the
 * newest message counts as read. No wallet code: the wallet island passes the key in.
 */
export function MessageThread({
  orderId,
  thread,
  account,
  reader,
}: {
  orderId: string;
  thread: OrderThread;
  /** The connected account (lowercase), to label its own messages "You". */
  account: string | undefined;
  reader?: MessageReader;
}) {
  const { t } = useTranslation("messages");
  const format = useFormat();
  const { chainId } = useAppConfig();
  const texts = useMessageTexts(orderId, thread.messages, reader);
  const list = useRef<HTMLOListElement>(null);
  const newest = thread.messages.at(-1)?.logOrder;

  useEffect(() => {
    if (reader && newest !== undefined) markRead(chainId, reader.account, orderId, newest);
  }, [chainId, reader, orderId, newest]);

  useEffect(() => {
    const element = list.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [newest]);

  if (thread.messages.length === 0) {
    return (
      <p className="message-thread__empty" data-testid="messages-empty">
        {t("empty")}
      </p>
    );
  }
  return (
    <ol className="message-thread" ref={list} data-testid="message-thread">
      {thread.messages.map((message, index) => {
        const mine = account !== undefined && message.sender.toLowerCase() === account.toLowerCase();
        const when = Number(message.timestamp) * 1000;
        return (
          <li
            key={message.id}
            className={mine ? "message message--mine" : "message"}
            data-testid="message"
            data-sender={mine ? "you" : message.senderRole.toLowerCase()}
          >
            <p className="message__meta">
              <span className="message__sender">
                {mine
                  ? t("sender.you")
                  : t(`sender.${message.senderRole.toLowerCase() as "buyer" | "seller" | "arbiter"}`)}
              </span>{" "}
              <time className="message__time" dateTime={new Date(when).toISOString()} title={format.dateTime(when)}>
                {t("sentAt", { time: format.relative(when) })}
              </time>
            </p>
            <MessageBody message={message} text={texts[index]!} locked={!reader} />
          </li>
        );
      })}
    </ol>
  );
}
