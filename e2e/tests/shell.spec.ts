import { expect, test, type Page } from "@playwright/test";
import { shoot } from "../support/screenshots";
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

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

test.describe("served from an IPFS gateway path", () => {
  let server: Server;
  let base: string;
  const prefix = "/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/";

  test.beforeAll(async () => {
    // The site the stack built (web/dist), as a gateway serves a directory: no rewrites, no root paths.
    const dist = path.resolve(import.meta.dirname, "../../web/dist");
    const config = await (await fetch(new URL("config.json", process.env.AGORA_E2E_WEB_URL))).text();
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://gateway");
      if (!url.pathname.startsWith(prefix)) return void response.writeHead(404).end();
      const rest = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
      if (rest === "config.json")
        return void response.writeHead(200, { "content-type": "application/json" }).end(config);
      const file = path.join(dist, path.normalize(rest));
      if (!file.startsWith(dist)) return void response.writeHead(403).end();
      stat(file)
        .then(() => readFile(file))
        .then(
          (body) => {
            const type = file.endsWith(".js")
              ? "text/javascript"
              : file.endsWith(".css")
                ? "text/css"
                : file.endsWith(".html")
                  ? "text/html"
                  : "application/octet-stream";
            response.writeHead(200, { "content-type": type }).end(body);
          },
          () => response.writeHead(404).end(),
        );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  });

  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("pages, lazy chunks and the wallet layer load with relative paths", async ({ page }) => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(response.url());
    });
    await page.goto(`${base}#/listing/7`);
    await expect(page.getByRole("heading", { level: 1, name: "Listing 7" })).toBeVisible();
    await expect(page.getByTestId("rk-connect-button")).toBeVisible();
    await expect(page.getByTestId("network-status").getByTestId("token-symbol")).toBeVisible();
    await page.getByRole("link", { name: "Agora home" }).click();
    await expect(page).toHaveURL(`${base}#/`);
    await expect(page.getByRole("heading", { level: 1, name: "Find something good" })).toBeVisible();
    expect(failed).toEqual([]);
  });
});
