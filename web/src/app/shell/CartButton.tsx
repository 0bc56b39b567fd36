import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCartCount } from "../../features/cart/CartProvider";
import { useFormat } from "../../lib/i18n/format";
import { CartIcon } from "./icons";

/** The cart's entry point, with the number of units in it. */
export function CartButton() {
  const { t } = useTranslation();
  const format = useFormat();
  const count = useCartCount();
  return (
    <Link to="/cart" className="icon-button cart-button" aria-label={t("shell.cart", { count })}>
      <CartIcon />
      <span className="cart-button__count" aria-hidden>
        {format.integer(count)}
      </span>
    </Link>
  );
}
