// What other features use of the messages feature. OrderMessages keeps its wallet code in a lazy
// island; the rest has none.
export { OrderMessages, type OrderMessagesProps } from "./components/OrderMessages";
export { useUnreadCount, useUnreadCounts } from "./hooks/useUnreadCount";
export { countUnread, markRead, orderKey, readMarksOf, readStorageKey, useReadMarks } from "./readStore";
