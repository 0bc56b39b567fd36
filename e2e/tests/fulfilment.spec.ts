// Issue 13's fulfilment in the browser, from the seller's sales page: ship with tracking, refund part
// of an order, deliver a digital good sealed to the buyer; the buyer (from Node) confirms and
// reviews with a photo, the seller's balance rises by the price minus the platform fee, the seller
// replies, and the rating and reply show on the seller's page. Fresh accounts 86 (seller) and 87
// (buyer); chain, index and IPFS checked beside the page.
import { parseEther } from "viem";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { confirmOrder, indexedReply, openDelivery, reviewOrder } from "../support/fulfilment";
import { contracts, freshListing, freshSeller } from "../support/market";
import { indexedOrder, placeOrder, statusOnChain, termsOf } from "../support/orders";
import { expectDecoded } from "../support/photos";

test.use({ walletAccountIndex: 86 });

test("a seller ships, refunds part of an order and delivers a digital good; the buyer confirms and reviews, the seller replies", async ({
  page,
  wallet,
}) => {
  const seller = await freshSeller(86, "Tidewater Goods");
  const buyer = await freshSeller(87, "Fulfilment Buyer");
  const price = parseEther("0.02");
  const physical = await freshListing({ seller: 86, name: "Driftwood lamp (fulfilment)", price });
  const digital = await freshListing({
    seller: 86,
    name: "Tide tables e-book (fulfilment)",
    price: parseEther("0.01"),
    kind: "digital",
  });
  const sellerKey = seller.keypair.publicKeyBase64;
  const shipped = await placeOrder({ buyer: 87, listingId: physical, sellerKey });
  const refunded = await placeOrder({ buyer: 87, listingId: physical, sellerKey });
  const delivered = await placeOrder({ buyer: 87, listingId: digital, sellerKey });
  const sale = (order: { id: string }) => page.locator(`[data-testid="sale"][data-order-id="${order.id}"]`);

  await page.goto("/#/sales?tab=toShip");
  await connectWallet(page, wallet);
  await expect(page.getByTestId("sales-tab-toShip")).toHaveAttribute("data-count", "3");

  // Ship the lamp with tracking.
  await sale(shipped).getByRole("textbox", { name: "Carrier" }).fill("Harbour Post");
  await sale(shipped).getByRole("textbox", { name: "Tracking number" }).fill("HP-4471");
  await sale(shipped).getByRole("button", { name: "Mark as shipped" }).click();
  // Shipped and indexed: it leaves the "To ship" tab.
  await expect(sale(shipped)).toHaveCount(0, { timeout: 20_000 });
  expect(await statusOnChain(shipped.orderId)).toBe("Shipped");

  // Refund a quarter of the second order; the chain keeps the rest in escrow.
  const buyerBefore = await publicClient().getBalance({ address: buyer.address });
  await sale(refunded).getByTestId("refund-open").click();
  await sale(refunded).getByTestId("refund-amount").fill("0.005");
  await sale(refunded).getByRole("button", { name: "Continue" }).click();
  await expect(sale(refunded).getByTestId("refund-confirm")).toContainText(
    "Refund 0.005 ETH to the buyer? 0.015 ETH stays in escrow and the order carries on.",
  );
  await sale(refunded).getByTestId("refund-sure").click();
  await expect(sale(refunded).getByTestId("sale-refunded")).toHaveText(
    "0.005 ETH refunded to the buyer · 0.015 ETH left in escrow",
    { timeout: 20_000 },
  );
  const { marketplace } = await contracts();
  const escrow = await publicClient().readContract({
    ...marketplace,
    functionName: "remainingEscrow",
    args: [BigInt(refunded.orderId), termsOf(refunded)],
  });
  expect(escrow).toBe(parseEther("0.015"));
  expect(await statusOnChain(refunded.orderId)).toBe("Paid");
  expect((await publicClient().getBalance({ address: buyer.address })) - buyerBefore).toBe(parseEther("0.005"));

  // Deliver the e-book: a link and a licence key, sealed to the buyer.
  const deliver = sale(delivered).getByTestId("deliver-form");
  await deliver
    .getByRole("textbox", { name: "Download link (optional)" })
    .fill("https://files.example/tide-tables.epub");
  await deliver.getByRole("textbox", { name: "Licence key or code (optional)" }).fill("TIDE-2026-0087");
  await deliver.getByRole("button", { name: "Deliver" }).click();
  await expect(sale(delivered)).toHaveCount(0, { timeout: 20_000 });
  const read = (await indexedOrder(delivered.orderId))!;
  expect(read.status).toBe("Shipped");
  expect(await openDelivery(read.trackingCid!, delivered.orderId, buyer.keypair)).toEqual({
    schema: "agora/delivery@1",
    kind: "digital",
    message: "Licence key or code: TIDE-2026-0087",
    links: ["https://files.example/tide-tables.epub"],
  });

  // The buyer confirms the lamp: the seller gets exactly the price minus the platform fee.
  const sellerBefore = await publicClient().getBalance({ address: seller.address });
  await confirmOrder(87, shipped);
  const fee = (price * BigInt(shipped.feeBps)) / 10_000n;
  expect((await publicClient().getBalance({ address: seller.address })) - sellerBefore).toBe(price - fee);

  // The buyer reviews it with a photo; the seller sees it on the sales page and replies once.
  await reviewOrder(87, shipped, {
    rating: 4,
    title: "Warm and sturdy",
    body: "Lovely driftwood base. The cable could be longer.",
    photoAlt: "The lamp on a bedside table",
  });
  await page.goto("/#/sales?tab=completed");
  const review = sale(shipped).getByTestId("sale-review");
  await expect(review).toContainText("Warm and sturdy");
  await expectDecoded(review.getByRole("img", { name: "The lamp on a bedside table" }));
  await sale(shipped).getByRole("textbox", { name: "Your reply" }).fill("Thank you! A longer cable is on its way.");
  await sale(shipped).getByRole("button", { name: "Publish the reply" }).click();
  await expect(sale(shipped).getByTestId("listing-review-reply")).toContainText(
    "Thank you! A longer cable is on its way.",
    { timeout: 30_000 },
  );
  await expect(sale(shipped).getByTestId("reply-form")).toHaveCount(0);
  expect(await statusOnChain(shipped.orderId)).toBe("Replied");
  expect(await indexedReply(shipped.id)).toBe("Thank you! A longer cable is on its way.");

  // The seller's page: the rating, the review with its photo and the reply.
  await page.goto(`/#/seller/${seller.address}`);
  await expect(page.getByTestId("seller-figures")).toContainText("★ 4 (1 review)");
  const onPage = page.getByTestId("seller-reviews").getByTestId("listing-review");
  await expect(onPage).toContainText("Warm and sturdy");
  await expect(onPage.getByTestId("listing-review-reply")).toContainText("A longer cable is on its way.");
  await expectDecoded(onPage.getByRole("img", { name: "The lamp on a bedside table" }));
});
