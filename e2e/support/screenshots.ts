// Page screenshots for the report: full page, one theme at a time, and each must fit its width.
import { expect, type Page, type TestInfo } from "@playwright/test";
import { horizontalOverflow, settlePhotos } from "./photos";

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

/**
 * Waits until every wallet island in the page's content has loaded: none still shows its fallback
 * or a loading sentence (both are `role=status`, e.g. "Loading the actions…"), so a screenshot shows
 * the page as it settles, not the moment before.
 */
export async function settleIslands(page: Page) {
  await expect(page.locator("main .wallet-island [role=status]:not(:empty)")).toHaveCount(0);
}

export interface ScreenshotSetOptions {
  /** Waits until the page shows what it is about (called after each resize and language change). */
  ready: (page: Page) => Promise<void>;
  /** Also shoot desktop light in Simplified Chinese (default true). */
  chinese?: boolean;
}

/**
 * One page, shot in one session: phone then desktop, light and dark, then desktop light in
 * Chinese through the language menu. One load per page instead of one per shot keeps the browser
 * suite within its budget; every shot must still fit its width.
 */
export async function shootSet(page: Page, testInfo: TestInfo, name: string, options: ScreenshotSetOptions) {
  for (const viewport of ["phone", "desktop"] as const) {
    await page.setViewportSize(viewports[viewport]);
    await options.ready(page);
    await settleIslands(page);
    await settlePhotos(page, 0);
    for (const theme of ["light", "dark"] as const)
      await shoot(page, testInfo, `${name}-${viewport}-${theme}-en`, theme);
  }
  if (options.chinese === false) return;
  await page.getByLabel("Language").selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await options.ready(page);
  await settleIslands(page);
  await shoot(page, testInfo, `${name}-desktop-light-zh`, "light");
}
