// Unread messages of the connected account, per order: from the inbox's query (the newest messages
// on its orders, polled), against the read marks kept in this browser. No wallet code.
import { useMemo } from "react";
import { useAppConfig } from "../../../config/ConfigContext";
import { useAccountId } from "../../../lib/wallet/account";
import { useInboxQuery } from "../../inbox/hooks/useInbox";
import { countUnread, orderKey, useReadMarks } from "../readStore";

/** Unread counts by order id (0x + 64 hex); orders without unread messages are absent. */
export function useUnreadCounts(): ReadonlyMap<string, number> {
  const account = useAccountId();
  const { chainId } = useAppConfig();
  const marks = useReadMarks(chainId, account);
  const { data } = useInboxQuery(account);
  return useMemo(() => {
    if (!data || !account) return new Map<string, number>();
    const messages = data.response.messages.map((message) => ({
      order: message.order.id,
      sender: message.sender,
      logOrder: message.logOrder,
    }));
    return countUnread(messages, account, marks);
  }, [data, account, marks]);
}

/** Unread messages on one order (id in decimal or hex) for the connected account; 0 when none or unknown. */
export function useUnreadCount(orderId: string): number {
  return useUnreadCounts().get(orderKey(orderId)) ?? 0;
}
