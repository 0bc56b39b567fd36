import { abis } from "@agora/contracts";
import { decodeFunctionData, parseUnits } from "viem";
import { COUPON_PERCENT, couponDigest, makeCoupon, signCoupon } from "../../web/src/features/coupons/coupon";
import { couponLink, encodeCoupon } from "../../web/src/features/coupons/couponCode";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { accountAt, contracts, freshListing, freshSeller, fund, openShippingAddress } from "../support/market";
import { ordersOf } from "../support/orders";

test.use({ walletAccountIndex: 52 });

test("a cart from two sellers in mock USDC, one seller's coupon link, one permit and one transaction", async ({
  page,
  wallet,
}) => {
  const { marketplace, usdc } = await contracts();
  const sellerA = await freshSeller(50, "Coupon Seller");
  const sellerB = await freshSeller(51, "Second Seller");
  const priceA = parseUnits("12.5", 6);
  const priceB = parseUnits("8", 6);
  const listingA = await freshListing({ seller: 50, name: "Oak tray (coupon)", price: priceA, token: "USDC" });
  const listingB = await freshListing({ seller: 51, name: "Clay mug (cart)", price: priceB, token: "USDC" });
  const buyer = await fund(52, parseUnits("100", 6));

  // Seller A signs 10% off listing A, at most 3 uses, and shares it as a link to the cart.
  const coupon = makeCoupon(
    {
      seller: sellerA.address,
      token: usdc.address,
      kind: COUPON_PERCENT,
      value: 1_000n,
      listingId: BigInt(listingA),
      maxRedemptions: 3,
    },
    { chainId: 31337, marketplace: marketplace.address },
  );
  const signature = await signCoupon(accountAt(50), coupon);
  const code = encodeCoupon({ coupon, signature }, { chainId: 31337, marketplace: marketplace.address });
  const discount = priceA / 10n;
  const total = priceA - discount + priceB;

  for (const listing of [listingA, listingB]) {
    await page.goto(`/#/listing/${listing}`);
    await page.getByTestId("add-to-cart").click();
    await expect(page.getByText("Added to your cart.")).toBeVisible();
  }
  await page.goto(couponLink(code, process.env.AGORA_E2E_WEB_URL!));
  await expect(page.getByTestId("cart-group")).toHaveCount(1);
  await expect(page.getByTestId("cart-line")).toHaveCount(2);
  await page.getByTestId("cart-checkout").click();
  await expect(page).toHaveURL(/#\/checkout\?token=0x[0-9a-f]{40}&coupon=/);

  // The link's code lands on seller A's line only; the summary takes the discount off.
  await connectWallet(page, wallet);
  const lineA = page.locator(`[data-testid="checkout-line"][data-listing-id="${listingA}"]`);
  const lineB = page.locator(`[data-testid="checkout-line"][data-listing-id="${listingB}"]`);
  await expect(lineA.getByTestId("coupon-discount")).toHaveText("10.00% off: you save 1.25 USDC");
  await expect(lineB.getByTestId("coupon-discount")).toHaveCount(0);
  await expect(page.getByTestId("checkout-discount")).toHaveText("−1.25 USDC");
  await expect(page.getByTestId("checkout-total")).toHaveText("19.25 USDC");
  await expect(page.getByTestId("place-order")).toContainText("one signature and one transaction");

  await page.getByRole("textbox", { name: "Full name" }).fill("Katherine Johnson");
  await page.getByRole("textbox", { name: "Address", exact: true }).fill("4 Orbit Road");
  await page.getByRole("textbox", { name: "City" }).fill("Hampton");
  await page.getByRole("textbox", { name: "Postal code" }).fill("23666");
  await page.getByRole("combobox", { name: "Country" }).selectOption("US");
  const balanceBefore = await publicClient().readContract({ ...usdc, functionName: "balanceOf", args: [buyer] });
  await page.getByTestId("place-order-button").click();

  // Two orders: the page moves on to the orders list, which has them both.
  await expect(page).toHaveURL(/#\/orders$/, { timeout: 30_000 });
  await expect(page.getByTestId("order-card")).toHaveCount(2);

  // One permit signature and ONE marketplace transaction: checkoutWithPermit with both lines.
  const asked = wallet.requests.map((request) => request.method);
  expect(asked.filter((method) => method === "eth_signTypedData_v4")).toHaveLength(1);
  expect(asked.filter((method) => method === "eth_sendTransaction")).toHaveLength(1);
  expect(wallet.sent).toHaveLength(1);
  const transaction = await publicClient().getTransaction({ hash: wallet.sent[0]! });
  expect(transaction.to?.toLowerCase()).toBe(marketplace.address.toLowerCase());
  const call = decodeFunctionData({ abi: abis.Marketplace, data: transaction.input });
  expect(call.functionName).toBe("checkoutWithPermit");
  const [items, maxTotal] = call.args as unknown as [{ listingId: bigint }[], bigint];
  expect(items.map((item) => item.listingId)).toEqual(expect.arrayContaining([BigInt(listingA), BigInt(listingB)]));
  expect(maxTotal).toBe(total);

  // The chain: the buyer paid the discounted total, and the coupon counts one redemption of 3.
  const balanceAfter = await publicClient().readContract({ ...usdc, functionName: "balanceOf", args: [buyer] });
  expect(balanceBefore - balanceAfter).toBe(total);
  const redemptions = await publicClient().readContract({
    ...marketplace,
    functionName: "couponRedemptions",
    args: [couponDigest(coupon)],
  });
  expect(redemptions).toBe(1n);

  // The index: two orders from one transaction, the discount on seller A's; each seller opens its address.
  const orders = await ordersOf(buyer);
  expect(orders).toHaveLength(2);
  const orderA = orders.find((order) => order.listing.id === listingA)!;
  const orderB = orders.find((order) => order.listing.id === listingB)!;
  expect(orderA).toMatchObject({
    status: "Paid",
    amount: (priceA - discount).toString(),
    discount: discount.toString(),
  });
  expect(orderB).toMatchObject({ status: "Paid", amount: priceB.toString(), discount: "0" });
  for (const [order, seller] of [
    [orderA, sellerA],
    [orderB, sellerB],
  ] as const) {
    const address = await openShippingAddress(
      { shippingCid: order.shippingCid!, listingId: order.listing.listingId },
      seller.keypair,
    );
    expect(address).toMatchObject({ name: "Katherine Johnson", city: "Hampton", country: "US" });
  }
});
