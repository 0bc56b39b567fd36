// One site, two chains: the local stack runs a second anvil with its own contracts (chain 31338)
// and config.json lists both. The site shows the chain it is on, moves when the wallet moves, and
// keeps a cart and form drafts per chain.
import { connectWallet, expect, test } from "../support/fixtures";
import { shootSet } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";

const FIRST = 31337;
const SECOND = Number(process.env.AGORA_E2E_SECOND_CHAIN_ID);

test.use({ walletAccountIndex: 110 });

test("the site shows its chain, follows the wallet between two chains, and keeps a cart and drafts per chain", async ({
  page,
  wallet,
}, testInfo) => {
  expect(SECOND, "the e2e stack starts a second chain").toBeGreaterThan(0);
  const { listings } = await subgraphQuery<{ listings: { id: string }[] }>(
    "{ listings(first: 1, where: { status: Active, stock_gt: 5 }, orderBy: createdAt) { id } }",
    {},
  );
  const listingId = listings[0]!.id;
  const chainMenu = page.getByTestId("chain-select");
  const cart = page.getByRole("link", { name: /^Cart, \d+ items?$/ });
  const fullName = page.getByRole("textbox", { name: "Full name" });

  await page.goto(`/#/listing/${listingId}`);
  await expect(chainMenu).toHaveValue(String(FIRST));
  await expect(chainMenu.locator("option")).toHaveText(["Agora local (anvil)", "Agora local 2 (anvil)"]);
  await connectWallet(page, wallet);
  await page.getByTestId("add-to-cart").click();
  await expect(cart).toHaveAccessibleName("Cart, 1 item");
  await cart.click();
  await page.getByTestId("cart-checkout").click();
  await fullName.fill("Ada Lovelace");
  const checkoutUrl = page.url();

  // The visitor picks the second chain: the wallet is asked to switch, and the site follows it.
  await chainMenu.selectOption(String(SECOND));
  await expect.poll(() => wallet.currentChainId).toBe(SECOND);
  await expect(chainMenu).toHaveValue(String(SECOND));
  await expect(cart).toHaveAccessibleName("Cart, 0 items");
  await expect(fullName).toHaveCount(0);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), `agora.checkout.address.${SECOND}`)).toBeNull();
  await shootSet(page, testInfo, "multi-chain-second", {
    chinese: false,
    ready: (shown) => expect(shown.getByTestId("chain-select")).toHaveValue(String(SECOND)),
  });

  // The wallet moves back by itself (its own network menu): the site goes with it, and the first
  // chain's cart and draft are where they were.
  await wallet.switchChain(FIRST);
  await expect(chainMenu).toHaveValue(String(FIRST));
  await expect(cart).toHaveAccessibleName("Cart, 1 item");
  await page.goto(checkoutUrl);
  await expect(fullName).toHaveValue("Ada Lovelace");
});
