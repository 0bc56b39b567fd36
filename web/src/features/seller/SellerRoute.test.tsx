import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { IndexerError, type IndexerClient } from "../../lib/indexer/client";
import { indexerKeys } from "../../lib/indexer/queryKeys";
import { eth, listingCard } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import type { SellerPage } from "./hooks/useSeller";
import SellerRoute from "./SellerRoute";

const address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const id = address.toLowerCase();

const card = (listingId: string, name: string) =>
  listingCard(listingId, { name, token: eth, price: "2000000000000000000", stock: "1", images: ["1.jpg"] });

function seller(overrides: Partial<SellerPage> = {}): SellerPage {
  return {
    id,
    ratingAverage: "4.5",
    ratingCount: 2,
    salesCount: 3,
    completedSalesCount: 3,
    activeListingCount: 2,
    firstListing: [{ createdAt: "1699963200" }],
    profile: [
      {
        id: "p",
        version: 2,
        cid: "bafyprofile",
        name: "Lin's Workshop",
        avatar: "avatar.png",
        bio: "Lamps and prints from Hangzhou.",
        encryptionPublicKey: null,
      },
    ],
    listings: [card("0x01", "Walnut lamp"), card("0x02", "River print")],
    reviewsReceived: [
      {
        id: "r1",
        rating: 5,
        timestamp: "1699963200",
        listing: { id: "0x01", current: [{ id: "0x01-1", name: "Walnut lamp" }] },
        content: {
          cid: "bafyreview",
          valid: true,
          title: "Beautiful",
          body: "Well packed.",
          images: ["photo-1.jpg", "photo-2.png"],
          imageAlts: ["The lamp on my desk", ""],
        },
        reply: { timestamp: "1700000000", content: { valid: true, text: "Thanks!" } },
      },
    ],
    ...overrides,
  };
}

const renderSeller = (
  path: string,
  client: IndexerClient | undefined,
  hidden: { listings: string[]; sellers: string[] } = { listings: [], sellers: [] },
) => renderPage(<SellerRoute />, { path, route: "/seller/:address", client, config: { hidden } });

