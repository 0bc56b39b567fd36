// The actions island end to end against a fake chain (wagmi's mock connector): which buttons show,
// what each sends (decoded from the transaction), the upload before a dispute, a revert shown with
// Retry while the form keeps its contents, and no second upload on retry.
import { abis } from "@agora/contracts";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import { I18nextProvider } from "react-i18next";
import { custom, decodeFunctionData, encodeErrorResult, getAddress, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createConfig, WagmiProvider } from "wagmi";
import { connect, disconnect } from "wagmi/actions";
import { mock } from "wagmi/connectors";
import { ConfigProvider } from "../../../config/ConfigContext";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { initI18n } from "../../../lib/i18n/i18n";
import type { IndexerClient } from "../../../lib/indexer/client";
import { IndexerProvider } from "../../../lib/indexer/IndexerProvider";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { setAccountState } from "../../../lib/wallet/account";
import { testConfig } from "../../../test/renderApp";
import { BLOCK, fakeChain, localChain, type FakeChain } from "../../../test/fakeChain";
import { cidToHex as cidBytes } from "@agora/content";
import { draftKey } from "../forms";
import { resetChainClock } from "../../../lib/chain/chainClock";
import type { OrderPage } from "../hooks/useOrder";
import { buyer, DAY, orderDecimal, orderHex, paidOrder, PLACED, shippedOrder, windows } from "../orderFixtures";
import OrderActions from "./OrderActions";

const publish = vi.fn();
vi.mock("../../../lib/content/useContentWriter", () => ({
  useContentWriter: () => ({ publish, sealText: vi.fn(), uploadJson: vi.fn() }),
}));

const STATEMENT_CID = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

let chain: FakeChain;
const indexer: IndexerClient = { request: async () => ({ _meta: { block: { number: BLOCK } } }) as never };

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("orders");
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  resetChainClock();
  publish.mockReset();
  chain = fakeChain({ from: buyer });
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: number; method: string; params: unknown };
      try {
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: await chain.request(body) }));
      } catch (error) {
        const { code = -32603, message, data } = error as { code?: number; message: string; data?: Hex };
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, error: { code, message, data } }));
      }
    }),
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setAccountState({ status: "unknown" });
  sessionStorage.clear();
});

async function renderActions(order: OrderPage, now: number) {
  vi.setSystemTime(now * 1000);
  const wagmi = createConfig({
    chains: [localChain],
    connectors: [mock({ accounts: [buyer] })],
    transports: { [localChain.id]: custom({ request: (args) => chain.request(args) }) },
    pollingInterval: 20,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(queryClient, "invalidateQueries");
  const view = render(
    <I18nextProvider i18n={i18next}>
      <ConfigProvider config={testConfig}>
        <WagmiProvider config={wagmi} reconnectOnMount={false}>
          <QueryClientProvider client={queryClient}>
            <IndexerProvider client={indexer}>
              <OrderActions
                order={order}
                windows={{
                  confirmationWindow: Number(windows.confirmationWindow),
                  rulingWindow: Number(windows.rulingWindow),
                }}
              />
            </IndexerProvider>
          </QueryClientProvider>
        </WagmiProvider>
      </ConfigProvider>
    </I18nextProvider>,
  );
  await act(() => connect(wagmi, { connector: wagmi.connectors[0]!, chainId: localChain.id }));
  act(() => setAccountState({ status: "connected", address: buyer, chainId: localChain.id }));
  return { ...view, invalidate, cleanup: () => disconnect(wagmi) };
}

const sent = (index = 0) => decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[index]! });
/** The order's terms as decoded from calldata (checksummed addresses). */
const onChain = (order: OrderPage) => {
  const terms = orderTerms(order);
  return {
    ...terms,
    buyer: getAddress(terms.buyer),
    token: getAddress(terms.token),
    arbiter: getAddress(terms.arbiter),
  };
};

