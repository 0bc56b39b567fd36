import { useTranslation } from "react-i18next";
import { useFormat } from "../../lib/i18n/format";
import { CartIcon } from "./icons";

/** The cart's entry point; the cart itself arrives with the buying flow (count is 0 until then). */
export function CartButton({ count }: { count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <button type="button" className="icon-button cart-button" aria-label={t("shell.cart", { count })}>
      <CartIcon />
      <span className="cart-button__count" aria-hidden>
        {format.integer(count)}
      </span>
    </button>
  );
}
