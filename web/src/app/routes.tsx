import { lazy, Suspense, type ComponentType } from "react";
import type { RouteObject } from "react-router";
import { RouteError, RouteLoading } from "./shell/RouteStates";
import { Shell } from "./shell/Shell";

/** A route's page, loaded on first visit, with its own loading state. */
function page(load: () => Promise<{ default: ComponentType }>) {
  const Page = lazy(load);
  return (
    <Suspense fallback={<RouteLoading />}>
      <Page />
    </Suspense>
  );
}

/**
 * The route table. Each page is a lazy module of its feature (features/<feature>/…Route.tsx)
 * with its own error boundary, so a failing page keeps the header and footer usable.
 */
export const routes: RouteObject[] = [
  {
    path: "/",
    element: <Shell />,
    errorElement: <RouteError standalone />,
    children: [
      { index: true, element: page(() => import("../features/browse/BrowseRoute")), errorElement: <RouteError /> },
      {
        path: "listing/:id",
        element: page(() => import("../features/listing/ListingRoute")),
        errorElement: <RouteError />,
      },
      { path: "cart", element: page(() => import("../features/cart/CartRoute")), errorElement: <RouteError /> },
      { path: "orders", element: page(() => import("../features/orders/OrdersRoute")), errorElement: <RouteError /> },
      {
        path: "orders/:id",
        element: page(() => import("../features/orders/OrderRoute")),
        errorElement: <RouteError />,
      },
      { path: "inbox", element: page(() => import("../features/inbox/InboxRoute")), errorElement: <RouteError /> },
      {
        path: "credits",
        element: page(() => import("../features/credits/CreditsRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "checkout",
        element: page(() => import("../features/checkout/CheckoutRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "sell/profile",
        element: page(() => import("../features/sell/ProfileRoute")),
        errorElement: <RouteError />,
      },
      { path: "sell", element: page(() => import("../features/sell/SellRoute")), errorElement: <RouteError /> },
      {
        path: "sell/new",
        element: page(() => import("../features/sell/ListingEditorRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "sell/listings/:id",
        element: page(() => import("../features/sell/ListingEditorRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "sell/coupons",
        element: page(() => import("../features/coupons/SellerCouponsRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "sell/dashboard",
        element: page(() => import("../features/dashboard/DashboardRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "arbitration",
        element: page(() => import("../features/arbitration/ArbitrationRoute")),
        errorElement: <RouteError />,
      },
      {
        path: "arbitration/:orderId",
        element: page(() => import("../features/arbitration/CaseRoute")),
        errorElement: <RouteError />,
      },
      { path: "admin", element: page(() => import("../features/admin/AdminRoute")), errorElement: <RouteError /> },
      { path: "sales", element: page(() => import("../features/sales/SalesRoute")), errorElement: <RouteError /> },
      {
        path: "seller/:address",
        element: page(() => import("../features/seller/SellerRoute")),
        errorElement: <RouteError />,
      },
      { path: "*", element: page(() => import("../features/not-found/NotFoundRoute")), errorElement: <RouteError /> },
    ],
  },
];
