import { screen } from "@testing-library/react";
import { parseEther, toHex, zeroAddress } from "viem";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import { IndexerError } from "../../lib/indexer/client";
import { setAccountState } from "../../lib/wallet/account";
import { serveJsonRpc } from "../../test/fakeChain";
import { emitLanternCreated, fakeMarketChain, lantern } from "../../test/fakeMarketChain";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import OrderRoute from "./OrderRoute";

const { seller, buyer, arbiter, listingId, metadata } = lantern;
const orderId = listingId | 1n;

beforeEach(() => resetChainClock());
afterEach(() => vi.unstubAllGlobals());

describe("order page without a usable index", () => {
  it("reads the order's status, amounts and timeline from the chain, with its actions and messages waiting for the index", async () => {
    const chain = fakeMarketChain({
      head: 200n,
      views: {
        orderStatus: () => [1, 0n],
        confirmationWindow: () => 604_800,
        rulingWindow: () => 1_209_600,
      },
    });
    emitLanternCreated(chain);
    chain.emit(
      "OrderPlaced",
      {
        orderId,
        seller,
        buyer,
        listingId,
        token: zeroAddress,
        quantity: 1,
        amount: parseEther("0.02"),
        feeBps: 200,
        arbiter,
        arbiterFeeBps: 300,
        shipDeadline: 1_800_000_000n,
        shippingCid: "0x",
      },
      20n,
    );
    serveJsonRpc(chain);
    setAccountState({ status: "disconnected" });
    const { client } = fakeIndexer(() => {
      throw new IndexerError("unreachable", "refused");
    });
    await renderPage(<OrderRoute />, {
      path: `/orders/${toHex(orderId, { size: 32 })}`,
      route: "/orders/:id",
      client,
      content: fakeContent({ listing: vi.fn(async () => ({ ok: true as const, document: metadata, files: [] })) }),
    });
    expect(await screen.findByTestId("order-from-chain")).toBeTruthy();
    expect(screen.getByTestId("order-page").dataset.status).toBe("Paid");
    expect(screen.getByTestId("order-title").textContent).toBe("Brass lantern");
    expect(screen.getByTestId("order-total").textContent).toContain("0.02 ETH");
    expect(screen.getByTestId("order-escrow").textContent).toContain("0.02 ETH");
    expect(screen.getAllByTestId("timeline-entry")).toHaveLength(1);
    expect(screen.getByTestId("order-actions-need-index")).toBeTruthy();
    expect(screen.queryByTestId("order-actions-connect")).toBeNull();
    expect(screen.getByTestId("order-messages-need-index")).toBeTruthy();
  });
});
