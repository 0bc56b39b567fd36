// The listing editor page: what it reads (one SellForm query), each field's message as the field is
// left, photos refused before any upload, the draft kept through a remount (text in sessionStorage,
// photos in IndexedDB), the guards (no key for a physical item, someone else's listing) and an
// edit starting from the published document and photos.
import { listingMetadataSchema, type ListingMetadata } from "@agora/content/schemas";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { chromiumJpeg, cameraExif, withJpegMetadata } from "../../lib/content/testJpeg";
import type { SellFormQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { eth, testSeller, usdc } from "../../test/fixtures";
import ListingEditorRoute from "./ListingEditorRoute";
import { ListingEditor } from "./listing/components/ListingEditor";
import { memoryIndexedDb } from "./listing/memoryIndexedDb";
import { indexedDbPhotoDrafts } from "./listing/photoDrafts";

const ARBITER = "0xa0ee7a142d267c1f36714e4a8f75612f20a79720";
const LISTING = `0x${((BigInt(testSeller) << 96n) | (7n << 48n)).toString(16).padStart(64, "0")}`;

function sellForm(overrides: Partial<SellFormQuery> = {}): SellFormQuery {
  return {
    tokens: [eth, usdc],
    arbiters: [{ id: ARBITER, feeBps: 250, account: { profile: [{ name: "Ada Arbiter" }] } }],
    account: { id: testSeller, profile: [{ id: `${testSeller}-1`, encryptionPublicKey: "a2V5" }] },
    ...overrides,
  };
}

const published: ListingMetadata = listingMetadataSchema.parse({
  schema: "agora/listing@1",
  name: "Celadon teapot",
  description: "Holds four cups.",
  category: "home",
  condition: "like-new",
  images: [
    { path: "photo-1.jpg", alt: "Celadon teapot" },
    { path: "photo-2.jpg", alt: "Its lid" },
  ],
  attributes: [{ name: "Glaze", value: "Celadon" }],
  kind: "physical",
  shipping: { regions: ["PT", "ES"], handlingDays: 2 },
});

function editedListing(seller = testSeller): NonNullable<SellFormQuery["listing"]> {
  return {
    id: LISTING,
    status: "Active",
    price: "45000000",
    stock: "3",
    shippingWindow: String(4 * 86_400),
    metadataVersion: 1,
    seller: { id: seller },
    token: usdc,
    arbiter: { id: ARBITER, feeBps: 250, approved: true, account: { profile: [{ name: "Ada Arbiter" }] } },
    latestMetadata: { version: 1, valid: true },
    current: [{ id: `${LISTING}-1`, version: 1, cid: "bafyteapot", name: "Celadon teapot" }],
  };
}

const connect = () => setAccountState({ status: "connected", address: testSeller as `0x${string}`, chainId: 31337 });

beforeEach(() => {
  sessionStorage.clear();
  connect();
});
afterEach(() => setAccountState({ status: "unknown" }));

const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
/** Types into a field and leaves it (the form checks a field once it has been left). */
function typeAndLeave(label: string, value: string) {
  const field = input(label);
  fireEvent.change(field, { target: { value } });
  fireEvent.focusOut(field);
}

async function renderNew(data: SellFormQuery = sellForm()) {
  const indexer = fakeIndexer((operation) => {
    if (operation === "SellForm") return data;
    throw new Error(operation);
  });
  const view = await renderPage(<ListingEditorRoute />, {
    path: "/sell/new",
    route: "/sell/new",
    client: indexer.client,
  });
  await screen.findByTestId("listing-form");
  return { ...view, indexer };
}

describe("the listing editor (new listing)", () => {
  it("reads tokens, arbiters and the seller's key in one query, and offers them", async () => {
    const { indexer } = await renderNew();
    expect(indexer.request).toHaveBeenCalledTimes(1);
    expect(indexer.request.mock.calls[0]![1]).toEqual({ seller: testSeller });
    const tokens = within(input("Paid in"))
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(tokens).toEqual(["ETH", "USDC"]);
    expect(within(input("Arbiter")).getByRole("option").textContent).toBe("Ada Arbiter · fee 2.50%");
    expect(screen.queryByTestId("listing-key-missing")).toBeNull();
  });

  it("shows each field's own message when the field is left", async () => {
    await renderNew();
    const messages: [string, string, string][] = [
      ["Title", "   ", "Give your listing a title."],
      ["Description", "<script>x</script>", "Use plain text: no HTML tags or control characters."],
      ["Category", "", "Choose a category."],
      ["Price", "abc", "Enter the price as a number, such as 12.50 (digits and one point)."],
      ["Units for sale", "2.5", "Enter a whole number of units."],
      ["Shipping deadline, in days", "400", "A whole number of days from 1 to 365."],
      ["Ships to", "Portugal", "Use “worldwide”, “EU” or two-letter country codes such as PT, ES."],
    ];
    for (const [label, value, message] of messages) {
      typeAndLeave(label, value);
      const field = input(label);
      await waitFor(() => expect(field.getAttribute("aria-invalid")).toBe("true"));
      expect(document.getElementById(field.getAttribute("aria-describedby")!)?.textContent).toBe(message);
    }

    typeAndLeave("Price", "0");
    expect(await screen.findByText("The price must be more than zero.")).toBeTruthy();
    typeAndLeave("Price", "0.0000000000000000001");
    expect(await screen.findByText("ETH allows at most 18 decimals.")).toBeTruthy();
    fireEvent.change(input("Paid in"), { target: { value: usdc.id } });
    typeAndLeave("Price", "1.2345678");
    expect(await screen.findByText("USDC allows at most 6 decimals.")).toBeTruthy();
    typeAndLeave("Price", "79228162514264337593544");
    expect(
      await screen.findByText("That is more than the contract can hold: at most 79228162514264337593543.950335 USDC."),
    ).toBeTruthy();
    typeAndLeave("Units for sale", "0");
    expect(await screen.findByText("From 1 to 4,294,967,295 units.")).toBeTruthy();
    typeAndLeave("Title", "x".repeat(121));
    expect(await screen.findByText("At most 120 characters.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Add a specific" }));
    typeAndLeave("Value", "Blue");
    expect(await screen.findByText("Name this specific, or clear its value.")).toBeTruthy();
  });

  it("refuses an oversize photo and a file that is not an image, with messages, before any upload", async () => {
    await renderNew();
    const huge = new File([new Uint8Array(6 * 1024 * 1024)], "huge.jpg", { type: "image/jpeg" });
    const text = new File(["hello"], "notes.png", { type: "image/png" });
    fireEvent.change(screen.getByTestId("photo-input"), { target: { files: [huge, text] } });
    const errors = await screen.findByTestId("photo-errors");
    expect(
      within(errors)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["“huge.jpg” is 6 MB: a photo can be at most 5 MB.", "“notes.png” is not a JPEG, PNG or WebP image."]);
    expect(screen.queryAllByTestId("listing-photo")).toHaveLength(0);
  });

  it("says a physical item needs the seller's key, with a link to the profile, and not for a digital one", async () => {
    await renderNew(sellForm({ account: null }));
    const missing = screen.getByTestId("listing-key-missing");
    expect(within(missing).getByRole("link", { name: "Publish your seller profile" }).getAttribute("href")).toBe(
      "/sell/profile",
    );
    fireEvent.click(screen.getByLabelText("A digital item: you deliver it online, sealed to the buyer"));
    await waitFor(() => expect(screen.queryByTestId("listing-key-missing")).toBeNull());
    expect(screen.getByTestId("listing-digital-delivery").textContent).toBe(
      "You deliver a digital item within 3 days of each purchase.",
    );
    expect(screen.queryByLabelText("Condition")).toBeNull();
  });

  it("keeps the draft through a remount: text, specifics and photos (without their EXIF)", async () => {
    const idb = memoryIndexedDb();
    const drafts = indexedDbPhotoDrafts(idb.factory);
    const editor = () => <ListingEditor mode="create" account={testSeller} data={sellForm()} photoDrafts={drafts} />;
    const first = await renderPage(editor(), { path: "/", client: fakeIndexer(() => ({})).client });
    typeAndLeave("Title", "Stoneware bowl");
    typeAndLeave("Price", "0.02");
    fireEvent.click(screen.getByRole("button", { name: "Add a specific" }));
    typeAndLeave("Name", "Glaze");
    typeAndLeave("Value", "Celadon");
    const camera = withJpegMetadata(chromiumJpeg(), [cameraExif(1)]);
    await waitFor(() => expect(screen.queryByText("Restoring your photos…")).toBeNull());
    fireEvent.change(screen.getByTestId("photo-input"), {
      target: { files: [new File([camera as Uint8Array<ArrayBuffer>], "IMG_0001.JPG", { type: "image/jpeg" })] },
    });
    await screen.findByTestId("listing-photo");
    await waitFor(async () => expect(await drafts.load(`agora.sell.listing.31337.${testSeller}.new`)).toHaveLength(1));
    first.unmount();

    await renderPage(editor(), { path: "/", client: fakeIndexer(() => ({})).client });
    expect(input("Title").value).toBe("Stoneware bowl");
    expect(input("Price").value).toBe("0.02");
    expect(input("Name").value).toBe("Glaze");
    expect(input("Value").value).toBe("Celadon");
    const restored = await screen.findByTestId("listing-photo");
    expect(restored.dataset.name).toBe("IMG_0001.JPG");
    const saved = await drafts.load(`agora.sell.listing.31337.${testSeller}.new`);
    expect(saved![0]!.bytes).toEqual(chromiumJpeg());
  });

  it("moves a photo with its buttons: the first is the cover", async () => {
    await renderNew();
    await waitFor(() => expect(screen.queryByText("Restoring your photos…")).toBeNull());
    const png = (name: string) =>
      new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], name, { type: "image/png" });
    fireEvent.change(screen.getByTestId("photo-input"), { target: { files: [png("a.png"), png("b.png")] } });
    await waitFor(() => expect(screen.getAllByTestId("listing-photo")).toHaveLength(2));
    const names = () => screen.getAllByTestId("listing-photo").map((item) => item.dataset.name);
    expect(within(screen.getAllByTestId("listing-photo")[0]!).getByText("Cover")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Move photo 2 earlier" }));
    expect(names()).toEqual(["b.png", "a.png"]);
    expect(screen.getByText("Photo moved to place 1 of 2.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remove photo 1" }));
    expect(names()).toEqual(["a.png"]);
  });
});

