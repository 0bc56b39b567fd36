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

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Agora" })).toBeVisible();
  await expect(page.getByTestId("token-symbol")).toHaveText(symbol);
  await expect(page.getByTestId("platform-fee")).toHaveText(`${(feeBps / 100).toFixed(2)}%`);
  await expect(page.getByTestId("listing-count")).toHaveText("0");
  await expect(page.getByText(marketplace.address)).toBeVisible();
});

test("the connect button opens RainbowKit with the built-in dev wallet", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Connect Wallet" }).click();
  await page.getByText("Agora dev wallet (local chain)").click();
  await expect(page.getByRole("button", { name: /0xf3/i })).toBeVisible();
});
