import { expect, test } from "@playwright/test";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { createPublicClient, http } from "viem";
import { abis } from "@agora/contracts";
import type { DeploymentFile } from "@agora/contracts/deployments";

test("the page shows values read from the deployed contract on chain 31337", async ({ page }) => {
  const deployment = JSON.parse(
    await readFile(path.join(process.env.AGORA_E2E_STATE_DIR!, "deployments", "31337.json"), "utf8"),
  ) as DeploymentFile;
  const usdc = deployment.contracts.MockUSDC!;
  const marketplace = deployment.contracts.Marketplace!;
  const client = createPublicClient({ transport: http(process.env.AGORA_E2E_RPC_URL) });
  const symbol = await client.readContract({ address: usdc.address, abi: abis.MockUSDC, functionName: "symbol" });
  const feeBps = await client.readContract({
    address: marketplace.address,
    abi: abis.Marketplace,
    functionName: "platformFeeBps",
  });
  // The stack holds the demo catalogue: the count is the chain's, whatever the catalogue is. Tests
  // running beside this one may list more meanwhile: the page's figure lies between two reads.
  const readCount = () =>
    client.readContract({ address: marketplace.address, abi: abis.Marketplace, functionName: "listingCount" });
  const countBefore = await readCount();
  expect(countBefore).toBeGreaterThan(0n);

  await page.goto("/");
  await expect(page.getByRole("link", { name: "Agora home" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Find something good" })).toBeVisible();
  // The network status in the footer is a wallet island: it reads through wagmi once the wallet layer loads.
  const network = page.getByTestId("network-status");
  await expect(network.getByTestId("token-symbol")).toHaveText(symbol);
  await expect(network.getByTestId("platform-fee")).toHaveText(`${(feeBps / 100).toFixed(2)}%`);
  await expect(network.getByTestId("listing-count")).toHaveText(/^\d+$/);
  const shown = BigInt((await network.getByTestId("listing-count").textContent())!);
  expect(shown).toBeGreaterThanOrEqual(countBefore);
  expect(shown).toBeLessThanOrEqual(await readCount());
  await expect(network.getByText(marketplace.address)).toBeVisible();
});

test("the connect button opens RainbowKit with the built-in dev wallet", async ({ page }) => {
  await page.goto("/");
  // RainbowKit's own button, once the wallet layer has loaded on idle.
  await expect(page.getByTestId("rk-connect-button")).toBeVisible();
  await page.getByRole("button", { name: "Connect Wallet" }).click();
  await page.getByText("Agora dev wallet (local chain)").click();
  await expect(page.getByRole("button", { name: /0xf3/i })).toBeVisible();
});

test("the first click on the Connect placeholder loads the wallet layer and opens RainbowKit", async ({ page }) => {
  // No idle time: the wallet layer loads only when asked for.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const walletChunks: string[] = [];
  page.on("request", (request) => {
    if (/\/WalletLayer-[^/]*\.js$/.test(request.url())) walletChunks.push(request.url());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Find something good" })).toBeVisible();
  await page.waitForTimeout(500);
  expect(walletChunks).toEqual([]);
  await expect(page.getByTestId("rk-connect-button")).toHaveCount(0);

  await page.getByRole("button", { name: "Connect Wallet" }).click();

  await expect(page.getByText("Agora dev wallet (local chain)")).toBeVisible();
  expect(walletChunks).toHaveLength(1);
  await page.getByText("Agora dev wallet (local chain)").click();
  await expect(page.getByRole("button", { name: /0xf3/i })).toBeVisible();
});
