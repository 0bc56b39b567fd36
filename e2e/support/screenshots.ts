// Page screenshots for the report: full page, one theme at a time, and each must fit its width.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { horizontalOverflow } from "./photos";

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof viewports;
export type Theme = "light" | "dark";

/** Switches the theme (prefers-color-scheme, followed live), shoots the page and attaches it. */
export async function shoot(page: Page, testInfo: TestInfo, name: string, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
  const file = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(0);
}
