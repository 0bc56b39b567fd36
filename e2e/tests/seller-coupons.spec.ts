// The seller's coupons in the browser: a new seller signs a 10% coupon and copies its code, a
// buyer redeems it at checkout (from Node), the list counts the redemption, and the seller revokes
// it on chain. Then screenshots of the page with a form and a list. Fresh accounts 68–71 only.
import { abis } from "@agora/contracts";
import { cidToHex, envelopeContexts, sealEnvelope, SHIPPING_ADDRESS_SCHEMA } from "@agora/content";
import { maxUint256, parseEther, parseEventLogs, type Address, type Hex } from "viem";
import {
  COUPON_FIXED,
  COUPON_PERCENT,
  couponDigest,
  discountFor,
  makeCoupon,
  signCoupon,
} from "../../web/src/features/coupons/coupon";
import type { SignedCoupon } from "../../web/src/features/coupons/coupon";
import { couponLink, decodeCoupon, encodeCoupon } from "../../web/src/features/coupons/couponCode";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { accountAt, contracts, freshListing, freshSeller, fund, send, waitForIndexed } from "../support/market";
import { uploadJson } from "../support/orders";
import { shoot, viewports } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";

const LOCAL_CHAIN = 31337;

/** A buyer's one-line checkout of an ETH listing with a coupon, from Node; answers the order's discount. */
async function buyWithCoupon(buyer: number, listingId: Hex, sellerKey: string, signed: SignedCoupon) {
  const { marketplace } = await contracts();
  const listing = await publicClient().readContract({
    ...marketplace,
    functionName: "getListing",
    args: [BigInt(listingId)],
  });
  const address = {
    schema: SHIPPING_ADDRESS_SCHEMA,
    name: "Coupon Buyer",
    line1: "2 Harness Lane",
    city: "Leeds",
    postalCode: "LS1 1AA",
    country: "GB",
  };
  const envelope = sealEnvelope(sellerKey, JSON.stringify(address), { context: envelopeContexts.shipping(listingId) });
  const item = {
    listingId: BigInt(listingId),
    quantity: 1,
    shippingCid: cidToHex(await uploadJson(envelope)),
    coupon: signed.coupon,
    couponSignature: signed.signature,
  };
  // An ETH checkout pays exactly the discounted total.
  const total = listing.price - discountFor(signed.coupon, listing.price)!;
  const receipt = await send(buyer, { ...marketplace, functionName: "checkout", args: [[item], total], value: total });
  const [redeemed] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "CouponRedeemed" });
  await waitForIndexed(receipt.blockNumber);
  return redeemed!.args.discount;
}

const couponRedemptions = async (digest: Hex) =>
  publicClient().readContract({
    ...(await contracts()).marketplace,
    functionName: "couponRedemptions",
    args: [digest],
  });

test.describe("a seller's coupons", () => {
  test.use({ walletAccountIndex: 68 });

  test("a new seller signs a 10% coupon and copies it; a buyer redeems it; the seller revokes it", async ({
    page,
    context,
    wallet,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const seller = await freshSeller(68, "Coupon Studio");
    const price = parseEther("0.01");
    const listingId = await freshListing({ seller: 68, name: "Linen apron (coupon)", price });
    await fund(69);

    await page.goto("/#/sell/coupons");
    await connectWallet(page, wallet);
    const form = page.getByTestId("coupon-form");
    await form.getByRole("textbox", { name: "Percentage" }).fill("10");
    await form.getByRole("textbox", { name: "Redemption limit (optional)" }).fill("5");
    await form.getByRole("textbox", { name: "Note (optional)" }).fill("Ten off aprons");
    await page.getByTestId("sign-coupon-button").click();

    // Signed in the browser (no transaction), shown for sharing: the code, the link, the QR code.
    const shared = page.getByTestId("new-coupon");
    await expect(shared).toBeVisible();
    await shared.getByTestId("copy-coupon-code").click();
    await expect(shared.getByText("Copied.")).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await shared.getByTestId("coupon-share-code").inputValue());
    expect(await shared.getByTestId("coupon-share-link").inputValue()).toBe(couponLink(code, page.url()));
    await expect(shared.getByRole("img", { name: "QR code of the coupon link" })).toBeVisible();
    expect(wallet.sent).toHaveLength(0);

    const { marketplace } = await contracts();
    const signed = decodeCoupon(code, { chainId: LOCAL_CHAIN, marketplace: marketplace.address });
    expect(signed.coupon).toMatchObject({
      seller: seller.address,
      kind: COUPON_PERCENT,
      value: 1_000n,
      listingId: 0n,
      maxRedemptions: 5,
      expiry: 0n,
    });
    const digest = couponDigest(signed.coupon);
    const row = page.locator(`[data-testid="seller-coupon"][data-digest="${digest.toLowerCase()}"]`);
    await expect(row.getByTestId("coupon-redemptions")).toHaveText("0 of 5 used");

    // A buyer uses the copied code at checkout: 10% off, counted once by the contract.
    const discount = await buyWithCoupon(69, listingId, seller.keypair.publicKeyBase64, signed);
    expect(discount).toBe(price / 10n);
    expect(await couponRedemptions(digest)).toBe(1n);
    await page.reload();
    await expect(row.getByTestId("coupon-redemptions")).toHaveText("1 of 5 used");
    await expect(row.getByTestId("coupon-status")).toHaveText("Active");
    await expect(row).toContainText("0.001 ETH off in all");

    // Revoked on chain after a confirmation; the row reads Revoked once indexed.
    await row.getByTestId("revoke-coupon").click();
    await row.getByTestId("revoke-coupon-confirm").click();
    await expect(row.getByTestId("coupon-status")).toHaveText("Revoked", { timeout: 30_000 });
    expect(await couponRedemptions(digest)).toBe(maxUint256);
    expect(wallet.sent).toHaveLength(1);
    const { coupon } = await subgraphQuery<{ coupon: { revoked: boolean; redemptionCount: number } | null }>(
      "query ($id: ID!) { coupon(id: $id) { revoked redemptionCount } }",
      { id: digest.toLowerCase() },
    );
    expect(coupon).toEqual({ revoked: true, redemptionCount: 1 });
  });
});

