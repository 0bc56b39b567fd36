import { readDocument, readVerified } from "@agora/content";
import { illustrationSvg, renderPng } from "@agora/devnet";
import { parseEther } from "viem";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { stackIpfsUrl } from "../support/ipfs";
import { advanceTime, freshListing, freshSeller, fund, keypairOf, waitForIndexed } from "../support/market";
import { indexedOrder, placeOrder, shipOrder, statusOnChain } from "../support/orders";

test.describe("the seller misses the shipping deadline", () => {
  test.use({ walletAccountIndex: 54 });

  test("once the deadline passes on chain, the buyer cancels and gets the escrow back in full", async ({
    page,
    wallet,
  }) => {
    const seller = await freshSeller(53, "Late Shipper");
    const price = parseEther("0.03");
    // Ten minutes to ship, and the clock moved just past that: the chain is shared with later tests,
    // and the site dates permits from the browser's clock (an hour ahead), not the chain's.
    const shippingWindow = 600;
    const listingId = await freshListing({
      seller: 53,
      name: "Walnut bookend (late)",
      price,
      shippingWindowSeconds: shippingWindow,
    });
    const buyer = await fund(54);
    const order = await placeOrder({ buyer: 54, listingId, sellerKey: seller.keypair.publicKeyBase64 });

    await page.goto(`/#/orders/${order.orderId}`);
    await connectWallet(page, wallet);
    const orderPage = page.getByTestId("order-page");
    await expect(orderPage).toHaveAttribute("data-status", "Paid");
    // Before the deadline the action is there but closed, saying until when.
    const cancel = page.getByTestId("action-cancel");
    await expect(cancel).toBeDisabled();
    await expect(page.getByTestId("action-cancel-reason")).toContainText("The seller still has until");

    const block = await advanceTime(shippingWindow + 60);
    await waitForIndexed(block);
    // The page learns the chain's time from the index and the latest block when it loads.
    await page.reload();
    await expect(cancel).toBeEnabled();
    await expect(cancel).toHaveText("Cancel and get a refund");

    const before = await publicClient().getBalance({ address: buyer });
    await cancel.click();
    await expect(orderPage).toHaveAttribute("data-status", "Refunded", { timeout: 20_000 });
    const cancelled = page.locator('[data-testid="timeline-entry"][data-kind="cancelled"]');
    await expect(cancelled).toContainText("Cancelled after the shipping deadline: 0.03 ETH refunded");
    await expect(cancelled).toContainText("by the buyer (you)");
    await expect(page.getByTestId("order-panel")).toContainText("Cancelled by the buyer");

    // The chain agrees: refunded, and the buyer got exactly the escrow back, less the gas it paid.
    expect(await statusOnChain(order.orderId)).toBe("Refunded");
    expect(wallet.sent).toHaveLength(1);
    const receipt = await publicClient().waitForTransactionReceipt({ hash: wallet.sent[0]! });
    const after = await publicClient().getBalance({ address: buyer });
    expect(after - before).toBe(price - receipt.gasUsed * receipt.effectiveGasPrice);
    const indexed = await indexedOrder(order.orderId);
    expect(indexed).toMatchObject({ status: "Refunded", escrow: "0" });
  });
});

test.describe("a dispute with evidence", () => {
  test.use({ walletAccountIndex: 56 });

  test("after shipping, the buyer disputes with a statement and a photo; chain, timeline and IPFS agree", async ({
    page,
    wallet,
  }) => {
    const seller = await freshSeller(55, "Disputed Seller");
    const listingId = await freshListing({ seller: 55, name: "Glass carafe (dispute)", price: parseEther("0.04") });
    await fund(56);
    const buyerKeys = await keypairOf(56);
    const order = await placeOrder({ buyer: 56, listingId, sellerKey: seller.keypair.publicKeyBase64 });
    await shipOrder(55, order, buyerKeys.publicKeyBase64, { carrier: "Royal Mail", trackingNumber: "RM123456789GB" });

    // The buyer's inbox asks for a confirmation (or a dispute) of the shipped order.
    await page.goto("/#/inbox");
    await connectWallet(page, wallet);
    await expect(page.getByTestId("inbox-badge")).toHaveAccessibleName("Inbox: 1 thing needs you");
    const entry = page.getByTestId("inbox-entry");
    await expect(entry).toHaveCount(1);
    await expect(entry).toHaveAttribute("data-reason", "confirm");
    await expect(entry).toContainText("Confirm receipt, or open a dispute");
    await expect(entry).toContainText("Glass carafe (dispute)");
    await entry.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#/orders/${order.orderId}$`));

    // The tracking details open with the buyer's key (one signature).
    const orderPage = page.getByTestId("order-page");
    await expect(orderPage).toHaveAttribute("data-status", "Shipped");
    await page.getByRole("button", { name: "Show tracking" }).click();
    await expect(page.getByTestId("delivery-details")).toContainText("RM123456789GB");

    const statement = "The carafe arrived cracked along the base; the box was dented. Photo attached.";
    await page.getByTestId("action-dispute").click();
    const form = page.getByTestId("dispute-form");
    await form.getByRole("textbox", { name: "What happened?" }).fill(statement);
    const photo = Buffer.from(
      renderPng(illustrationSvg("lamp", { main: "#8a2d1f", accent: "#e9c46a", backdrop: ["#fdf6ec", "#eadcc6"] })),
    );
    await form.getByTestId("photo-input").setInputFiles({ name: "crack.png", mimeType: "image/png", buffer: photo });
    await expect(form.getByTestId("picked-photo")).toHaveCount(1);
    await form.getByRole("button", { name: "Open the dispute" }).click();

    await expect(orderPage).toHaveAttribute("data-status", "Disputed", { timeout: 20_000 });
    const disputed = page.locator('[data-testid="timeline-entry"][data-kind="disputed"]');
    await expect(disputed).toContainText("Dispute opened");
    await expect(disputed).toContainText("by the buyer (you)");
    await disputed.getByText("Read the statement").click();
    await expect(disputed.getByTestId("order-statement-text")).toHaveText(statement);
    await expect(disputed.getByRole("img")).toHaveCount(1);

    // On chain and in the index: disputed, with the statement's CID.
    expect(await statusOnChain(order.orderId)).toBe("Disputed");
    const indexed = await indexedOrder(order.orderId);
    expect(indexed?.status).toBe("Disputed");
    expect(indexed?.dispute?.status).toBe("Open");
    const cid = indexed!.dispute!.reasonCid!;
    expect(cid).toBeTruthy();

    // The evidence document on IPFS holds the statement and the very photo picked.
    const read = await readDocument("evidence", cid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
    if (!read.ok) throw new Error(`the evidence document is unreadable: ${JSON.stringify(read.issues)}`);
    expect(read.document.orderId).toBe(order.orderId);
    expect(read.document.statement).toBe(statement);
    expect(read.document.attachments).toHaveLength(1);
    const [attachment] = read.document.attachments;
    expect(attachment).toMatchObject({ sealed: false, description: "Photo 1 from the buyer" });
    const stored = await readVerified(`${cid}/${attachment!.path}`, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
    expect(Buffer.from(stored).equals(photo)).toBe(true);
  });
});
