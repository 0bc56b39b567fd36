import { parseEther } from "viem";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { accountAt, contracts, freshListing, freshSeller, fund, openShippingAddress } from "../support/market";
import { subgraphQuery } from "../support/subgraph";

interface IndexedOrder {
  id: string;
  orderId: string;
  quantity: string;
  amount: string;
  status: string;
  shippingCid: string | null;
  listing: { id: string; listingId: string };
  buyer: { id: string };
}

const ordersOf = async (buyer: string) =>
  (
    await subgraphQuery<{ orders: IndexedOrder[] }>(
      `query ($buyer: String!) { orders(where: { buyer: $buyer }, orderBy: placedAt) {
        id orderId quantity amount status shippingCid listing { id listingId } buyer { id } } }`,
      { buyer },
    )
  ).orders;

test.describe("buy now with ETH", () => {
  test.use({ walletAccountIndex: 21 });

  test("enter an address, pay into escrow; the seller's side opens the sealed address", async ({ page, wallet }) => {
    const seller = await freshSeller(20, "Checkout Test Seller");
    const price = parseEther("0.05");
    const listingId = await freshListing({ seller: seller.index, name: "Brass desk lamp (checkout)", price, stock: 4 });
    const buyer = await fund(21);
    expect(buyer.toLowerCase()).toBe(accountAt(21).address.toLowerCase());
    const balanceBefore = await publicClient().getBalance({ address: buyer });

    await page.goto(`/#/listing/${listingId}`);
    await page.getByTestId("buy-now").click();
    await expect(page).toHaveURL(/#\/checkout\?listing=/);
    await page.getByTestId("checkout-quantity").selectOption("2");
    await expect(page.getByTestId("checkout-total")).toHaveText("0.1 ETH");

    // Connect, then try with an incomplete address: the form says what is missing.
    await connectWallet(page, wallet);
    const place = page.getByTestId("place-order-button");
    await expect(place).toHaveText("Pay 0.1 ETH");
    await place.click();
    await expect(page.getByRole("textbox", { name: "Full name" })).toHaveAttribute("aria-invalid", "true");
    expect(wallet.requests.some((request) => request.method === "eth_sendTransaction")).toBe(false);

    await page.getByRole("textbox", { name: "Full name" }).fill("Ada Lovelace");
    await page.getByRole("textbox", { name: "Address", exact: true }).fill("12 Analytical Street");
    await page.getByRole("textbox", { name: "City" }).fill("London");
    await page.getByRole("textbox", { name: "Postal code" }).fill("NW1 6XE");
    await page.getByRole("combobox", { name: "Country" }).selectOption("GB");
    await place.click();

    // The stepper walks through sealing, the payment, mining and indexing, then the order's page.
    await expect(page.getByRole("region", { name: "Progress" })).toBeVisible();
    await expect(page).toHaveURL(/#\/orders\/\d+$/, { timeout: 30_000 });

    const [order] = await ordersOf(buyer.toLowerCase());
    expect(order).toBeDefined();
    expect(order!.listing.id).toBe(listingId);
    expect(order!.quantity).toBe("2");
    expect(BigInt(order!.amount)).toBe(price * 2n);
    expect(order!.status).toBe("Paid");
    expect(page.url()).toContain(`/orders/${order!.orderId}`);

    // The chain holds the money in escrow: the buyer paid 0.1 ETH plus gas, the contract has it.
    const { marketplace } = await contracts();
    const balanceAfter = await publicClient().getBalance({ address: buyer });
    expect(balanceBefore - balanceAfter).toBeGreaterThanOrEqual(price * 2n);
    expect(balanceBefore - balanceAfter).toBeLessThan(price * 2n + parseEther("0.01"));
    const [status] = await publicClient().readContract({
      ...marketplace,
      functionName: "orderStatus",
      args: [BigInt(order!.orderId)],
    });
    expect(status).toBe(1); // Paid

    // Only the seller's key opens the address, and it is what the buyer typed.
    const address = await openShippingAddress(
      { shippingCid: order!.shippingCid!, listingId: order!.listing.listingId },
      seller.keypair,
    );
    expect(address).toMatchObject({
      name: "Ada Lovelace",
      line1: "12 Analytical Street",
      city: "London",
      postalCode: "NW1 6XE",
      country: "GB",
    });
  });
});

test.describe("the wallet refuses", () => {
  test.use({ walletAccountIndex: 23 });

  test("a rejected purchase says so, sends nothing, and the form keeps its contents through a reload", async ({
    page,
    wallet,
  }) => {
    await freshSeller(22, "Rejection Test Seller");
    const listingId = await freshListing({ seller: 22, name: "Linen cushion (rejection)", price: parseEther("0.01") });
    const buyer = await fund(23);

    await page.goto(`/#/checkout?listing=${listingId}&qty=1`);
    await connectWallet(page, wallet);
    await page.getByRole("textbox", { name: "Full name" }).fill("Grace Hopper");
    await page.getByRole("textbox", { name: "Address", exact: true }).fill("1 Compiler Way");
    await page.getByRole("textbox", { name: "City" }).fill("Arlington");
    await page.getByRole("textbox", { name: "Postal code" }).fill("22201");
    await page.getByRole("combobox", { name: "Country" }).selectOption("US");

    wallet.rejectNext({ method: "eth_sendTransaction" });
    await page.getByTestId("place-order-button").click();
    const progress = page.getByRole("region", { name: "Progress" });
    await expect(progress.getByRole("alert")).toContainText("You cancelled the request in your wallet");
    await expect(progress.getByRole("button", { name: "Retry" })).toBeVisible();
    expect(await publicClient().getTransactionCount({ address: buyer })).toBe(0);
    await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue("Grace Hopper");

    // A reload (or a closed wallet popup and a fresh start) keeps what was typed.
    await page.reload();
    await expect(page.getByRole("textbox", { name: "Full name" })).toHaveValue("Grace Hopper");
    await expect(page.getByRole("textbox", { name: "Address", exact: true })).toHaveValue("1 Compiler Way");
    await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("US");
    await expect(page.getByTestId("checkout-total")).toHaveText("0.01 ETH");
  });
});
