import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { serveJsonRpc } from "../../test/fakeChain";
import { fakeMarketChain } from "../../test/fakeMarketChain";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { testConfig } from "../../test/renderApp";
import { indexerKeys } from "./queryKeys";
import { IndexerError } from "./client";
import { IndexerHealthNotice } from "./IndexerHealthNotice";

afterEach(() => vi.unstubAllGlobals());

describe("IndexerHealthNotice", () => {
  it("says the index is down and what still works, in both languages", async () => {
    const { client } = fakeIndexer(() => {
      throw new IndexerError("unreachable", "refused");
    });
    const view = await renderPage(<IndexerHealthNotice />, { path: "/", client });
    const banner = await screen.findByTestId("indexer-health");
    expect(banner.dataset.status).toBe("down");
    expect(banner.textContent).toBe(
      "The catalogue index is not answering right now. Search and browsing are limited until it is back; listing and order pages are read from the chain directly.",
    );
    view.unmount();
    await renderPage(<IndexerHealthNotice />, { path: "/", client: undefined, language: "zh" });
    expect((await screen.findByTestId("indexer-health")).textContent).toContain("本站未配置商品索引");
  });

  it("says how far behind a lagging index is, and shows nothing while it keeps up", async () => {
    const indexedAt = (number: number) =>
      fakeIndexer(() => ({
        _meta: { block: { number, timestamp: 1_700_000_000 + 2 * number }, hasIndexingErrors: false },
      }));
    // The chain head read over config.rpcUrl: block 1,000, two seconds a block.
    serveJsonRpc(fakeMarketChain({ head: 1_000n, views: {} }));
    const lagging = await renderPage(<IndexerHealthNotice />, { path: "/", client: indexedAt(400).client });
    const banner = await screen.findByTestId("indexer-health");
    expect(banner.dataset.status).toBe("lagging");
    expect(banner.textContent).toContain("The catalogue index is 600 blocks (about 20 min) behind the chain.");
    lagging.unmount();

    const { client, request } = indexedAt(990);
    const { queryClient } = await renderPage(<IndexerHealthNotice />, { path: "/", client });
    await waitFor(() => expect(queryClient.getQueryData([...indexerKeys.health(), testConfig.rpcUrl])).toBeDefined());
    expect(request).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId("indexer-health")).toBeNull();
  });
});
