import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigProvider } from "../../../config/ConfigContext";
import { testConfig } from "../../../test/renderApp";
import { OrderDocument, OrdersDocument } from "../../../lib/indexer/generated/graphql";
import { IndexerProvider } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { fakeIndexer } from "../../../test/pageHarness";
import { orderAnswer, orderHex, orderRow, paidOrder, shippedOrder } from "../orderFixtures";
import { buyerOrdersVariables, ORDERS_PAGE_SIZE, useBuyerOrders } from "./useAccountOrders";
import { useOrder } from "./useOrder";
import { chainNow, resetChainClock } from "../../../lib/chain/chainClock";

function setup(answer: Parameters<typeof fakeIndexer>[0]) {
  const indexer = fakeIndexer(answer);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <ConfigProvider config={testConfig}>
      <QueryClientProvider client={queryClient}>
        <IndexerProvider client={indexer.client}>{children}</IndexerProvider>
      </QueryClientProvider>
    </ConfigProvider>
  );
  return { ...indexer, queryClient, wrapper };
}

afterEach(() => resetChainClock());

describe("useBuyerOrders", () => {
  it("asks for the account's purchases (lowercased), one page plus one to know whether more follow", async () => {
    const rows = Array.from({ length: ORDERS_PAGE_SIZE + 1 }, (_, index) =>
      orderRow(paidOrder({ id: `0x${(index + 1).toString(16).padStart(64, "0")}` })),
    );
    const { request, wrapper, queryClient } = setup(() => ({ _meta: { block: { timestamp: 1 } }, orders: rows }));
    const { result } = renderHook(() => useBuyerOrders("0xF39Fd6e51aad88F6F4ce6aB8827279cffFb92266", 2), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(request).toHaveBeenCalledTimes(1);
    const [document, variables] = request.mock.calls[0]!;
    expect(String(document)).toBe(String(OrdersDocument));
    expect(variables).toEqual({
      where: { buyer: "0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266" },
      first: ORDERS_PAGE_SIZE + 1,
      skip: ORDERS_PAGE_SIZE,
    });
    expect(result.current.data!.orders).toHaveLength(ORDERS_PAGE_SIZE);
    expect(result.current.data!.hasMore).toBe(true);
    // Cached under the orders domain, so a write's invalidation of indexerKeys.orders() refreshes it.
    expect(queryClient.getQueryData(indexerKeys.orderList(variables as object))).toBeDefined();
    expect(indexerKeys.orderList(variables as object).slice(0, 2)).toEqual(indexerKeys.orders());
  });

  it("says when the last page is reached, and asks nothing without an account", async () => {
    expect(buyerOrdersVariables("0xAB", 1)).toEqual({ where: { buyer: "0xab" }, first: ORDERS_PAGE_SIZE + 1, skip: 0 });
    const { request, wrapper } = setup(() => ({ _meta: null, orders: [orderRow(paidOrder())] }));
    const none = renderHook(() => useBuyerOrders(undefined), { wrapper });
    expect(none.result.current.fetchStatus).toBe("idle");
    expect(request).not.toHaveBeenCalled();
    const { result } = renderHook(() => useBuyerOrders("0xab"), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ hasMore: false });
    expect(result.current.data!.orders.map((order) => order.id)).toEqual([orderHex]);
  });
});

describe("useOrder", () => {
  it("asks for one order by its subgraph id, with the marketplace's windows, and learns the chain's time", async () => {
    const ahead = Math.floor(Date.now() / 1000) + 5 * 86_400;
    const { request, wrapper } = setup(() => orderAnswer(shippedOrder(), ahead));
    const { result } = renderHook(() => useOrder(orderHex.toUpperCase().replace("0X", "0x")), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const [document, variables] = request.mock.calls[0]!;
    expect(String(document)).toBe(String(OrderDocument));
    expect(variables).toEqual({ id: orderHex });
    expect(result.current.data!.order.status).toBe("Shipped");
    expect(result.current.data!.windows).toEqual({ confirmationWindow: 604_800, rulingWindow: 1_209_600 });
    // The indexed block is five days ahead of this machine's clock: deadlines follow the chain.
    expect(chainNow()).toBeGreaterThanOrEqual(ahead);
  });

  it("is null for an unknown order, and waits while there is no id", async () => {
    const { request, wrapper } = setup(() => ({ _meta: null, marketplaces: [], order: null }));
    const idle = renderHook(() => useOrder(undefined), { wrapper });
    expect(idle.result.current.fetchStatus).toBe("idle");
    const { result } = renderHook(() => useOrder(orderHex), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBeNull();
    expect(request).toHaveBeenCalledTimes(1);
  });
});
