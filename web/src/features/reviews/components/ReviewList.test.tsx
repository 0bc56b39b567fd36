import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { fakeContent, fakeIndexer, renderPage } from "../../../test/pageHarness";
import { ReviewList, reviewPhotos, type ReviewItem } from "./ReviewList";

const REVIEW_CID = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

const review = (overrides: Partial<ReviewItem> = {}): ReviewItem => ({
  id: "0xr1",
  rating: 4,
  timestamp: "1699963200",
  content: {
    cid: REVIEW_CID,
    valid: true,
    title: "Lovely lamp",
    body: "Warm light,\nwell packed.",
    images: ["photo-1.jpg", "photo-2.png"],
    imageAlts: ["The lamp on my desk", "  "],
  },
  reply: { timestamp: "1700049600", content: { valid: true, text: " Thank you, Mina! " } },
  ...overrides,
});

const renderList = (reviews: ReviewItem[], content = fakeContent(), language: "en" | "zh" = "en") =>
  renderPage(
    <section>
      <h2 id="reviews">Reviews</h2>
      <ReviewList reviews={reviews} headingId="reviews" />
    </section>,
    { path: "/", client: fakeIndexer(() => ({})).client, content, language },
  );

describe("<ReviewList>", () => {
  it("shows stars, text, the buyer's photos read from the review's directory, the date and the seller's reply", async () => {
    const content = fakeContent();
    await renderList([review()], content);
    const item = screen.getByTestId("listing-review");
    expect(within(item).getByLabelText("Rated 4 out of 5").textContent).toBe("★★★★★");
    expect(within(item).getByRole("heading", { name: "Lovely lamp" })).toBeTruthy();
    expect(within(item).getByText(/Warm light/).textContent).toBe("Warm light,\nwell packed.");

    const photos = within(within(item).getByTestId("review-photos")).getAllByRole("listitem");
    expect(photos).toHaveLength(2);
    await waitFor(() => expect(within(item).getAllByTestId("ipfs-image")).toHaveLength(2));
    const images = within(item).getAllByTestId("ipfs-image");
    expect(images.map((image) => [image.getAttribute("src"), image.getAttribute("alt")])).toEqual([
      [`blob:test/${REVIEW_CID}/photo-1.jpg`, "The lamp on my desk"],
      [`blob:test/${REVIEW_CID}/photo-2.png`, "The buyer’s photo 2"],
    ]);
    // Every photo goes through the verified reader, addressed under the review's CID.
    expect(vi.mocked(content.blobUrl).mock.calls.map(([address]) => address)).toEqual(
      expect.arrayContaining([`${REVIEW_CID}/photo-1.jpg`, `${REVIEW_CID}/photo-2.png`]),
    );

    const reply = within(item).getByTestId("listing-review-reply");
    expect(reply.textContent).toBe("Seller’s reply · Nov 15, 2023Thank you, Mina!");
    expect(within(reply).getByText("Nov 15, 2023").getAttribute("datetime")).toBe("2023-11-15T12:00:00.000Z");
  });

  it("shows a photo that fails verification as unavailable, not as an image", async () => {
    const content = fakeContent({
      blobUrl: vi.fn(async (address: string) => {
        if (address.endsWith("photo-2.png")) throw Object.assign(new Error("mismatch"), { kind: "invalid" });
        return `blob:test/${address}`;
      }),
    });
    await renderList([review()], content);
    expect(await screen.findAllByTestId("ipfs-image")).toHaveLength(1);
    const boxes = within(screen.getByTestId("review-photos")).getAllByRole("img");
    expect(boxes.map((box) => box.closest("[data-state]")?.getAttribute("data-state"))).toEqual(["loaded", "error"]);
  });

  it("shows no text and no photos of a review whose document was rejected or is not read yet, and no empty reply", async () => {
    await renderList([
      review({ id: "0xr1", content: { valid: false, cid: REVIEW_CID, images: ["photo-1.jpg"] }, reply: null }),
      review({ id: "0xr2", content: null, reply: { content: { valid: false, text: null } } }),
    ]);
    const items = screen.getAllByTestId("listing-review");
    for (const item of items) {
      expect(within(item).getByText("Review text unavailable")).toBeTruthy();
      expect(within(item).queryByTestId("review-photos")).toBeNull();
      expect(within(item).queryByTestId("listing-review-reply")).toBeNull();
    }
  });

  it("reads in Chinese, and says when there is no review", async () => {
    const view = await renderList(
      [review({ content: { ...review().content!, imageAlts: null } })],
      fakeContent(),
      "zh",
    );
    expect(screen.getByTestId("listing-review-reply").textContent).toContain("卖家回复");
    expect((await screen.findAllByTestId("ipfs-image"))[0]!.getAttribute("alt")).toBe("买家的照片 1");
    view.unmount();
    await renderList([]);
    expect(screen.getByText("No reviews yet.")).toBeTruthy();
  });

  it("addresses photos only for a valid document with a directory", () => {
    expect(reviewPhotos(review().content)).toEqual([
      { address: `${REVIEW_CID}/photo-1.jpg`, alt: "The lamp on my desk" },
      { address: `${REVIEW_CID}/photo-2.png`, alt: undefined },
    ]);
    expect(reviewPhotos({ valid: true, images: ["photo-1.jpg"] })).toEqual([]);
    expect(reviewPhotos(null)).toEqual([]);
  });
});
