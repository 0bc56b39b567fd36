import { expect, test, type Page } from "@playwright/test";
import { shoot, viewports as shotViewports } from "../support/screenshots";

const viewports = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;
const themes = ["light", "dark"] as const;
const languages = ["en", "zh"] as const;

/** Waits until the shell is complete: page heading, and RainbowKit's button (the wallet layer loaded). */
async function shellReady(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByTestId("rk-connect-button")).toBeVisible();
  await expect(page.getByTestId("network-status").getByTestId("token-symbol")).toBeVisible();
}

test.describe("screenshots of the shell", () => {
  for (const language of languages) {
    // One load per language: the viewport is resized and the theme follows prefers-color-scheme live.
    test(`shell-${language}: phone and desktop, light and dark`, async ({ page }, testInfo) => {
      await page.addInitScript((lang) => localStorage.setItem("agora.language", lang), language);
      await page.setViewportSize({ width: viewports[0].width, height: viewports[0].height });
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", language === "zh" ? "zh-CN" : "en-US");
      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await shellReady(page);
        for (const theme of themes) await shoot(page, testInfo, `shell-${viewport.name}-${theme}-${language}`, theme);
      }
    });
  }
});

test("keyboard: the skip link moves focus to the page, and the header's controls are labelled", async ({ page }) => {
  await page.goto("/#/listing/7");
  await expect(page.getByRole("heading", { level: 1, name: "Listing 7" })).toBeVisible();
  await expect(page).toHaveTitle("Listing 7 · Agora");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/#\/listing\/7$/);
  for (const label of ["Search listings", "Language"]) await expect(page.getByLabel(label)).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 0 items" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Categories" }).getByRole("link")).toHaveCount(12);
});

// config.json is checked on load: what a hoster gets wrong gives a page that names it, not a broken shop.
test.describe("a wrong config.json", () => {
  const serveConfig = (page: Page, config: unknown) =>
    page.route("**/config.json", (route) => route.fulfill({ json: config }));

  test("a field that is not a URL, or a chain without contracts: a page lists each problem", async ({
    page,
  }, testInfo) => {
    await serveConfig(page, {
      chains: [{ chainId: 31337, chainName: "Agora local (anvil)", rpcUrl: "localhost:8545" }],
    });
    await page.goto("/");
    const problems = page.getByTestId("config-error").getByRole("alert");
    await expect(page.getByRole("heading", { name: "This copy of Agora is not set up correctly" })).toBeVisible();
    await expect(problems).toContainText("chains.0.rpcUrl");

    await serveConfig(page, {
      chains: [{ chainId: 84532, chainName: "Base Sepolia", rpcUrl: "https://sepolia.base.org" }],
    });
    await page.reload();
    await expect(problems).toHaveText(
      "chains: Base Sepolia (chain id 84532) has no Agora deployment in this build (deployments/84532.json)",
    );
    // The page has no theme menu: it takes the system's theme when it loads.
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.reload();
      for (const [viewport, size] of Object.entries(shotViewports)) {
        await page.setViewportSize(size);
        await expect(page.getByTestId("config-error")).toBeVisible();
        await shoot(page, testInfo, `config-error-${viewport}-${theme}`, theme);
      }
    }
  });

  test("a subgraph that does not answer: the site runs, and a banner names the endpoint", async ({ page }) => {
    const config = (await (await fetch(new URL("config.json", process.env.AGORA_E2E_WEB_URL))).json()) as {
      chains: Record<string, unknown>[];
    };
    const deadUrl = "http://127.0.0.1:9/subgraphs/name/agora";
    await serveConfig(page, { ...config, chains: [{ ...config.chains[0], subgraphUrl: deadUrl }] });
    await page.goto("/");
    await expect(page.getByTestId("indexer-health")).toHaveAttribute("data-status", "down");
    await expect(page.getByTestId("indexer-health-detail")).toContainText(deadUrl);
  });
});
