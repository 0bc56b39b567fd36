import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { IpfsImage } from "../../../lib/content/IpfsImage";
import { listingLabel } from "../../../lib/chain/listingId";
import { useFormat } from "../../../lib/i18n/format";

import { useCartStore } from "../CartProvider";
import { pickableStock } from "../cartStore";
import type { CheckedLine, LineProblem } from "../hooks/useCartCheck";
import { formatPrice, shortHex } from "../../../lib/chain/display";

function Problem({ item, problem }: { item: CheckedLine; problem: LineProblem }) {
  const { t } = useTranslation();
  const format = useFormat();
  const store = useCartStore();
  const token = item.listing?.token;
  switch (problem.kind) {
    case "missing":
      return <p className="cart-line__problem">{t("cart.problem.missing")}</p>;
    case "closed":
      return <p className="cart-line__problem">{t("cart.problem.closed")}</p>;
    case "soldOut":
      return <p className="cart-line__problem">{t("cart.problem.soldOut")}</p>;
    case "short":
      return (
        <p className="cart-line__problem">
          {t("cart.problem.short", { count: Number(problem.available) })}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => store.setQuantity(item.line.listingId, Number(problem.available))}
          >
            {t("cart.problem.reduce", { count: Number(problem.available) })}
          </button>
        </p>
      );
    case "priceChanged":
      return (
        <p className="cart-line__problem">
          {t("cart.problem.priceChanged", {
            was: formatPrice(format, problem.was.toString(), token!),
            now: formatPrice(format, problem.now.toString(), token!),
          })}{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => store.acceptPrice(item.line.listingId, problem.now.toString())}
          >
            {t("cart.problem.acceptPrice")}
          </button>
        </p>
      );
  }
}

/** One cart line: photo, name, seller, unit price, a quantity bounded by stock, subtotal, remove. */
export function CartLineRow({ item }: { item: CheckedLine }) {
  const { t } = useTranslation();
  const format = useFormat();
  const store = useCartStore();
  const { line, listing } = item;
  const metadata = listing?.current[0];
  const name = metadata?.name?.trim() || t("browse.card.unreadable", { id: listingLabel(line.listingId) });
  const cover = metadata ? (metadata.coverImage ?? metadata.images?.[0]) : undefined;
  const stock = listing ? pickableStock(listing.stock) : 0;
  const max = Math.max(stock, line.quantity);
  const buyable = listing && listing.status === "Active" && stock > 0;
  return (
    <li className="cart-line" data-testid="cart-line" data-listing-id={line.listingId}>
      <IpfsImage
        className="cart-line__photo"
        address={cover && metadata ? `${metadata.cid}/${cover}` : undefined}
        alt={metadata?.imageAlts?.[0]?.trim() || name}
      />
      <div className="cart-line__body">
        <Link to={`/listing/${line.listingId}`} className="cart-line__name">
          {name}
        </Link>
        {listing && (
          <p className="listing-page__meta">
            {t("browse.card.seller", {
              seller: listing.seller.profile[0]?.name?.trim() || shortHex(listing.seller.id),
            })}
          </p>
        )}
        {listing && (
          <p className="listing-page__meta" data-testid="cart-line-price">
            {t("cart.unitPrice", { price: formatPrice(format, listing.price, listing.token) })}
          </p>
        )}
        {item.problems.map((problem) => (
          <Problem key={problem.kind} item={item} problem={problem} />
        ))}
      </div>
      <div className="cart-line__controls">
        {buyable && (
          <label className="cart-line__quantity">
            <span className="visually-hidden">{t("cart.quantity", { name })}</span>
            <select
              value={line.quantity}
              onChange={(event) => store.setQuantity(line.listingId, Number(event.target.value))}
              data-testid="cart-line-quantity"
            >
              {Array.from({ length: max }, (_, index) => (
                <option key={index + 1} value={index + 1} disabled={index + 1 > stock}>
                  {format.integer(index + 1)}
                </option>
              ))}
            </select>
          </label>
        )}
        {listing && (
          <p className="cart-line__subtotal" data-testid="cart-line-subtotal">
            {formatPrice(format, item.subtotal.toString(), listing.token)}
          </p>
        )}
        <button
          type="button"
          className="link-button"
          onClick={() => store.remove(line.listingId)}
          aria-label={t("cart.removeLabel", { name })}
        >
          {t("cart.remove")}
        </button>
      </div>
    </li>
  );
}