describe("the listing editor (edit)", () => {
  async function renderEdit(listing = editedListing()) {
    const content = fakeContent({
      listing: vi.fn(async () => ({ ok: true as const, document: published, files: [] })),
      bytes: vi.fn(async () => chromiumJpeg()),
    });
    const indexer = fakeIndexer(() => sellForm({ listing }));
    const view = await renderPage(<ListingEditorRoute />, {
      path: `/sell/listings/${LISTING}`,
      route: "/sell/listings/:id",
      client: indexer.client,
      content,
    });
    return { ...view, content, indexer };
  }

  it("starts from the published document, photos (by their bytes) and chain terms; the terms are fixed", async () => {
    const { content, indexer } = await renderEdit();
    await screen.findByTestId("listing-form");
    expect(indexer.request.mock.calls[0]![1]).toEqual({ seller: testSeller, listing: LISTING, edit: true });
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Edit listing #7");
    expect(input("Title").value).toBe("Celadon teapot");
    expect(input("Price").value).toBe("45");
    expect(input("Units for sale").value).toBe("3");
    expect(input("Ships to").value).toBe("PT, ES");
    expect(input("Name").value).toBe("Glaze");
    expect(screen.getAllByTestId("listing-photo").map((item) => item.dataset.name)).toEqual([
      "photo-1.jpg",
      "photo-2.jpg",
    ]);
    expect(content.bytes).toHaveBeenCalledWith("bafyteapot/photo-1.jpg", expect.anything());
    expect(screen.getByTestId("listing-fixed-token").textContent).toBe("Paid in USDC");
    expect(screen.getByTestId("listing-fixed-arbiter").textContent).toBe("Arbiter: Ada Arbiter (fee 2.50%)");
    expect(screen.getByTestId("listing-fixed-ship-days").textContent).toBe("Shipping deadline: 4 days");
    expect(screen.queryByLabelText("Paid in")).toBeNull();
    // Stock 0 is allowed when editing (off sale without closing).
    typeAndLeave("Units for sale", "0");
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(input("Units for sale").getAttribute("aria-invalid")).toBeNull();
  });

  it("tells another account that only the seller may edit", async () => {
    await renderEdit(editedListing("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"));
    const refusal = await screen.findByTestId("listing-editor-not-seller");
    expect(refusal.textContent).toContain("Only the seller of this listing can edit it");
    expect(screen.queryByTestId("listing-form")).toBeNull();
  });

  it("says a closed listing cannot be edited, and that a bad id is not a listing", async () => {
    await renderEdit({ ...editedListing(), status: "Closed" });
    expect((await screen.findByTestId("listing-editor-closed")).textContent).toContain("closed");
  });
});
