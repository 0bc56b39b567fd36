import { zodResolver } from "@hookform/resolvers/zod";
import { lazy, useCallback, useMemo, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAppConfig } from "../../config/ConfigContext";
import { useDocumentTitle } from "../../lib/documentTitle";
import { IndexedQuery } from "../../lib/indexer/IndexerStates";
import { WalletIsland } from "../../lib/wallet/WalletIsland";
import { ConnectPlaceholder } from "../../lib/wallet/ConnectPlaceholder";
import { useCartStore } from "../cart/CartProvider";
import { clearDraft, readDraft, useFormDraft, writeDraft } from "../../lib/forms/formDraft";
import {
  addressDraftKey,
  addressFormSchema,
  addressFromDraft,
  fromShippingAddress,
  toShippingAddress,
  type AddressFormValues,
} from "./addressForm";
import { COUPON_PARAM } from "../coupons/couponCode";
import { couponDraftKey, parseCheckoutSource } from "./checkoutSource";
import { CheckoutLines } from "./components/CheckoutLines";
import { CheckoutSummary } from "./components/CheckoutSummary";
import { ShippingAddressForm } from "./components/ShippingAddressForm";
import { useCheckout, type CheckoutModel } from "./hooks/useCheckout";
import type { AppliedCoupon } from "./purchase";

const PlaceOrder = lazy(() => import("./components/PlaceOrder"));
const SavedAddressButton = lazy(() => import("./components/SavedAddressButton"));

/** Orders as the orders pages link them. */
const orderPath = (orderId: bigint) => `/orders/${orderId.toString()}`;

/**
 * `/checkout`: the lines re-checked, the shipping address (physical goods), coupons, the total,
 * and Place order (a wallet island running the one write mechanism).
 */
export default function CheckoutRoute() {
  const { t } = useTranslation("checkout");
  const { t: common } = useTranslation();
  const { chainId } = useAppConfig();
  const [params] = useSearchParams();
  const source = useMemo(() => parseCheckoutSource(params), [params]);
  const { requested, check, model, fromChain } = useCheckout(source);
  const cart = useCartStore();
  const navigate = useNavigate();
  const [coupons, setCoupons] = useState<Record<string, AppliedCoupon>>({});
  const [codes, setCodes] = useState<Record<string, string | undefined>>(
    () => readDraft(couponDraftKey(chainId)) as Record<string, string>,
  );
  const linkCode = params.get(COUPON_PARAM) ?? undefined;
  const setCode = useCallback(
    (listingId: string, code: string | undefined) =>
      setCodes((current) => {
        const next = { ...current, [listingId]: code ?? "" };
        writeDraft(couponDraftKey(chainId), next);
        return next;
      }),
    [chainId],
  );
  const setCoupon = useCallback(
    (listingId: string, coupon: AppliedCoupon | undefined) =>
      setCoupons((current) => {
        if (current[listingId] === coupon) return current;
        const next = { ...current };
        if (coupon) next[listingId] = coupon;
        else delete next[listingId];
        return next;
      }),
    [],
  );
  useDocumentTitle(t("title"));

  const form = useForm<AddressFormValues>({
    resolver: zodResolver(addressFormSchema),
    defaultValues: addressFromDraft(readDraft(addressDraftKey(chainId))),
    mode: "onTouched",
  });
  // Every keystroke goes to the tab's draft: errors, rejections and reloads keep it.
  useFormDraft(form, addressDraftKey(chainId));

  const needsAddress = model?.needsAddress ?? false;
  const prepare = useCallback(async () => {
    if (!needsAddress) return { address: null, remember: false };
    const valid = await form.trigger(undefined, { shouldFocus: true });
    if (!valid) return "invalid" as const;
    const values = form.getValues();
    return { address: toShippingAddress(values), remember: values.remember };
  }, [form, needsAddress]);

  const onPlaced = useCallback(
    (orderIds: readonly bigint[]) => {
      if (source.kind === "cart") cart.clear(requested.map((line) => line.listingId));
      clearDraft(addressDraftKey(chainId));
      clearDraft(couponDraftKey(chainId));
      navigate(orderIds.length === 1 ? orderPath(orderIds[0]!) : "/orders");
    },
    [cart, chainId, navigate, requested, source.kind],
  );

  const empty = (
    <div className="catalog__state" data-testid="checkout-empty">
      <p>{t("nothing")}</p>
      <Link to="/">{t("browse")}</Link>
    </div>
  );
  const checkout = (model: CheckoutModel) => {
    const token = model.token!;
    return (
      <FormProvider {...form}>
        {/* Not a <form>: each coupon field is its own form; Place order validates the address. */}
        <div className="checkout">
          <div className="checkout__main">
            <CheckoutLines model={model} source={source} coupons={{ codes, linkCode, setCode, setCoupon }} />
            {model.needsAddress && (
              <ShippingAddressForm
                savedAddress={
                  <WalletIsland fallback={null}>
                    <SavedAddressButton
                      onAddress={(address) => form.reset(fromShippingAddress(address), { keepDefaultValues: true })}
                    />
                  </WalletIsland>
                }
              />
            )}
          </div>
          <aside className="checkout__aside">
            <CheckoutSummary model={model} coupons={coupons}>
              <WalletIsland
                fallback={
                  <div className="checkout-place">
                    <ConnectPlaceholder />
                  </div>
                }
              >
                <PlaceOrder
                  lines={model.lines}
                  token={token}
                  coupons={coupons}
                  ready={model.ready}
                  prepare={prepare}
                  onPlaced={onPlaced}
                />
              </WalletIsland>
            </CheckoutSummary>
          </aside>
        </div>
      </FormProvider>
    );
  };

  let body;
  if (source.kind === "invalid") body = <p className="catalog__state">{t("badLink")}</p>;
  else if (requested.length === 0) body = empty;
  else {
    body = (
      <IndexedQuery query={check} loading={common("cart.checking")} testId="checkout" fromChain={fromChain}>
        {() => (model && model.lines.length > 0 ? checkout(model) : empty)}
      </IndexedQuery>
    );
  }

  return (
    <div className="page checkout-page">
      <h1>{t("heading")}</h1>
      {source.kind === "cart" && <Link to="/cart">{t("back")}</Link>}
      {body}
    </div>
  );
}
