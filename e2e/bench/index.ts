// The browser benchmarks, on one private local stack (as the browser tests start it) and one
// headless Chromium: navigation → cards (issue 11), purchase receipt → order page (issue 12), a new
// listing with two 2 MB photos from Publish → its card in browse (issue 13).
import { chromium } from "@playwright/test";
import startStack from "../stack.setup";
import { navigationBench, type NavigationResult } from "./navigation.bench";
import { listingBench } from "./listing.bench";
import { purchaseBench } from "./purchase.bench";

export type { NavigationResult as BenchResult };

export async function browserBenches(): Promise<NavigationResult[]> {
  const stop = await startStack();
  const browser = await chromium.launch({
    executablePath: process.env.AGORA_CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const url = process.env.AGORA_E2E_WEB_URL!;
    return [
      ...(await navigationBench(browser, url)),
      ...(await purchaseBench(browser, url)),
      ...(await listingBench(browser, url)),
    ];
  } finally {
    await browser.close();
    await stop();
  }
}
