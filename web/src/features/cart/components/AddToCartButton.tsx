import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCartStore } from "../CartProvider";
import { pickableStock } from "../cartStore";

/** Adds one unit (up to the stock) and says so, with a link to the cart. */
export function AddToCartButton({
  listing,
}: {
  listing: { id: string; price: string; stock: string; status: string; token: { id: string } };
}) {
  const { t } = useTranslation();
  const store = useCartStore();
  const [added, setAdded] = useState(false);
  const stock = pickableStock(listing.stock);
  const available = listing.status === "Active" && stock > 0;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={!available}
        onClick={() => {
          store.add({ listingId: listing.id, price: listing.price, token: listing.token.id }, 1, stock);
          setAdded(true);
        }}
        data-testid="add-to-cart"
      >
        {t("listing.addToCart")}
      </button>
      <span role="status" className="listing-page__meta">
        {added && (
          <>
            {t("cart.added")} <Link to="/cart">{t("cart.view")}</Link>
          </>
        )}
      </span>
    </>
  );
}
