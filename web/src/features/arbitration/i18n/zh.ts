import type { ArbitrationMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: ArbitrationMessages = {
  title: "Arbitration",
};

export default zh;
