/** English strings of the checkout (namespace "checkout", loaded with the checkout page). */
const en = {
  title: "Checkout",
  heading: "Checkout",
};
export default en;
export type CheckoutMessages = typeof en;