test.describe("screenshots of the seller's coupons", () => {
  test.use({ walletAccountIndex: 70 });

  test("form and list with a QR code: phone and desktop, light and dark, and in Chinese", async ({
    page,
    wallet,
  }, testInfo) => {
    const seller = await freshSeller(70, "Harbour Goods");
    const lamp = await freshListing({ seller: 70, name: "Brass desk lamp", price: parseEther("0.02") });
    await fund(71);
    const { marketplace } = await contracts();
    const site = { chainId: LOCAL_CHAIN, marketplace: marketplace.address };
    const sign = async (terms: Omit<Parameters<typeof makeCoupon>[0], "seller">) => {
      const coupon = makeCoupon({ seller: seller.address, ...terms }, site);
      return { coupon, signature: await signCoupon(accountAt(70), coupon) };
    };
    const now = Math.floor(Date.now() / 1000);
    const spring = await sign({
      token: "0x0000000000000000000000000000000000000000",
      kind: COUPON_PERCENT,
      value: 1_500n,
      maxRedemptions: 20,
      expiry: BigInt(now + 30 * 86_400),
    });
    const loyal = await sign({
      token: "0x0000000000000000000000000000000000000000",
      kind: COUPON_FIXED,
      value: parseEther("0.002"),
      listingId: BigInt(lamp),
      buyer: accountAt(71).address as Address,
    });
    const old = await sign({ token: "0x0000000000000000000000000000000000000000", kind: COUPON_PERCENT, value: 500n });
    await buyWithCoupon(71, lamp, seller.keypair.publicKeyBase64, spring);
    const revoked = await send(70, { ...marketplace, functionName: "revokeCoupon", args: [old.coupon] });
    await waitForIndexed(revoked.blockNumber);
    const list = [
      { code: encodeCoupon(spring), addedAt: 3, label: "Spring sale" },
      { code: encodeCoupon(loyal), addedAt: 2, label: "Thank-you for a regular" },
      { code: encodeCoupon(old), addedAt: 1 },
    ];
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [`agora.coupons.${LOCAL_CHAIN}.${seller.address.toLowerCase()}`, JSON.stringify({ version: 1, coupons: list })],
    );

    const open = async () => {
      await expect(page.getByTestId("seller-coupon")).toHaveCount(3);
      await page.getByTestId("coupon-form").getByRole("textbox").first().fill("15");
      await page.getByTestId("share-coupon").first().click();
      await expect(page.getByTestId("coupon-qr")).toBeVisible();
      await expect(page.getByTestId("sign-coupon-button")).toBeVisible();
      // From the top: the sticky header stays where it belongs in a full-page shot.
      await page.evaluate(() => window.scrollTo(0, 0));
    };
    await page.setViewportSize(viewports.phone);
    await page.goto("/#/sell/coupons");
    await connectWallet(page, wallet);
    await open();
    for (const theme of ["light", "dark"] as const) await shoot(page, testInfo, `coupons-phone-${theme}-en`, theme);
    await page.setViewportSize(viewports.desktop);
    for (const theme of ["light", "dark"] as const) await shoot(page, testInfo, `coupons-desktop-${theme}-en`, theme);

    await page.evaluate(() => localStorage.setItem("agora.language", "zh"));
    await page.reload();
    await open();
    await shoot(page, testInfo, "coupons-desktop-light-zh", "light");
  });
});