describe("seller page", () => {
  it("shows the profile with its verified avatar, figures, listings and reviews from one query", async () => {
    const { client, request } = fakeIndexer(() => ({ account: seller() }));
    await renderSeller(`/seller/${address}`, client, { listings: ["9"], sellers: [] });
    expect(screen.getByTestId("seller-loading")).toBeTruthy();
    expect((await screen.findByTestId("seller-name")).textContent).toBe("Lin's Workshop");
    await waitFor(() => expect(document.title).toBe("Lin's Workshop · Agora"));
    const avatar = await screen.findByRole("img", { name: "Lin's Workshop’s avatar" });
    expect(avatar.getAttribute("src")).toBe("blob:test/bafyprofile/avatar.png");
    expect(screen.getByTestId("seller-bio").textContent).toBe("Lamps and prints from Hangzhou.");
    const figures = screen.getByTestId("seller-figures").textContent;
    expect(figures).toContain("★ 4.5 (2 reviews)");
    expect(figures).toContain("3 completed sales");
    expect(figures).toContain("Selling since Nov 14, 2023");
    const cards = screen.getAllByTestId("listing-card");
    expect(cards.map((c) => c.getAttribute("data-listing-id"))).toEqual(["0x01", "0x02"]);
    const review = within(screen.getByTestId("seller-reviews")).getByTestId("listing-review");
    expect(within(review).getByRole("link", { name: "Walnut lamp" }).getAttribute("href")).toBe("/listing/0x01");
    expect(within(review).getByTestId("listing-review-reply").textContent).toBe("Seller’s replyThanks!");
    // The buyer's photos, read from IPFS under the review's directory (verified by the reader).
    const photos = within(within(review).getByTestId("review-photos")).getAllByTestId("ipfs-image");
    expect(photos.map((photo) => [photo.getAttribute("src"), photo.getAttribute("alt")])).toEqual([
      ["blob:test/bafyreview/photo-1.jpg", "The lamp on my desk"],
      ["blob:test/bafyreview/photo-2.png", "The buyer’s photo 2"],
    ]);
    // The address is looked up lowercased, and the host's hidden listings are left out by the query.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![1]).toMatchObject({
      id,
      first: 24,
      skip: 0,
      listings: { status: "Active", listingId_not_in: ["9"] },
    });
  });

  it("shows the new rating once a review was written (the review's write refreshes every account read)", async () => {
    let answer = seller();
    const { client } = fakeIndexer(() => ({ account: answer }));
    const { queryClient } = await renderSeller(`/seller/${address}`, client);
    expect((await screen.findByTestId("seller-figures")).textContent).toContain("★ 4.5 (2 reviews)");
    answer = seller({ ratingAverage: "4.6666666666666667", ratingCount: 3 });
    await queryClient.invalidateQueries({ queryKey: indexerKeys.accounts() });
    await waitFor(() => expect(screen.getByTestId("seller-figures").textContent).toContain("★ 4.7 (3 reviews)"));
  });

  it("falls back to the address without a profile, and says when nothing is for sale", async () => {
    const { client } = fakeIndexer(() => ({
      account: seller({ profile: [], listings: [], reviewsReceived: [], ratingCount: 0, firstListing: [] }),
    }));
    await renderSeller(`/seller/${address}`, client);
    expect((await screen.findByTestId("seller-name")).textContent).toBe("0x7099…79c8");
    expect(screen.getByText("This seller has not published a profile.")).toBeTruthy();
    expect(screen.getByTestId("seller-no-listings")).toBeTruthy();
    expect(screen.getByText("No ratings yet")).toBeTruthy();
    expect(screen.getByText("No reviews yet.")).toBeTruthy();
  });

  it("pages the listings in the URL", async () => {
    const full = Array.from({ length: 24 }, (_, i) => card(`0x${(i + 1).toString(16)}`, `Item ${i + 1}`));
    const { client, request } = fakeIndexer((_op, variables) => ({
      account: seller({ listings: variables.skip === 0 ? full : [card("0x99", "Last")] }),
    }));
    await renderSeller(`/seller/${address}`, client);
    fireEvent.click(await screen.findByRole("link", { name: "Next →" }));
    expect(await screen.findByRole("link", { name: "← Previous" })).toBeTruthy();
    await waitFor(() => expect(screen.getAllByTestId("listing-card")).toHaveLength(1));
    expect(request.mock.calls[1]![1]).toMatchObject({ skip: 24 });
  });

  it("shows not found, an invalid address, a hidden seller, and an index error with a retry", async () => {
    const missing = fakeIndexer(() => ({ account: null }));
    const first = await renderSeller(`/seller/${address}`, missing.client);
    expect(within(await screen.findByTestId("seller-not-found")).getByText(/has not listed anything/)).toBeTruthy();
    first.unmount();

    const invalid = await renderSeller("/seller/0x1234", missing.client);
    expect(screen.getByTestId("seller-invalid").textContent).toContain("“0x1234” is not a seller address");
    invalid.unmount();

    const hiddenClient = fakeIndexer(() => ({ account: seller() }));
    const hidden = await renderSeller(`/seller/${address}`, hiddenClient.client, { listings: [], sellers: [id] });
    expect(screen.getByTestId("hidden-by-host").textContent).toContain("chosen not to show this seller");
    expect(hiddenClient.request).not.toHaveBeenCalled();
    hidden.unmount();

    let fail = true;
    const flaky = fakeIndexer(() => {
      if (fail) throw new IndexerError("unreachable", "down");
      return { account: seller() };
    });
    await renderSeller(`/seller/${address}`, flaky.client);
    const error = await screen.findByTestId("seller-error");
    expect(error.textContent).toContain("cannot be reached");
    fail = false;
    fireEvent.click(within(error).getByRole("button", { name: "Retry" }));
    expect((await screen.findByTestId("seller-name")).textContent).toBe("Lin's Workshop");
  });
});
