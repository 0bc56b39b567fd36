// The seller's dashboard in the browser: a fresh seller (account 72) with one listing and two
// orders placed from Node (buyers 73 and 74; the first shipped and confirmed) sees the counts and
// revenue, a drawn chart, and downloads a CSV whose rows are those orders. Then screenshots, as a
// demo seller with sales in both tokens (Northwind Audio, account 2: read only).
import Papa from "papaparse";
import { readFile } from "node:fs/promises";
import { formatEther, parseEther } from "viem";
import { connectWallet, expect, test } from "../support/fixtures";
import { contracts, freshListing, freshSeller, fund, keypairOf, send, waitForIndexed } from "../support/market";
import { indexedOrder, placeOrder, shipOrder, termsOf } from "../support/orders";
import { shoot, viewports } from "../support/screenshots";

/** Reads a CSV (RFC 4180, CRLF rows, a leading byte-order mark ignored) as rows of fields. */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

test.describe("seller dashboard", () => {
  test.use({ walletAccountIndex: 72 });

  test("shows a new seller's orders, revenue and chart, and exports the orders as CSV", async ({ page, wallet }) => {
    const seller = await freshSeller(72, "Dashboard Test Seller");
    const [firstBuyer, secondBuyer] = await Promise.all([fund(73), fund(74)]);
    const title = "Ash serving board (dashboard)";
    const listingId = await freshListing({ seller: 72, name: title, price: parseEther("0.03") });
    const sellerKey = seller.keypair.publicKeyBase64;
    const first = await placeOrder({ buyer: 73, listingId, sellerKey, quantity: 2 });
    const second = await placeOrder({ buyer: 74, listingId, sellerKey });
    // The first is shipped and confirmed: completed, paid out.
    await shipOrder(72, first, (await keypairOf(73)).publicKeyBase64, { carrier: "Post", trackingNumber: "D-1" });
    const confirmed = await send(73, {
      ...(await contracts()).marketplace,
      functionName: "confirmReceipt",
      args: [BigInt(first.orderId), termsOf(first)],
    });
    await waitForIndexed(confirmed.blockNumber);

    await page.goto("/#/sell/dashboard");
    await connectWallet(page, wallet);
    await expect(page.getByTestId("stat-sales")).toHaveText("Orders2");
    await expect(page.getByTestId("stat-completed")).toHaveText("Completed1");
    const total = BigInt(first.amount) + BigInt(second.amount);
    const eth = page.getByTestId("dashboard-token-totals");
    await expect(eth.locator('[data-figure="volume"] dd')).toHaveText(`${formatEther(total)} ETH`);
    await expect(eth.locator('[data-figure="escrow"] dd')).toHaveText(`${formatEther(BigInt(second.amount))} ETH`);
    await expect(page.getByTestId("dashboard-chart-summary")).toHaveText(
      `Last 30 days: 2 orders, ${formatEther(total)} ETH.`,
    );
    await expect(page.getByTestId("dashboard-best-sellers").getByRole("link", { name: title })).toHaveAttribute(
      "href",
      `#/listing/${listingId}`,
    );

    // The chart is drawn: bars (revenue) and a line (orders) in an SVG.
    const chart = page.getByTestId("dashboard-chart");
    await expect(chart.locator("svg .recharts-bar-rectangle").first()).toBeVisible();
    await expect(chart.locator("svg .recharts-line path").first()).toBeVisible();

    const download = page.waitForEvent("download");
    await page.getByTestId("dashboard-export").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^agora-sales-0x[0-9a-f]{6}-\d{4}-\d\d-\d\d\.csv$/);
    const [header, ...rows] = parseCsv(await readFile((await file.path())!, "utf8"));
    expect(header).toEqual([
      "order_id",
      "date",
      "listing_id",
      "listing_title",
      "buyer",
      "quantity",
      "token",
      "amount",
      "fee",
      "status",
      "shipped_at",
      "closed_at",
    ]);
    const completed = (await indexedOrder(first.orderId))!;
    expect(completed.status).toBe("Completed");
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[5], row[6], row[7], row[9]])).toEqual([
      [
        first.orderId,
        listingId,
        title,
        firstBuyer.toLowerCase(),
        "2",
        "ETH",
        formatEther(BigInt(first.amount)),
        "Completed",
      ],
      [
        second.orderId,
        listingId,
        title,
        secondBuyer.toLowerCase(),
        "1",
        "ETH",
        formatEther(BigInt(second.amount)),
        "Paid",
      ],
    ]);
    // Dates as ISO 8601; the completed order has its shipping and closing times and a fee.
    for (const row of rows) expect(row[1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(rows[0]![10]).not.toBe("");
    expect(rows[0]![11]).not.toBe("");
    expect(Number(rows[0]![8])).toBeGreaterThan(0);
    expect(rows[1]!.slice(8)).toEqual(["0", "Paid", "", ""]);
    await expect(page.getByTestId("dashboard-export-status")).toHaveText("Downloaded 2 orders.");
  });
});

test.describe("dashboard screenshots", () => {
  // Northwind Audio, a demo seller with sales in ETH and USDC, a refund and open orders.
  test.use({ walletAccountIndex: 2 });

  const open = async (page: import("@playwright/test").Page, wallet: Parameters<typeof connectWallet>[1]) => {
    await page.goto("/#/sell/dashboard");
    await connectWallet(page, wallet);
    await expect(page.getByTestId("dashboard-chart").locator("svg .recharts-bar-rectangle").first()).toBeVisible();
  };

  for (const viewport of ["phone", "desktop"] as const) {
    test(`dashboard-${viewport}, light and dark`, async ({ page, wallet }, testInfo) => {
      await page.setViewportSize(viewports[viewport]);
      await open(page, wallet);
      // On a wide screen, with the tooltip of the busiest day.
      if (viewport === "desktop")
        await page.getByTestId("dashboard-chart").locator(".recharts-bar-rectangle").last().hover();
      for (const theme of ["light", "dark"] as const)
        await shoot(page, testInfo, `dashboard-${viewport}-${theme}-en`, theme);
    });
  }

  test("dashboard-phone-light-zh", async ({ page, wallet }, testInfo) => {
    await page.setViewportSize(viewports.phone);
    await page.addInitScript(() => localStorage.setItem("agora.language", "zh"));
    await open(page, wallet);
    await shoot(page, testInfo, "dashboard-phone-light-zh", "light");
  });
});
