// Screenshots of the seller's fulfilment pages: the sales queue with a refund form and a reply form
// open (Northwind Audio, a demo seller with a partly refunded order and reviews to answer), and a
// seller's page with a reviewed sale, its photo and the seller's reply (fresh accounts 88 and 89,
// made from Node). Phone and desktop, light and dark, and desktop light in Chinese.
import { parseEther } from "viem";
import { connectWallet, expect, test } from "../support/fixtures";
import { confirmOrder, replyFromNode, reviewOrder } from "../support/fulfilment";
import { freshListing, freshSeller } from "../support/market";
import { placeOrder, shipOrder } from "../support/orders";
import { expectDecoded } from "../support/photos";
import { shootSet, viewports } from "../support/screenshots";

test.describe("the sales page with a refund and a reply form", () => {
  // Northwind Audio: only read here (the forms are opened and filled, never sent).
  test.use({ walletAccountIndex: 2 });

  test("sales-forms: phone and desktop, light and dark, Chinese", async ({ page, wallet }, testInfo) => {
    await page.setViewportSize(viewports.phone);
    await page.goto("/#/sales");
    await connectWallet(page, wallet);
    await shootSet(page, testInfo, "sales-forms", {
      ready: async (page) => {
        const refund = page
          .getByTestId("sale")
          .filter({ has: page.getByTestId("sale-refunded") })
          .first();
        await expect(refund.getByTestId("refund-panel")).toBeVisible();
        if ((await refund.getByTestId("refund-form").count()) === 0) {
          await refund.getByTestId("refund-open").click();
          await refund.getByTestId("refund-full").click();
        }
        const reply = page.getByTestId("reply-form").first();
        await expect(reply).toBeVisible();
        const text = reply.getByRole("textbox");
        if ((await text.inputValue()) === "") await text.fill("Thank you for the kind words: enjoy the music!");
        // Filling scrolled the page: back to the top, nothing focused, as a visitor first sees it.
        await text.blur();
        await page.evaluate(() => window.scrollTo(0, 0));
      },
    });
  });
});

test.describe("a seller's page with a reviewed sale", () => {
  let seller: string;

  test.beforeAll(async () => {
    const shop = await freshSeller(88, "Saltmarsh Ceramics");
    const buyer = await freshSeller(89, "Screenshot Buyer");
    seller = shop.address;
    const listingId = await freshListing({ seller: 88, name: "Glazed serving bowl", price: parseEther("0.03") });
    const order = await placeOrder({ buyer: 89, listingId, sellerKey: shop.keypair.publicKeyBase64 });
    await shipOrder(88, order, buyer.keypair.publicKeyBase64, { carrier: "Harbour Post", trackingNumber: "HP-0088" });
    await confirmOrder(89, order);
    await reviewOrder(89, order, {
      rating: 5,
      title: "Even better in person",
      body: "The glaze catches the light beautifully. Packed with great care.",
      photoAlt: "The bowl on a wooden table",
    });
    await replyFromNode(88, order, "Thank you! It was fired in our spring kiln.");
  });

  test("seller-reviewed: phone and desktop, light and dark, Chinese", async ({ page }, testInfo) => {
    await page.setViewportSize(viewports.phone);
    await page.goto(`/#/seller/${seller}`);
    await shootSet(page, testInfo, "seller-reviewed", {
      ready: async (page) => {
        const review = page.getByTestId("seller-reviews").getByTestId("listing-review");
        await expect(review.getByTestId("listing-review-reply")).toBeVisible();
        await expectDecoded(review.getByTestId("ipfs-image"));
      },
    });
  });
});
