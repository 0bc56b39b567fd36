import type { AdminMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: AdminMessages = {
  title: "Admin",
};

export default zh;
