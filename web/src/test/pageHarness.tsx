// One harness for page component tests: the app's providers around a route, with a fake indexer
// client and a fake IPFS reader answering what each test says.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import i18next from "i18next";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { vi } from "vitest";
import type { AppConfig } from "../config/appConfig";
import { ConfigProvider } from "../config/ConfigContext";
import { CartProvider } from "../features/cart/CartProvider";
import { ContentProvider } from "../lib/content/ContentProvider";
import type { ContentReader } from "../lib/content/reader";
import type { IndexerClient } from "../lib/indexer/client";
import { IndexerProvider } from "../lib/indexer/IndexerProvider";
import { initI18n } from "../lib/i18n/i18n";
import { testConfig } from "./renderApp";

/** A fake indexer: answers each request with `answer(operation name, variables)`; throw to fail it. */
export function fakeIndexer(answer: (operation: string, variables: Record<string, unknown>) => unknown) {
  const request = vi.fn((document: { toString(): string }, variables: unknown) => {
    const operation = /query (\w+)/.exec(document.toString())?.[1] ?? "";
    try {
      return Promise.resolve(answer(operation, variables as Record<string, unknown>));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  return { client: { request } as unknown as IndexerClient, request };
}

/** A fake IPFS reader: photos resolve to `blob:test/<address>`; documents fail unless given. */
export function fakeContent(overrides: Partial<ContentReader> = {}): ContentReader {
  return {
    blobUrl: vi.fn(async (address: string) => `blob:test/${address}`),
    listing: vi.fn(async () => ({ ok: false as const, issues: ["no document in this test"] })),
    profile: vi.fn(async () => ({ ok: false as const, issues: ["no document in this test"] })),
    document: vi.fn(async () => ({ ok: false as const, issues: ["no document in this test"] })),
    bytes: vi.fn(async (address: string) => {
      throw new Error(`no bytes for ${address} in this test`);
    }),
    ...overrides,
  };
}

export interface RenderPageOptions {
  /** The URL to start at, e.g. `/listing/0x07`. */
  path: string;
  /** The route pattern the element is mounted at (default `*`). */
  route?: string;
  /** undefined: no subgraphUrl configured. */
  client: IndexerClient | undefined;
  content?: ContentReader;
  config?: Partial<AppConfig>;
  language?: "en" | "zh";
}

/** Renders one page with the app's providers, in English unless told. */
export async function renderPage(
  element: ReactElement,
  { path, route = "*", client, content = fakeContent(), config = {}, language = "en" }: RenderPageOptions,
) {
  await initI18n();
  await i18next.changeLanguage(language);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <ConfigProvider config={{ ...testConfig, ...config }}>
      <QueryClientProvider client={queryClient}>
        <IndexerProvider client={client}>
          <ContentProvider reader={content}>
            <CartProvider>
              <MemoryRouter initialEntries={[path]}>
                <Routes>
                  <Route path={route} element={element} />
                </Routes>
              </MemoryRouter>
            </CartProvider>
          </ContentProvider>
        </IndexerProvider>
      </QueryClientProvider>
    </ConfigProvider>,
  );
  return { ...view, queryClient };
}
