// Issue 13's first slices in the browser: a new seller publishes a profile with their encryption
// key, then ships a buyer's order from the sales page after opening the sealed address; the buyer's
// key opens the tracking details. Fresh accounts 60 (seller) and 61 (buyer).
import { envelopeContexts, openEnvelopeText, readVerified } from "@agora/content";
import { parseEther } from "viem";
import { connectWallet, expect, test } from "../support/fixtures";
import { stackIpfsUrl } from "../support/ipfs";
import { freshListing, freshSeller, fund, keypairOf } from "../support/market";
import { indexedOrder, placeOrder, statusOnChain } from "../support/orders";
import { subgraphQuery } from "../support/subgraph";

test.use({ walletAccountIndex: 60 });

test("a new seller publishes a profile with a key, opens a buyer's sealed address and ships with tracking", async ({
  page,
  wallet,
}) => {
  const seller = await fund(60);
  await page.goto("/#/sell/profile");
  await connectWallet(page, wallet);
  await page.getByRole("textbox", { name: "Name" }).fill("Harbour Ceramics");
  await page.getByRole("textbox", { name: "About you" }).fill("Small-batch stoneware from the coast.");
  await page.getByTestId("publish-profile-button").click();
  await expect(page.getByText("Encryption key published: buyers can send you their shipping address.")).toBeVisible({
    timeout: 30_000,
  });
  const own = await keypairOf(60);
  const { account } = await subgraphQuery<{
    account: { profile: { name: string; encryptionPublicKey: string }[] } | null;
  }>(
    `query ($id: ID!) { account(id: $id) { profile: profiles(where: { valid: true }, orderBy: version,
      orderDirection: desc, first: 1) { name encryptionPublicKey } } }`,
    { id: seller.toLowerCase() },
  );
  expect(account?.profile[0]).toEqual({ name: "Harbour Ceramics", encryptionPublicKey: own.publicKeyBase64 });

  // A buyer (with a published key, so tracking can be sealed to them) orders from Node.
  const buyer = await freshSeller(61, "Sales Test Buyer");
  const listingId = await freshListing({ seller: 60, name: "Stoneware bowl (selling)", price: parseEther("0.02") });
  const order = await placeOrder({ buyer: 61, listingId, sellerKey: own.publicKeyBase64 });

  await page.goto("/#/sales");
  const sale = page.locator(`[data-testid="sale"][data-order-id="${order.id}"]`);
  await expect(sale).toBeVisible();
  await sale.getByTestId("shipping-address-reveal").click();
  await expect(sale.getByTestId("shipping-address")).toContainText("Test Buyer");
  await expect(sale.getByTestId("shipping-address")).toContainText("1 Harness Lane");
  await sale.getByRole("textbox", { name: "Carrier" }).fill("Coastal Post");
  await sale.getByRole("textbox", { name: "Tracking number" }).fill("CP-7781");
  await sale.getByRole("button", { name: "Mark as shipped" }).click();

  await expect.poll(() => statusOnChain(order.orderId), { timeout: 30_000 }).toBe("Shipped");
  await expect.poll(async () => (await indexedOrder(order.orderId))?.trackingCid ?? null).not.toBeNull();
  const shipped = (await indexedOrder(order.orderId))!;
  const bytes = await readVerified(shipped.trackingCid!, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 });
  const delivery = JSON.parse(
    openEnvelopeText(buyer.keypair.secretKey, JSON.parse(new TextDecoder().decode(bytes)), {
      context: envelopeContexts.delivery(order.orderId),
    }),
  ) as { kind: string; carrier: string; trackingNumber: string };
  expect(delivery).toMatchObject({ kind: "shipment", carrier: "Coastal Post", trackingNumber: "CP-7781" });
});
