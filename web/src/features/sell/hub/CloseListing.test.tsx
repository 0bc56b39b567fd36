// Closing a listing from the hub against a fake chain (wagmi's mock connector): the confirmation,
// closeListing sent with the listing's id, the index awaited and the hub's list read again, the
// card then Closed; a revert shown with Retry; nothing offered to another account.
import { abis } from "@agora/contracts";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import type { ReactElement, ReactNode } from "react";
import { decodeFunctionData, encodeErrorResult, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { setAccountState } from "../../../lib/wallet/account";
import { BLOCK, fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { fakeContent, fakeIndexer } from "../../../test/pageHarness";
import SellRoute from "../SellRoute";
import { closed, hubAnswer, hubListing, hubListingId, hubProfile, hubSellerChecksummed } from "./hubFixtures";
import CloseListing from "./CloseListing";

// The page's islands render in place: the wallet layer is this test's WagmiProvider.
vi.mock("../../../lib/wallet/WalletIsland", () => ({
  WalletIsland: ({ children }: { children: ReactNode }) => <>{children}</>,
}));

const other = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
let chain: FakeChain;

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("sell");
});
beforeEach(() => {
  chain = fakeChain({ from: hubSellerChecksummed });
  serveJsonRpc(chain);
});
afterEach(() => {
  vi.unstubAllGlobals();
  setAccountState({ status: "unknown" });
});

/** The hub (or `element`) at /sell with a wallet connected as `account`, and an index that closes listing 2 once it was sent. */
async function renderHub(account: Hex, element: ReactElement = <SellRoute />) {
  const indexer = fakeIndexer((operation) => {
    if (operation === "IndexedBlock") return { _meta: { block: { number: BLOCK }, hasIndexingErrors: false } };
    if (operation !== "SellerListings") throw new Error(`unexpected query ${operation}`);
    const second = chain.sent.length > 0 ? closed(2) : hubListing(2);
    return hubAnswer(hubProfile(), [second, hubListing(1)]);
  });
  const view = await renderWithWallet(element, {
    account,
    chain,
    indexer: indexer.client,
    content: fakeContent(),
    route: "/sell",
    announce: true,
  });
  return { ...view, ...indexer };
}

const card = (number: number) =>
  screen.getAllByTestId("sell-listing").find((item) => item.getAttribute("data-listing-id") === hubListingId(number))!;

describe("closing a listing from the Sell hub", () => {
  it("asks first, sends closeListing with the listing's id, and shows the card Closed once indexed", async () => {
    const { invalidate, request, cleanup } = await renderHub(hubSellerChecksummed);
    await screen.findByTestId("sell-listings");
    fireEvent.click(within(card(2)).getByRole("button", { name: "Close “Item 2”" }));
    expect(within(card(2)).getByTestId("close-listing-question").textContent).toBe(
      "Close “Item 2” for good? Buyers can no longer order it; open orders go on as usual. A closed listing cannot be reopened.",
    );
    // Changing one's mind sends nothing.
    fireEvent.click(within(card(2)).getByRole("button", { name: "Keep it on sale" }));
    expect(within(card(2)).queryByTestId("close-listing-question")).toBeNull();
    expect(chain.sent).toHaveLength(0);

    fireEvent.click(within(card(2)).getByRole("button", { name: "Close “Item 2”" }));
    fireEvent.click(within(card(2)).getByTestId("close-listing-sure"));
    // The stepper names the steps while it runs.
    expect(await within(card(2)).findByText("Close the listing on chain")).toBeTruthy();

    await waitFor(() => expect(card(2).getAttribute("data-state")).toBe("closed"));
    expect(within(card(2)).getByTestId("sell-listing-state").textContent).toBe("Closed");
    expect(within(card(2)).queryByTestId("close-listing")).toBeNull();
    expect(within(card(2)).queryByTestId("sell-listing-edit")).toBeNull();
    // The other listing is untouched and can still be closed.
    expect(card(1).getAttribute("data-state")).toBe("active");
    expect(within(card(1)).getByTestId("close-listing-button")).toBeTruthy();

    expect(chain.sent).toHaveLength(1);
    expect(decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[0]! })).toEqual({
      functionName: "closeListing",
      args: [BigInt(hubListingId(2))],
    });
    // Refreshed after the index reached the receipt's block.
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.listings(),
      indexerKeys.accounts(),
    ]);
    const operations = request.mock.calls.map(([document]) => /query (\w+)/.exec(String(document))?.[1]);
    expect(operations.indexOf("IndexedBlock")).toBeLessThan(operations.lastIndexOf("SellerListings"));
    await cleanup();
  });

  it("shows the contract's refusal with Retry, and sends nothing more until asked", async () => {
    chain.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "ListingIsClosed",
      args: [BigInt(hubListingId(2))],
    });
    const { cleanup } = await renderHub(hubSellerChecksummed);
    await screen.findByTestId("sell-listings");
    fireEvent.click(within(card(2)).getByTestId("close-listing-button"));
    fireEvent.click(within(card(2)).getByTestId("close-listing-sure"));
    const alert = await within(card(2)).findByRole("alert", undefined, { timeout: 5_000 });
    expect(alert.textContent).toContain("is closed: it is no longer for sale.");
    expect(chain.sent).toHaveLength(0);
    expect(card(2).getAttribute("data-state")).toBe("active");

    // The listing could be closed after all: Retry goes through.
    chain.revertData = undefined;
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(card(2).getAttribute("data-state")).toBe("closed"));
    expect(chain.sent).toHaveLength(1);
    await cleanup();
  });

  it("offers nothing to a wallet that is not the listing's seller", async () => {
    const { cleanup } = await renderHub(
      other,
      <CloseListing listingId={hubListingId(2)} seller={hubSellerChecksummed.toLowerCase()} name="Item 2" />,
    );
    await act(async () => {});
    expect(screen.queryByTestId("close-listing")).toBeNull();
    await cleanup();
  });
});
