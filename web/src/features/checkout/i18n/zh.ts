import type { CheckoutMessages } from "./en";

/** Simplified Chinese, typed against the English set. */
const zh: CheckoutMessages = {
  title: "结账",
  heading: "结账",
};
export default zh;