describe("<OrderActions>", () => {
  it("before the shipping deadline shows cancel disabled with when it opens; after it, cancels with the order's terms", async () => {
    const early = await renderActions(paidOrder(), PLACED + DAY);
    const cancel = await screen.findByTestId("action-cancel");
    expect(cancel.hasAttribute("disabled")).toBe(true);
    expect(screen.getByTestId("action-cancel-reason").textContent).toContain("The seller still has until");
    expect(screen.getByTestId("action-cancel-reason").textContent).toContain("2 d left");
    await early.cleanup();
    early.unmount();

    const { invalidate, cleanup } = await renderActions(paidOrder(), PLACED + 3 * DAY + 1);
    fireEvent.click(await screen.findByTestId("action-cancel"));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(sent()).toEqual({
      functionName: "cancelOrder",
      args: [BigInt(orderDecimal), onChain(paidOrder())],
    });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
    ]);
    await cleanup();
  });

  it("asks before confirming receipt, then confirms", async () => {
    const { cleanup } = await renderActions(shippedOrder(), PLACED + 2 * DAY);
    fireEvent.click(await screen.findByTestId("action-confirm"));
    expect(screen.getByText(/Pays the seller 20 USDC from escrow/)).toBeTruthy();
    expect(chain.sent).toHaveLength(0);
    fireEvent.click(screen.getByTestId("action-confirm-sure"));
    await waitFor(() => expect(chain.sent).toHaveLength(1));
    expect(sent().functionName).toBe("confirmReceipt");
    await cleanup();
  });

  it("opens a dispute: uploads the statement with its photo, then sends its CID; a revert keeps the form and Retry does not upload again", async () => {
    publish.mockResolvedValue(STATEMENT_CID);
    const { cleanup } = await renderActions(shippedOrder(), PLACED + 2 * DAY);
    fireEvent.click(await screen.findByTestId("action-dispute"));
    expect(screen.getByText(/The arbiter then has 14 d to rule/)).toBeTruthy();
    const form = screen.getByTestId("dispute-form");
    fireEvent.change(within(form).getByLabelText("What happened?"), {
      target: { value: "The shade arrived cracked." },
    });
    fireEvent.change(within(form).getByTestId("photo-input"), {
      target: { files: [new File([new Uint8Array([1])], "crack.png", { type: "image/png" })] },
    });

    chain.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "ConfirmationWindowClosed",
      args: [BigInt(orderDecimal), BigInt(PLACED + DAY)],
    });
    fireEvent.click(within(form).getByRole("button", { name: "Open the dispute" }));
    // (viem's transport retries the failed simulation a few times before giving up.)
    const alert = await screen.findByText(/The time to confirm or dispute ended on/, undefined, { timeout: 5_000 });
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(chain.sent).toHaveLength(0);
    expect(publish).toHaveBeenCalledTimes(1);
    const [kind, evidence, files] = publish.mock.calls[0]!;
    expect(kind).toBe("evidence");
    expect(evidence).toEqual({
      schema: "agora/evidence@1",
      orderId: orderDecimal,
      statement: "The shade arrived cracked.",
      attachments: [{ path: "photo-1.png", description: "Photo 1 from the buyer", sealed: false }],
    });
    expect(files).toEqual([{ path: "photo-1.png", content: new Uint8Array([1]) }]);
    // Nothing typed is lost.
    expect(within(form).getByLabelText<HTMLTextAreaElement>("What happened?").value).toBe("The shade arrived cracked.");
    expect(within(form).getAllByTestId("picked-photo")).toHaveLength(1);
    expect(sessionStorage.getItem(draftKey(orderHex, "dispute"))).not.toBeNull();

    chain.revertData = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(publish).toHaveBeenCalledTimes(1);
    // Through on Retry: the draft is spent and the form closes.
    expect(sessionStorage.getItem(draftKey(orderHex, "dispute"))).toBeNull();
    expect(screen.queryByTestId("dispute-form")).toBeNull();
    expect(sent()).toEqual({
      functionName: "openDispute",
      args: [BigInt(orderDecimal), onChain(shippedOrder()), cidBytes(STATEMENT_CID)],
    });
    await cleanup();
  });

  it("shows nothing to a buyer with nothing to do", async () => {
    const { container, cleanup } = await renderActions(paidOrder({ status: "Refunded" }), PLACED + 9 * DAY);
    expect(container.querySelector("[data-testid=order-actions]")).toBeNull();
    await cleanup();
  });
});
