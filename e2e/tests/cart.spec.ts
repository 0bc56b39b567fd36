import { expect, test } from "@playwright/test";
import { subgraphQuery } from "../support/subgraph";

interface ActiveListing {
  id: string;
  price: string;
  stock: string;
  token: { id: string; symbol: string; decimals: number };
  current: { name: string }[];
}

/** Two in-stock listings in different tokens, as the subgraph has them. */
async function listingsInTwoTokens(): Promise<[ActiveListing, ActiveListing]> {
  const { listings } = await subgraphQuery<{ listings: ActiveListing[] }>(
    `
      {
        listings(where: { status: Active, stock_gt: 2 }, first: 100, orderBy: createdAt) {
          id
          price
          stock
          token {
            id
            symbol
            decimals
          }
          current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1) {
            name
          }
        }
      }
    `,
    {},
  );
  const named = listings.filter((listing) => listing.current[0]);
  const first = named[0]!;
  const second = named.find((listing) => listing.token.id !== first.token.id);
  if (!second) throw new Error("the demo catalogue has listings in one token only");
  return [first, second];
}

const units = (amount: bigint, decimals: number) => Number(amount) / 10 ** decimals;

test("add to cart from two listing pages: the header counts, the cart groups by token, and it survives a reload", async ({
  page,
}, testInfo) => {
  const [usdcListing, ethListing] = await listingsInTwoTokens();
  const cart = page.getByRole("link", { name: /^Cart, \d+ items?$/ });

  await page.goto(`/#/listing/${usdcListing.id}`);
  await page.getByTestId("add-to-cart").click();
  await expect(page.getByText("Added to your cart.")).toBeVisible();
  await page.getByTestId("add-to-cart").click();
  await expect(cart).toHaveAccessibleName("Cart, 2 items");

  await page.goto(`/#/listing/${ethListing.id}`);
  await page.getByTestId("add-to-cart").click();
  await expect(cart).toHaveAccessibleName("Cart, 3 items");

  await cart.click();
  await expect(page).toHaveURL(/#\/cart$/);
  const groups = page.getByTestId("cart-group");
  await expect(groups).toHaveCount(2);
  const usdcGroup = page.locator(`[data-testid="cart-group"][data-token="${usdcListing.token.id}"]`);
  await expect(usdcGroup.getByTestId("cart-line")).toHaveAttribute("data-listing-id", usdcListing.id);
  await expect(usdcGroup.getByTestId("cart-line-quantity")).toHaveValue("2");
  const total = await usdcGroup.getByTestId("cart-group-total").textContent();
  expect(
    Number(
      total!
        .replace(/^Total /, "")
        .split(" ")[0]!
        .replace(/,/g, ""),
    ),
  ).toBeCloseTo(units(BigInt(usdcListing.price) * 2n, usdcListing.token.decimals), 6);

  for (const [name, width, height] of [
    ["cart-desktop", 1280, 800],
    ["cart-phone", 390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    const file = testInfo.outputPath(`${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await testInfo.attach(name, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 800 });

  // Quantity up to the stock, kept across a reload; removing the ETH line leaves one group.
  await usdcGroup.getByTestId("cart-line-quantity").selectOption("3");
  await page.reload();
  await expect(usdcGroup.getByTestId("cart-line-quantity")).toHaveValue("3");
  await expect(cart).toHaveAccessibleName("Cart, 4 items");
  const ethGroup = page.locator(`[data-testid="cart-group"][data-token="${ethListing.token.id}"]`);
  await ethGroup.getByRole("button", { name: /^Remove / }).click();
  await expect(groups).toHaveCount(1);
  await expect(cart).toHaveAccessibleName("Cart, 3 items");
});
