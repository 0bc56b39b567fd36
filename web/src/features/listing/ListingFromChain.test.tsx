import { act, screen, within } from "@testing-library/react";
import { parseEther, toHex, zeroAddress } from "viem";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IndexerError } from "../../lib/indexer/client";
import type { IndexerHealth } from "../../lib/indexer/health";
import { indexerKeys } from "../../lib/indexer/queryKeys";
import { serveJsonRpc } from "../../test/fakeChain";
import { emitLanternCreated, fakeMarketChain, lantern } from "../../test/fakeMarketChain";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { testConfig } from "../../test/renderApp";
import ListingRoute from "./ListingRoute";

const { seller, arbiter, listingId, metadata } = lantern;
const hexId = toHex(listingId, { size: 32 });

function serveListing() {
  const chain = fakeMarketChain({
    head: 500n,
    views: {
      getListing: () => ({
        seller,
        token: zeroAddress,
        arbiter,
        price: parseEther("0.02"),
        stock: 3n,
        orderCount: 0n,
        shippingWindow: 259_200n,
        status: 1,
      }),
      arbiterInfo: () => [1, 150, true],
      reputationOf: () => [0n, 0n],
    },
  });
  emitLanternCreated(chain);
  serveJsonRpc(chain);
}

const content = () =>
  fakeContent({ listing: vi.fn(async () => ({ ok: true as const, document: metadata, files: [] })) });

afterEach(() => vi.unstubAllGlobals());

describe("listing page without a usable index", () => {
  it("reads the listing from the chain and IPFS when its query cannot reach the index, and disables what needs the index", async () => {
    serveListing();
    const { client } = fakeIndexer(() => {
      throw new IndexerError("unreachable", "refused");
    });
    await renderPage(<ListingRoute />, {
      path: `/listing/${hexId}`,
      route: "/listing/:id",
      client,
      content: content(),
    });
    expect(await screen.findByTestId("listing-from-chain")).toBeTruthy();
    expect(screen.getByTestId("listing-title").textContent).toBe("Brass lantern");
    expect(screen.getByTestId("listing-price").textContent).toBe("0.02 ETH");
    expect(screen.getByTestId("listing-stock").textContent).toContain("3");
    expect(screen.getByTestId("listing-description").textContent).toBe("Read from the chain.");
    expect(screen.getByTestId("listing-arbiter").textContent).toContain("1.50%");
    // Buying needs only the chain (the checkout reads the listing there too); the cart needs the index.
    expect(screen.getByTestId("buy-now").getAttribute("href")).toBe(`/checkout?listing=${hexId}&qty=1`);
    expect(screen.queryByRole("button", { name: /cart/i })).toBeNull();
    expect(screen.getByTestId("listing-needs-index").textContent).toContain("The cart needs the catalogue index");
    expect(within(screen.getByTestId("listing-reviews")).getByTestId("listing-reviews-need-index")).toBeTruthy();
    expect(screen.queryByTestId("listing-error")).toBeNull();
  });

  it("switches to the chain when the banner finds the index lagging, though it still answers", async () => {
    serveListing();
    const { client } = fakeIndexer(() => ({ listing: null }));
    const { queryClient } = await renderPage(<ListingRoute />, {
      path: `/listing/${hexId}`,
      route: "/listing/:id",
      client,
      content: content(),
    });
    // Not indexed yet: the index says there is no such listing.
    expect(await screen.findByTestId("listing-not-found")).toBeTruthy();
    const lagging: IndexerHealth = {
      status: "lagging",
      indexedBlock: 100,
      headBlock: 500,
      behindBlocks: 400,
      behindSeconds: 800,
    };
    act(() => queryClient.setQueryData([...indexerKeys.health(), testConfig.rpcUrl], lagging));
    expect((await screen.findByTestId("listing-title")).textContent).toBe("Brass lantern");
    expect(screen.getByTestId("listing-from-chain")).toBeTruthy();
  });
});
