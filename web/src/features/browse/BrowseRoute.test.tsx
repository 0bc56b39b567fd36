import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { ContentReader } from "../../lib/content/reader";
import { IndexerError, type IndexerClient } from "../../lib/indexer/client";
import { listingCard, testSeller } from "../../test/fixtures";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import BrowseRoute from "./BrowseRoute";

const seller = testSeller;
const listing = listingCard;

const fakeClient = fakeIndexer;

const renderBrowse = (path: string, client: IndexerClient | undefined, content?: ContentReader) =>
  renderPage(<BrowseRoute />, { path, client, content });

describe("browse page", () => {
  it("shows cards with name, price in token units, stock, seller name and rating, linking to the listing", async () => {
    const { client, request } = fakeClient(() => ({
      listings: [
        listing("0x01"),
        listing("0x02", { name: null, seller: { id: seller, ratingAverage: "0", ratingCount: 0, profile: [] } }),
      ],
    }));
    await renderBrowse("/", client);
    const cards = await screen.findAllByTestId("listing-card");
    expect(cards).toHaveLength(2);
    const first = within(cards[0]!);
    expect(first.getByRole("heading", { name: "Item 0x01" })).toBeTruthy();
    expect(first.getByText("12.5 USDC")).toBeTruthy();
    expect(first.getByText("In stock: 3")).toBeTruthy();
    expect(first.getByTestId("listing-seller").textContent).toBe("Sold by Lin's Workshop · ★ 4.5 (2)");
    expect(first.getByRole("link").getAttribute("href")).toBe("/listing/0x01");
    // No valid metadata: "unreadable" with its id, and the seller's shortened address.
    const second = within(cards[1]!);
    expect(second.getByRole("heading", { name: "Unreadable listing 0x02" })).toBeTruthy();
    expect(second.getByTestId("listing-seller").textContent).toBe("Sold by 0x7099…79c8 · No ratings yet");
    expect(request).toHaveBeenCalledWith(
      expect.anything(),
      { first: 24, skip: 0, orderBy: "createdAt", orderDirection: "desc", where: { status: "Active", stock_gt: "0" } },
      expect.anything(),
    );
  });

  it("filters by category and page from the URL, and drops listings whose current version is in another category", async () => {
    const { client, request } = fakeClient(() => ({
      listings: [listing("0x01", { category: "home" }), listing("0x02", { category: "toys" })],
    }));
    await renderBrowse("/?category=home&page=3", client);
    await screen.findAllByTestId("listing-card");
    expect(screen.getAllByTestId("listing-card")).toHaveLength(1);
    expect(request.mock.calls[0]![1]).toMatchObject({
      skip: 48,
      where: { status: "Active", stock_gt: "0", metadataVersions_: { valid: true, category: "home" } },
    });
    expect(screen.getByRole("link", { name: "← Previous" }).getAttribute("href")).toBe("/?category=home&page=2");
    expect(screen.queryByRole("link", { name: "Next →" })).toBeNull();
  });

  it("search keeps only hits on a listing's current version", async () => {
    const edited = listing("0x03", { name: "Walnut lamp", version: 2 });
    const { client, request } = fakeClient(() => ({
      listingSearch: [
        { id: "h1", version: 1, listing: edited }, // stale: an older version matched
        { id: "h2", version: 1, listing: listing("0x04", { name: "Brass lamp" }) },
        { id: "h3", version: 2, listing: edited },
      ],
    }));
    await renderBrowse("/?q=lamp", client);
    const cards = await screen.findAllByTestId("listing-card");
    expect(cards.map((card) => card.querySelector("h3")?.textContent)).toEqual(["Brass lamp", "Walnut lamp"]);
    expect(request.mock.calls[0]![1]).toEqual({
      text: "lamp",
      first: 24,
      skip: 0,
      where: { valid: true, listing_: { status: "Active", stock_gt: "0" } },
    });
  });

  it("shows an empty state with a clear-filters link", async () => {
    const { client } = fakeClient(() => ({ listingSearch: [] }));
    await renderBrowse("/?q=nothing&category=toys", client);
    const empty = await screen.findByTestId("catalog-empty");
    expect(empty.textContent).toContain("No listings match these filters");
    expect(within(empty).getByRole("link", { name: "Clear filters" }).getAttribute("href")).toBe("/");
  });

  it("names the problem when the index fails, and Retry refetches", async () => {
    let fail = true;
    const { client, request } = fakeClient(() => {
      if (fail) throw new IndexerError("unreachable", "down");
      return { listings: [listing("0x05")] };
    });
    await renderBrowse("/", client);
    const error = await screen.findByTestId("catalog-error");
    expect(error.textContent).toContain("The catalogue index cannot be reached");
    fail = false;
    fireEvent.click(within(error).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { name: "Item 0x05" })).toBeTruthy();
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
  });

  it("says so when the site has no subgraphUrl", async () => {
    await renderBrowse("/", undefined);
    expect((await screen.findByRole("status")).textContent).toContain("no catalogue index configured");
  });

  it("shows each card's verified cover photo, sold out at zero stock, and the CID of unreadable metadata", async () => {
    const content = fakeContent();
    const { client } = fakeClient(() => ({
      listings: [
        listing("0x01", { images: ["front.png", "side.png"] }),
        listing("0x02", { name: null }),
        listing("0x03", { stock: "0" }),
      ],
    }));
    await renderBrowse("/?stock=all", client, content);
    const cards = await screen.findAllByTestId("listing-card");
    const photo = await within(cards[0]!).findByRole("img", { name: "Item 0x01, photo 1" });
    expect(photo.getAttribute("src")).toBe("blob:test/bafylisting0x01/front.png");
    expect(content.blobUrl).toHaveBeenCalledTimes(1); // the cover only
    expect(within(cards[1]!).getByTestId("listing-unreadable-cid").textContent).toBe(
      "Unreadable metadata (CID bafylisting0x02)",
    );
    expect(within(cards[1]!).queryByTestId("ipfs-image")).toBeNull();
    expect(within(cards[2]!).getByTestId("listing-stock").textContent).toBe("Sold out");
    expect(within(cards[0]!).getByTestId("listing-stock").textContent).toBe("In stock: 3");
  });
});
