import type { DashboardMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: DashboardMessages = {
  title: "Dashboard",
};

export default zh;
