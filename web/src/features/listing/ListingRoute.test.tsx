import { setAccountState } from "../../lib/wallet/account";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ContentError, type ContentReader } from "../../lib/content/reader";
import { IndexerError, type IndexerClient } from "../../lib/indexer/client";
import { indexerKeys } from "../../lib/indexer/queryKeys";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import type { ListingPage } from "./hooks/useListing";
import ListingRoute from "./ListingRoute";

const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const arbiter = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";

function listing(overrides: Partial<ListingPage> = {}): ListingPage {
  return {
    id: "0x07",
    price: "12500000",
    stock: "3",
    status: "Active",
    ratingAverage: "5",
    ratingCount: 1,
    createdAt: "1700000000",
    metadataVersion: 1,
    shippingWindow: String(3 * 86_400),
    unitsSold: "1",
    metadataCid: "bafylisting",
    latestMetadata: { id: "0x07-1", version: 1, valid: true, error: null },
    token: { id: "0x5fbdb2315678afecb367f032d93f642f64180aa3", symbol: "USDC", decimals: 6, native: false },
    current: [
      {
        id: "0x07-1",
        version: 1,
        cid: "bafylisting",
        name: "Walnut desk lamp",
        description: "Hand-turned walnut.\nWarm LED bulb included.",
        category: "home",
        condition: "like-new",
        kind: "physical",
        coverImage: null,
        images: [],
        imageAlts: [],
      },
    ],
    arbiter: { id: arbiter, feeBps: 250, approved: true },
    seller: {
      id: seller,
      ratingAverage: "4.5",
      ratingCount: 2,
      completedSalesCount: 7,
      firstListing: [{ createdAt: "1699963200" }],
      profile: [
        {
          id: "p",
          version: 1,
          cid: "bafyp",
          name: "Lin's Workshop",
          avatar: null,
          bio: null,
          encryptionPublicKey: null,
        },
      ],
    },
    reviews: [
      {
        id: "r1",
        rating: 4,
        amountPaid: "12500000",
        timestamp: "1699963200", // 2023-11-14 12:00 UTC: the same date in any test time zone
        buyer: { id: "0x01" },
        content: {
          valid: true,
          title: "Lovely lamp",
          body: "Arrived quickly.",
          cid: "bafyr",
          images: [],
          imageAlts: [],
        },
        reply: { timestamp: "1700001000", content: { valid: true, text: "Thank you!" } },
      },
      {
        id: "r2",
        rating: 2,
        amountPaid: "12500000",
        timestamp: "1700000000",
        buyer: { id: "0x02" },
        content: { valid: false, title: null, body: null, cid: "bafybad", images: null, imageAlts: null },
        reply: null,
      },
    ],
    ...overrides,
  };
}

/** The listing page at `#/listing/<id>`, answering the Listing query with `answer(variables)`. */
async function renderListing(
  id: string,
  client: IndexerClient | undefined,
  content?: ContentReader,
  hidden: { listings: string[]; sellers: string[] } = { listings: [], sellers: [] },
) {
  return renderPage(<ListingRoute />, {
    path: `/listing/${id}`,
    route: "/listing/:id",
    client,
    content,
    config: { hidden },
  });
}

const fakeClient = (answer: (variables: Record<string, unknown>) => unknown) =>
  fakeIndexer((_operation, variables) => answer(variables));

