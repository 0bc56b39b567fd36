// One harness for wallet islands under wagmi's mock connector: the app's providers around a UI (or a
// hook), a wallet connected as `account` to a chain whose requests `chain` answers (a fake chain,
// or a test's own), and the query client's invalidations spied on.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, render, renderHook } from "@testing-library/react";
import i18next from "i18next";
import type { ReactElement, ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter, Route, Routes } from "react-router";
import { custom, type Address, type Chain } from "viem";
import { vi } from "vitest";
import { createConfig, WagmiProvider } from "wagmi";
import { connect, disconnect } from "wagmi/actions";
import { mock } from "wagmi/connectors";
import type { AppConfig } from "../config/appConfig";
import { ConfigProvider } from "../config/ConfigContext";
import { ContentProvider } from "../lib/content/ContentProvider";
import type { ContentReader } from "../lib/content/reader";
import type { IndexerClient } from "../lib/indexer/client";
import { IndexerProvider } from "../lib/indexer/IndexerProvider";
import { setAccountState } from "../lib/wallet/account";
import { BLOCK, localChain } from "./fakeChain";
import { testConfig } from "./renderApp";

/** An index already at the fake chain's receipt block, answering nothing else. */
export const indexedAtBlock: IndexerClient = {
  request: async () => ({ _meta: { block: { number: BLOCK } } }) as never,
};

export interface WalletOptions {
  /** The connected account (the mock connector's only one). */
  account: Address;
  /** Answers every JSON-RPC request of the wallet and the app; read at each request. */
  chain: { request(args: { method: string; params?: unknown }): Promise<unknown> };
  /** Default: an index at BLOCK (`indexedAtBlock`). */
  indexer?: IndexerClient;
  /** Given: a ContentProvider with this reader. */
  content?: ContentReader;
  /** Given: the UI mounted at this route in a MemoryRouter that starts there. */
  route?: string;
  /** Over testConfig. */
  config?: Partial<AppConfig>;
  /** Default: one that does not retry. */
  queryClient?: QueryClient;
  /** The chains wagmi knows, each answered by `chain` (default: the local chain). */
  chains?: readonly [Chain, ...Chain[]];
  /** The chain the wallet connects on (default: the local chain). */
  chainId?: number;
  /** false: the wallet is not connected (default true). */
  connect?: boolean;
  /** Also tell the app's account state that `account` is connected (as the wallet layer does). */
  announce?: boolean;
}

/** The providers for `options`, and how to connect the wallet once they are mounted. */
function walletProviders({
  account,
  chain,
  indexer = indexedAtBlock,
  content,
  route,
  config = {},
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } }),
  chains = [localChain],
}: WalletOptions) {
  const wagmi = createConfig({
    chains,
    connectors: [mock({ accounts: [account] })],
    transports: Object.fromEntries(chains.map((each) => [each.id, custom({ request: (args) => chain.request(args) })])),
    pollingInterval: 20,
  });
  const invalidate = vi.spyOn(queryClient, "invalidateQueries");
  const wrapper = ({ children }: { children: ReactNode }) => {
    let inner = children;
    if (route)
      inner = (
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={route} element={inner} />
          </Routes>
        </MemoryRouter>
      );
    if (content) inner = <ContentProvider reader={content}>{inner}</ContentProvider>;
    return (
      <I18nextProvider i18n={i18next}>
        <ConfigProvider config={{ ...testConfig, ...config }}>
          <WagmiProvider config={wagmi} reconnectOnMount={false}>
            <QueryClientProvider client={queryClient}>
              <IndexerProvider client={indexer}>{inner}</IndexerProvider>
            </QueryClientProvider>
          </WagmiProvider>
        </ConfigProvider>
      </I18nextProvider>
    );
  };
  return { wagmi, queryClient, invalidate, wrapper };
}

/** Connects after the providers mounted (their hydration would otherwise forget the connection). */
async function connectWallet(wagmi: ReturnType<typeof walletProviders>["wagmi"], options: WalletOptions) {
  const { account, chainId = localChain.id, connect: connected = true, announce = false } = options;
  if (!connected) return;
  await act(() => connect(wagmi, { connector: wagmi.connectors[0]!, chainId }));
  if (announce) act(() => setAccountState({ status: "connected", address: account, chainId }));
}

/** Renders `ui` with a wallet connected as `options.account`; `cleanup` disconnects it. */
export async function renderWithWallet(ui: ReactElement, options: WalletOptions) {
  const { wagmi, queryClient, invalidate, wrapper } = walletProviders(options);
  const view = render(ui, { wrapper });
  await connectWallet(wagmi, options);
  return { ...view, queryClient, invalidate, wagmi, cleanup: () => disconnect(wagmi) };
}

/** Renders `hook` with a wallet connected as `options.account`; `cleanup` disconnects it. */
export async function renderHookWithWallet<Result>(hook: () => Result, options: WalletOptions) {
  const { wagmi, queryClient, invalidate, wrapper } = walletProviders(options);
  const view = renderHook(hook, { wrapper });
  await connectWallet(wagmi, options);
  return { ...view, queryClient, invalidate, wagmi, cleanup: () => disconnect(wagmi) };
}
