// Issue 13's listing editor in the browser, for fresh sellers with a profile published from Node
// (accounts 62 and 63): a listing created with two photos (one dropped with a camera's EXIF, one
// picked), checked on chain, on IPFS (the photos' bytes as uploaded, minus the EXIF) and in browse
// and search with verified photos; then its price and stock edited with one transaction. An
// oversize photo and invalid prices are refused with messages while nothing is uploaded or sent.
// Then the editor's screenshots: empty, filled with photos, with errors.
import { readVerified } from "@agora/content";
import { parseEther, zeroAddress } from "viem";
import { readListingOnChain } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { stackIpfsUrl } from "../support/ipfs";
import { canvasImage, dropFiles, withCameraExif } from "../support/listingPhotos";
import { freshSeller } from "../support/market";
import { cardPhotos } from "../support/photos";
import { shootSet } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";
import type { Page } from "@playwright/test";

const DAY = 86_400;
const ipfs = (address: string) => readVerified(address, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** Where the page sent IPFS uploads (Kubo-RPC dag/import), to show that a refusal uploads nothing. */
function watchUploads(page: Page) {
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/v0/dag/import")) uploads.push(request.url());
  });
  return uploads;
}

test.describe("a fresh seller", () => {
  test.use({ walletAccountIndex: 62 });

  test("creates a listing with two photos, finds it in browse and search with verified photos, then edits its price and stock", async ({
    page,
    wallet,
  }) => {
    const seller = await freshSeller(62, "Kiln & Crane");
    const uploads = watchUploads(page);
    await page.goto("/#/sell/new");
    await connectWallet(page, wallet);
    await expect(page.getByTestId("listing-form")).toBeVisible();
    await expect(page.getByTestId("publish-listing-button")).toHaveText("Publish listing");

    const jpeg = await canvasImage(page, { width: 640, height: 480, type: "image/jpeg" });
    const png = await canvasImage(page, { width: 480, height: 360, type: "image/png", hue: 200 });

    // Refused before any upload: a photo over 5 MB.
    await page.getByTestId("photo-input").setInputFiles({
      name: "huge.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024)]),
    });
    await expect(page.getByTestId("photo-errors")).toHaveText(
      /“huge\.jpg” is 6(\.\d)? MB: a photo can be at most 5 MB\./,
    );
    await expect(page.getByTestId("listing-photo")).toHaveCount(0);

    // One photo dragged in (a phone's JPEG, with its camera and GPS in EXIF), one picked.
    await dropFiles(page.getByTestId("photo-drop-zone"), [
      { name: "IMG_2041.JPG", mimeType: "image/jpeg", buffer: withCameraExif(jpeg) },
    ]);
    await page.getByTestId("photo-input").setInputFiles({ name: "side.png", mimeType: "image/png", buffer: png });
    await expect(page.getByTestId("listing-photo")).toHaveCount(2);
    await expect(page.getByTestId("listing-photo").first()).toHaveAttribute("data-name", "IMG_2041.JPG");
    await expect(page.getByTestId("photo-errors")).toHaveCount(0);

    const word = `kilnglow${Date.now().toString(36)}`;
    await field(page, "Title").fill("Celadon tea bowl");
    await field(page, "Description").fill(`Wheel-thrown stoneware with a ${word} celadon glaze.`);
    await field(page, "Category").selectOption({ label: "Home & garden" });
    await field(page, "Units for sale").fill("4");
    await field(page, "Shipping deadline, in days").fill("5");

    // Refused with a message, and nothing uploaded or sent: letters, then zero, as the price.
    const refusals: [string, string][] = [
      ["abc", "Enter the price as a number, such as 12.50 (digits and one point)."],
      ["0", "The price must be more than zero."],
    ];
    for (const [price, message] of refusals) {
      await field(page, "Price").fill(price);
      await page.getByTestId("publish-listing-button").click();
      await expect(page.getByText(message)).toBeVisible();
      await expect(field(page, "Price")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByTestId("listing-form-problem")).toHaveText(
        "Some fields need attention: see the messages above.",
      );
    }
    expect(uploads).toEqual([]);
    expect(wallet.sent).toEqual([]);

    await field(page, "Price").fill("0.015");
    await page.getByTestId("publish-listing-button").click();
    // The directory's CID is known (built in the browser) and shown before the upload's answer.
    const cid = await page.getByTestId("listing-cid").getAttribute("data-cid");
    expect(cid).toMatch(/^bafy/);
    await expect(page).toHaveURL(/#\/listing\/0x[0-9a-f]{64}$/, { timeout: 30_000 });
    await expect(page.getByTestId("listing-title")).toHaveText("Celadon tea bowl");
    const id = page.url().split("/").pop()!;
    expect(uploads).toHaveLength(1);
    expect(wallet.sent).toHaveLength(1);

    const onChain = await readListingOnChain(id);
    expect(onChain).toMatchObject({
      seller: seller.address,
      token: zeroAddress,
      price: parseEther("0.015"),
      stock: 4n,
      shippingWindow: BigInt(5 * DAY),
    });
    const { listing } = await subgraphQuery<{ listing: { metadataCid: string; arbiter: { id: string } } }>(
      "query ($id: ID!) { listing(id: $id) { metadataCid arbiter { id } } }",
      { id },
    );
    expect(listing.metadataCid).toBe(cid);
    expect(onChain.arbiter.toLowerCase()).toBe(listing.arbiter.id);

    // On IPFS: the document names both photos, cover first; the JPEG is the one picked minus its EXIF.
    const metadata = JSON.parse(new TextDecoder().decode(await ipfs(`${cid}/metadata.json`))) as {
      images: { path: string; alt: string }[];
      kind: string;
      shipping: unknown;
    };
    expect(metadata.images).toEqual([
      { path: "photo-1.jpg", alt: "Celadon tea bowl" },
      { path: "photo-2.png", alt: "Celadon tea bowl (2)" },
    ]);
    expect(metadata).toMatchObject({ kind: "physical", shipping: { regions: ["worldwide"], handlingDays: 5 } });
    const cover = Buffer.from(await ipfs(`${cid}/photo-1.jpg`));
    expect(cover.equals(jpeg)).toBe(true);
    expect(cover.includes("AgoraTestPhone")).toBe(false);
    expect(Buffer.from(await ipfs(`${cid}/photo-2.png`)).equals(png)).toBe(true);

    // Browse (newest first) and search show it with its cover verified and decoded.
    for (const path of ["/#/", `/#/?q=${word}`]) {
      await page.goto(path);
      await expect(page.locator(`[data-testid="listing-card"][data-listing-id="${id}"]`)).toBeVisible();
      const photoOf = async () => (await cardPhotos(page)).find((card) => card.id === id);
      await expect.poll(async () => (await photoOf())?.photo).toBe("decoded");
      expect(await photoOf()).toMatchObject({ address: `${cid}/photo-1.jpg`, alt: "Celadon tea bowl" });
    }

    // Edit: the published photos come back from IPFS; only the price and stock change: one transaction.
    await page.goto(`/#/sell/listings/${id}`);
    await expect(page.getByTestId("listing-photo")).toHaveCount(2);
    await expect(field(page, "Title")).toHaveValue("Celadon tea bowl");
    await expect(field(page, "Price")).toHaveValue("0.015");
    await field(page, "Price").fill("0.02");
    await field(page, "Units for sale").fill("9");
    await page.getByTestId("publish-listing-button").click();
    await expect(page).toHaveURL(new RegExp(`#/listing/${id}$`), { timeout: 30_000 });
    expect(wallet.sent).toHaveLength(2);
    expect(uploads).toHaveLength(1);
    expect(await readListingOnChain(id)).toMatchObject({ price: parseEther("0.02"), stock: 9n });
    const edited = await subgraphQuery<{ listing: { price: string; stock: string; metadataVersion: number } }>(
      "query ($id: ID!) { listing(id: $id) { price stock metadataVersion } }",
      { id },
    );
    expect(edited.listing).toEqual({ price: String(parseEther("0.02")), stock: "9", metadataVersion: 1 });
  });
});

test.describe("the listing editor's screenshots", () => {
  test.use({ walletAccountIndex: 63 });

  test("empty, filled with photos, and with errors: phone and desktop, light and dark, Chinese", async ({
    page,
    wallet,
  }, testInfo) => {
    await freshSeller(63, "Screenshot Pottery");
    await page.goto("/#/sell/new");
    await connectWallet(page, wallet);
    const ready = async (target: Page) => {
      await expect(target.getByTestId("listing-form")).toBeVisible();
      await expect(target.getByTestId("publish-listing-button")).toBeVisible();
      // From the top, with no field focused: the page as it reads, not mid-scroll under the header.
      await target.evaluate(() => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
      });
    };
    await shootSet(page, testInfo, "listing-editor-empty", { ready, chinese: false });

    const jpeg = await canvasImage(page, { width: 800, height: 600, type: "image/jpeg", hue: 30 });
    const png = await canvasImage(page, { width: 800, height: 600, type: "image/png", hue: 180 });
    await page.getByTestId("photo-input").setInputFiles([
      { name: "front.jpg", mimeType: "image/jpeg", buffer: jpeg },
      { name: "side.png", mimeType: "image/png", buffer: png },
    ]);
    await field(page, "Title").fill("Celadon tea bowl");
    await field(page, "Description").fill("Wheel-thrown stoneware, 12 cm across, with a celadon glaze.");
    await field(page, "Category").selectOption({ label: "Home & garden" });
    await page.getByRole("button", { name: "Add a specific" }).click();
    await field(page, "Name").fill("Glaze");
    await field(page, "Value").fill("Celadon");
    await field(page, "Price").fill("0.015");
    await expect(page.getByTestId("listing-photo")).toHaveCount(2);
    await shootSet(page, testInfo, "listing-editor-filled", { ready, chinese: false });

    await page.getByTestId("photo-input").setInputFiles({
      name: "huge.jpg",
      mimeType: "image/jpeg",
      buffer: Buffer.concat([jpeg, Buffer.alloc(6 * 1024 * 1024)]),
    });
    await field(page, "Price").fill("abc");
    await field(page, "Units for sale").fill("0");
    await page.getByTestId("publish-listing-button").click();
    await expect(page.getByTestId("listing-form-problem")).toBeVisible();
    await shootSet(page, testInfo, "listing-editor-errors", { ready });
  });
});