describe("listing page", () => {
  it("shows the listing's fields, seller card and reviews from one query", async () => {
    const { client, request } = fakeClient(() => ({ listing: listing() }));
    const { queryClient } = await renderListing("0x07", client);
    expect(screen.getByTestId("listing-loading")).toBeTruthy();
    const page = await screen.findByTestId("listing-page");
    expect(within(page).getByRole("heading", { level: 1, name: "Walnut desk lamp" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Walnut desk lamp · Agora"));
    expect(screen.getByTestId("listing-description").textContent).toBe("Hand-turned walnut.\nWarm LED bulb included.");
    expect(screen.getByTestId("listing-price").textContent).toBe("12.5 USDC");
    expect(screen.getByTestId("listing-stock").textContent).toBe("In stock: 3");
    expect(screen.getByText("Home & garden")).toBeTruthy();
    expect(screen.getByText("Like new")).toBeTruthy();
    expect(screen.getByText("Physical item")).toBeTruthy();
    expect(screen.getByTestId("listing-shipping").textContent).toBe("Ships within 3 days");
    expect(screen.getByTestId("listing-arbiter").textContent).toBe(
      "Disputes are settled by arbiter 0x90f7…b906, for a fee of 2.50% of the order.",
    );
    expect(screen.queryByTestId("listing-edit-pending")).toBeNull();
    expect(screen.queryByTestId("listing-edit-rejected")).toBeNull();
    // Buy now opens the checkout of one unit; Add to cart puts one unit in the (guest) cart.
    expect(screen.getByRole("link", { name: "Buy now" }).getAttribute("href")).toBe("/checkout?listing=0x07&qty=1");
    fireEvent.click(screen.getByRole("button", { name: "Add to cart" }));
    expect(await screen.findByText("Added to your cart.")).toBeTruthy();
    expect(JSON.parse(localStorage.getItem("agora.cart.31337.guest")!).lines).toMatchObject([
      { listingId: "0x07", quantity: 1, price: "12500000", token: "0x5fbdb2315678afecb367f032d93f642f64180aa3" },
    ]);
    const card = within(screen.getByTestId("listing-seller-card"));
    expect(card.getByTestId("listing-seller-name").textContent).toBe("Lin's Workshop");
    expect(card.getByText("★ 4.5 (2 reviews)")).toBeTruthy();
    expect(card.getByText("7 completed sales")).toBeTruthy();
    expect(card.getByTestId("listing-seller-since").textContent).toBe("Selling since Nov 14, 2023");
    expect(card.getByRole("link").getAttribute("href")).toBe(`/seller/${seller}`);
    const reviews = screen.getAllByTestId("listing-review");
    expect(reviews).toHaveLength(2);
    const first = within(reviews[0]!);
    expect(first.getByLabelText("Rated 4 out of 5")).toBeTruthy();
    expect(first.getByRole("heading", { name: "Lovely lamp" })).toBeTruthy();
    expect(first.getByText("Arrived quickly.")).toBeTruthy();
    expect(first.getByText("Nov 14, 2023")).toBeTruthy();
    expect(first.getByTestId("listing-review-reply").textContent).toContain("Thank you!");
    expect(within(reviews[1]!).getByText("Review text unavailable")).toBeTruthy();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request).toHaveBeenCalledWith(expect.anything(), { id: "0x07" }, expect.anything());
    expect(queryClient.getQueryData(indexerKeys.listing("0x07"))).toBeTruthy();
  });

  it("offers its seller, and only its seller, a link to the editor", async () => {
    const { client } = fakeClient(() => ({ listing: listing() }));
    await renderListing("0x07", client);
    await screen.findByTestId("listing-page");
    expect(screen.queryByTestId("edit-listing")).toBeNull();
    act(() => setAccountState({ status: "connected", address: seller as `0x${string}`, chainId: 31337 }));
    expect(screen.getByTestId("edit-listing").getAttribute("href")).toBe("/sell/listings/0x07");
    act(() => setAccountState({ status: "connected", address: `0x${"12".repeat(20)}`, chainId: 31337 }));
    expect(screen.queryByTestId("edit-listing")).toBeNull();
    act(() => setAccountState({ status: "unknown" }));
  });

  it("says when the newest edit is pending", async () => {
    const { client } = fakeClient(() => ({ listing: listing({ latestMetadata: null }) }));
    await renderListing("0x07", client);
    expect((await screen.findByTestId("listing-edit-pending")).textContent).toContain("still being checked");
    expect(screen.getByRole("heading", { level: 1, name: "Walnut desk lamp" })).toBeTruthy();
  });

  it("says when the newest edit was rejected while an older version is shown", async () => {
    const { client } = fakeClient(() => ({
      listing: listing({ latestMetadata: { id: "0x07-2", version: 2, valid: false, error: "schema" } }),
    }));
    await renderListing("0x07", client);
    expect((await screen.findByTestId("listing-edit-rejected")).textContent).toContain("could not be read");
    expect(screen.getByRole("heading", { level: 1, name: "Walnut desk lamp" })).toBeTruthy();
  });

  it("names a listing with no readable version by its number and CID, without buy buttons", async () => {
    // Seller 0x7099…79c8, listing number 5.
    const id = `0x${seller.slice(2)}${(5).toString(16).padStart(12, "0")}${"0".repeat(12)}`;
    const { client } = fakeClient(() => ({
      listing: listing({
        id,
        latestMetadata: { id: `${id}-1`, version: 1, valid: false, error: "schema" },
        current: [],
        seller: {
          id: seller,
          ratingAverage: "0",
          ratingCount: 0,
          completedSalesCount: 0,
          firstListing: [],
          profile: [],
        },
      }),
    }));
    await renderListing(id, client);
    expect(await screen.findByRole("heading", { level: 1, name: "Unreadable listing #5" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Unreadable listing #5 · Agora"));
    expect(screen.getByTestId("listing-document-unreadable").textContent).toContain("(CID bafylisting)");
    expect(screen.queryByTestId("listing-edit-rejected")).toBeNull();
    expect(screen.queryByRole("button", { name: "Buy now" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Buy now" })).toBeNull();
    expect(screen.getByTestId("listing-seller-name").textContent).toBe("0x7099…79c8");
    expect(screen.getByText("No ratings yet")).toBeTruthy();
  });

  it("shows sold out at zero stock, and the closed state", async () => {
    const { client } = fakeClient(() => ({ listing: listing({ stock: "0", shippingWindow: "7200" }) }));
    await renderListing("0x07", client);
    expect((await screen.findByTestId("listing-stock")).textContent).toBe("Sold out");
    expect(screen.getByTestId("listing-shipping").textContent).toBe("Ships within 2 hours");

    const closed = fakeClient(() => ({ listing: listing({ status: "Closed" }) }));
    await renderListing("0x08", closed.client);
    expect((await screen.findByTestId("listing-closed")).textContent).toContain("This listing is closed");
  });

  it("shows not found when the listing does not exist", async () => {
    const { client } = fakeClient(() => ({ listing: null }));
    await renderListing("0x99", client);
    const notFound = await screen.findByTestId("listing-not-found");
    expect(within(notFound).getByRole("heading", { name: "Listing not found" })).toBeTruthy();
    expect(within(notFound).getByRole("link").getAttribute("href")).toBe("/");
    await waitFor(() => expect(document.title).toBe("Listing not found · Agora"));
  });

  it("names the problem when the index fails, and Retry refetches", async () => {
    let fail = true;
    const { client, request } = fakeClient(() => {
      if (fail) throw new IndexerError("timeout", "slow");
      return { listing: listing() };
    });
    await renderListing("0x07", client);
    const error = await screen.findByTestId("listing-error");
    expect(error.textContent).toContain("took too long");
    fail = false;
    fireEvent.click(within(error).getByRole("button", { name: "Retry" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Walnut desk lamp" })).toBeTruthy();
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
  });

  it("shows the verified photos as a gallery: arrows, thumbnails, keys and swipes", async () => {
    const photos = ["1.jpg", "2.jpg", "3.jpg"];
    const { client } = fakeClient(() => ({
      listing: listing({
        current: [{ ...listing().current[0]!, images: photos, imageAlts: ["Front", "Side", "Back"] }],
      }),
    }));
    const content = fakeContent();
    await renderListing("0x07", client, content);
    const gallery = await screen.findByTestId("gallery");
    const stage = () => within(gallery).getAllByTestId("ipfs-image")[0]!;
    await waitFor(() => expect(stage().getAttribute("src")).toBe("blob:test/bafylisting/1.jpg"));
    expect(stage().getAttribute("alt")).toBe("Front");
    expect(content.blobUrl).toHaveBeenCalledWith("bafylisting/2.jpg", expect.anything());
    fireEvent.click(within(gallery).getByRole("button", { name: "Next photo" }));
    await waitFor(() => expect(stage().getAttribute("alt")).toBe("Side"));
    expect(screen.getByTestId("gallery-position").textContent).toBe("Photo 2 of 3");
    const viewport = screen.getByTestId("gallery-viewport");
    fireEvent.keyDown(viewport, { key: "End" });
    await waitFor(() => expect(stage().getAttribute("alt")).toBe("Back"));
    fireEvent.keyDown(viewport, { key: "ArrowRight" }); // wraps to the first
    await waitFor(() => expect(stage().getAttribute("alt")).toBe("Front"));
    fireEvent.click(within(gallery).getByRole("button", { name: "Show photo 3" }));
    await waitFor(() => expect(stage().getAttribute("alt")).toBe("Back"));
    // A swipe to the right goes back one; a short drag does nothing.
    fireEvent.pointerDown(viewport, { pointerType: "touch", clientX: 200 });
    fireEvent.pointerUp(viewport, { pointerType: "touch", clientX: 290 });
    await waitFor(() => expect(stage().getAttribute("alt")).toBe("Side"));
    fireEvent.pointerDown(viewport, { pointerType: "touch", clientX: 200 });
    fireEvent.pointerUp(viewport, { pointerType: "touch", clientX: 180 });
    expect(stage().getAttribute("alt")).toBe("Side");
  });

  it("says a photo is missing instead of spinning, and shows the verified document's specifics", async () => {
    const { client } = fakeClient(() => ({
      listing: listing({ current: [{ ...listing().current[0]!, images: ["1.jpg"], imageAlts: ["Front"] }] }),
    }));
    const content = fakeContent({
      blobUrl: async (address) => Promise.reject(new ContentError("notFound", `${address} was not found`)),
      listing: async () => ({
        ok: true,
        files: ["metadata.json", "1.jpg"],
        document: {
          schema: "agora/listing@1",
          name: "Walnut desk lamp",
          description: "Hand-turned walnut.",
          category: "home",
          condition: "like-new",
          images: [{ path: "1.jpg", alt: "Front" }],
          attributes: [{ name: "Wood", value: "Walnut" }],
          variants: [],
          kind: "physical",
          shipping: { regions: ["DE", "worldwide"], handlingDays: 2 },
        },
      }),
    });
    await renderListing("0x07", client, content);
    const missing = await screen.findByRole("img", { name: "Front: Photo not found on IPFS" });
    expect(missing.getAttribute("data-state")).toBe("error");
    const specifics = await screen.findByTestId("listing-specifics");
    expect(within(specifics).getByText("Wood").nextElementSibling?.textContent).toBe("Walnut");
    expect(screen.getByTestId("listing-shipping-regions").textContent).toContain("Germany, Worldwide");
    expect(screen.getByTestId("listing-shipping-regions").textContent).toContain("2 days");
  });

  it("names the CID of metadata that fails verification or its schema", async () => {
    const { client } = fakeClient(() => ({ listing: listing() }));
    await renderListing("0x07", client, fakeContent());
    expect((await screen.findByTestId("listing-document-unreadable")).textContent).toContain("(CID bafylisting)");
    const down = fakeContent({
      listing: async () => Promise.reject(new ContentError("unavailable", "no gateway answered")),
    });
    await renderListing("0x08", client, down);
    // A gateway failure is retried once before the notice.
    const notices = await screen.findAllByTestId("listing-document-unavailable", {}, { timeout: 4_000 });
    expect(notices.length).toBeGreaterThan(0);
  });

  it("shows neither a hoster-hidden listing nor a hidden seller's listing, and does not query them", async () => {
    const { client, request } = fakeClient(() => ({ listing: listing() }));
    const first = await renderListing("0x07", client, undefined, { listings: ["7"], sellers: [] });
    expect(screen.getByTestId("hidden-by-host").textContent).toContain("chosen not to show this listing");
    first.unmount();
    // The seller is the id's top 160 bits.
    const id = `0x${seller.slice(2)}${"000000000001000000000000"}`;
    await renderListing(id, client, undefined, { listings: [], sellers: [seller] });
    expect(screen.getByTestId("hidden-by-host").textContent).toContain("chosen not to show this seller");
    await waitFor(() => expect(document.title).toBe("Not shown on this site · Agora"));
    expect(request).not.toHaveBeenCalled();
  });
});
