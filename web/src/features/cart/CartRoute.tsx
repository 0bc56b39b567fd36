import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { cartCheckoutPath } from "../checkout/checkoutSource";
import { useDocumentTitle } from "../../lib/documentTitle";
import { useFormat } from "../../lib/i18n/format";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";

import { CartLineRow } from "./components/CartLineRow";
import { useCartLines } from "./CartProvider";
import type { CartLine } from "./cartStore";
import { checkLine, groupByToken, useCartCheck, type CartListing } from "./hooks/useCartCheck";
import { formatPrice, shortHex } from "../../lib/chain/display";

/** `/cart`: the lines re-checked against the index, one group (and one checkout) per payment token. */
export default function CartRoute() {
  const { t } = useTranslation();
  const lines = useCartLines();
  // A coupon link (`#/cart?coupon=…`) rides along to the checkout.
  const [params] = useSearchParams();
  const coupon = params.get("coupon");
  const check = useCartCheck(lines);
  useDocumentTitle(t("cart.title"));

  let body;
  if (lines.length === 0) {
    body = (
      <div className="catalog__state" data-testid="cart-empty">
        <p>{t("cart.empty")}</p>
        <Link to="/">{t("cart.browse")}</Link>
      </div>
    );
  } else {
    body = (
      <IndexedQuery query={check} loading={t("cart.checking")} testId="cart">
        {(listings) => <CartGroups lines={lines} listings={listings} coupon={coupon} />}
      </IndexedQuery>
    );
  }
  return (
    <div className="page cart-page">
      <h1>{t("cart.heading")}</h1>
      {body}
    </div>
  );
}

/** The lines by payment token, each group with its total and its checkout. */
function CartGroups({
  lines,
  listings,
  coupon,
}: {
  lines: readonly CartLine[];
  listings: readonly CartListing[];
  coupon: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const byId = new Map(listings.map((listing) => [listing.id, listing]));
  const { groups, unknown } = groupByToken(lines.map((line) => checkLine(line, byId.get(line.listingId))));
  return (
    <>
      {groups.length > 1 && <p className="notice">{t("cart.severalTokens", { count: groups.length })}</p>}
      {groups.map((group) => {
        const symbol = group.token.symbol ?? shortHex(group.token.id);
        return (
          <section
            key={group.token.id}
            className="cart-group card"
            aria-labelledby={`cart-group-${group.token.id}`}
            data-testid="cart-group"
            data-token={group.token.id}
          >
            <h2 id={`cart-group-${group.token.id}`}>{t("cart.paidIn", { symbol })}</h2>
            <ul className="cart-group__lines">
              {group.lines.map((item) => (
                <CartLineRow key={item.line.listingId} item={item} />
              ))}
            </ul>
            <div className="cart-group__footer">
              <p className="cart-group__total" data-testid="cart-group-total">
                {t("cart.total", { total: formatPrice(format, group.total.toString(), group.token) })}
              </p>
              {group.ready ? (
                <Link
                  className="button button--primary"
                  to={cartCheckoutPath(group.token.id, coupon)}
                  data-testid="cart-checkout"
                >
                  {t("cart.checkout", { symbol })}
                </Link>
              ) : (
                <button type="button" className="button button--primary" disabled title={t("cart.fixFirst")}>
                  {t("cart.checkout", { symbol })}
                </button>
              )}
            </div>
            {!group.ready && <p className="listing-page__meta">{t("cart.fixFirst")}</p>}
          </section>
        );
      })}
      {unknown.length > 0 && (
        <section className="cart-group card" data-testid="cart-group-unknown">
          <h2>{t("cart.unavailable")}</h2>
          <ul className="cart-group__lines">
            {unknown.map((item) => (
              <CartLineRow key={item.line.listingId} item={item} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
