import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { freePort, LOCAL_CHAIN_ID } from "@agora/devnet";
import {
  createPublicClient,
  http,
  numberToHex,
  parseEther,
  toHex,
  verifyMessage,
  verifyTypedData,
  type Hex,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { expect, test } from "../support/fixtures";
import { DEV_MNEMONIC, TEST_WALLET_NAME, TEST_WALLET_RDNS, WalletErrorCode } from "../support/testWallet";

/** The result of a page request, failing the test with the wallet's error if there was one. */
function resultOf(reply: { result: unknown } | { error: unknown }): unknown {
  expect(reply).not.toHaveProperty("error");
  return (reply as { result: unknown }).result;
}

const localChain = numberToHex(LOCAL_CHAIN_ID);

// Index 8: no demo seller, buyer or arbiter uses it, so its nonce and balance are ours.
test.use({ walletAccountIndex: 8 });

test("the test wallet connects through RainbowKit's modal, signs, rejects on demand and sends ETH", async ({
  page,
  wallet,
}) => {
  await wallet.recordEvents(page);
  await page.goto("/");

  // Nothing authorised before the visitor connects (or wagmi would connect by itself).
  await expect(page.getByTestId("rk-connect-button")).toBeVisible();
  expect(await wallet.requestFromPage(page, "eth_accounts")).toEqual({ result: [] });

  await page.getByTestId("rk-connect-button").click();
  const modal = page.getByRole("dialog");
  await expect(modal.getByText(TEST_WALLET_NAME)).toBeVisible();
  await modal.getByTestId(`rk-wallet-option-${TEST_WALLET_RDNS}`).click();
  const short = `${wallet.address.slice(0, 4)}…${wallet.address.slice(-4)}`;
  await expect(page.getByTestId("rk-account-button")).toContainText(short);
  await expect(modal).toBeHidden();

  expect(await wallet.requestFromPage(page, "eth_accounts")).toEqual({ result: [wallet.address] });
  expect(await wallet.requestFromPage(page, "eth_chainId")).toEqual({ result: localChain });
  expect(await wallet.recordedEvents(page)).toEqual([
    { event: "connect", data: { chainId: localChain } },
    { event: "accountsChanged", data: [wallet.address] },
  ]);

  // personal_sign: hex-encoded text, as viem and most dapps send it.
  const message = "Sign in to Agora\nNonce: 42";
  const signature = resultOf(await wallet.requestFromPage(page, "personal_sign", [toHex(message), wallet.address]));
  expect(await verifyMessage({ address: wallet.address, message, signature: signature as Hex })).toBe(true);

  const typedData = {
    domain: { name: "Agora", version: "1", chainId: LOCAL_CHAIN_ID, verifyingContract: wallet.address },
    types: {
      EIP712Domain: [
        { name: "name", type: "string" },
        { name: "version", type: "string" },
        { name: "chainId", type: "uint256" },
        { name: "verifyingContract", type: "address" },
      ],
      Offer: [
        { name: "listing", type: "uint256" },
        { name: "buyer", type: "address" },
        { name: "note", type: "string" },
      ],
    },
    primaryType: "Offer",
    message: { listing: "7", buyer: wallet.address, note: "Two, please" },
  } as const;
  const typedSignature = resultOf(
    await wallet.requestFromPage(page, "eth_signTypedData_v4", [wallet.address, JSON.stringify(typedData)]),
  );
  expect(
    await verifyTypedData({
      address: wallet.address,
      signature: typedSignature as Hex,
      domain: { ...typedData.domain, chainId: BigInt(LOCAL_CHAIN_ID) },
      types: { Offer: typedData.types.Offer },
      primaryType: "Offer",
      message: { ...typedData.message, listing: 7n },
    }),
  ).toBe(true);

  expect(await wallet.requestFromPage(page, "wallet_switchEthereumChain", [{ chainId: "0x1" }])).toEqual({
    error: { code: WalletErrorCode.unrecognizedChain, message: expect.stringContaining("0x1"), isError: true },
  });
  expect(await wallet.requestFromPage(page, "wallet_switchEthereumChain", [{ chainId: localChain }])).toEqual({
    result: null,
  });

  // One rejection, then the wallet signs again. Bound to the method: the page's own background
  // requests (the wallet layer's reads on a two-chain site) must not take it.
  wallet.rejectNext({ method: "personal_sign" });
  expect(await wallet.requestFromPage(page, "personal_sign", [toHex(message), wallet.address])).toEqual({
    error: { code: WalletErrorCode.userRejected, message: "User rejected the request.", isError: true },
  });
  expect(resultOf(await wallet.requestFromPage(page, "personal_sign", [toHex(message), wallet.address]))).toBe(
    signature,
  );

  // A plain ETH transfer to an unfunded dev address, signed in Node and sent raw to anvil.
  const chain = createPublicClient({ transport: http(process.env.AGORA_E2E_RPC_URL) });
  const recipient = mnemonicToAccount(DEV_MNEMONIC, { addressIndex: 12 }).address;
  const [senderBefore, recipientBefore] = await Promise.all([
    chain.getBalance({ address: wallet.address }),
    chain.getBalance({ address: recipient }),
  ]);
  const value = parseEther("0.25");
  const hash = resultOf(
    await wallet.requestFromPage(page, "eth_sendTransaction", [
      { from: wallet.address, to: recipient, value: toHex(value) },
    ]),
  ) as Hex;
  const receipt = await chain.waitForTransactionReceipt({ hash });
  expect(receipt.status).toBe("success");
  expect(receipt.from).toBe(wallet.address.toLowerCase());
  expect(await chain.getBalance({ address: recipient })).toBe(recipientBefore + value);
  expect(await chain.getBalance({ address: wallet.address })).toBe(
    senderBefore - value - receipt.gasUsed * receipt.effectiveGasPrice,
  );
  // The page sees the same chain through the wallet's forwarded reads.
  const pageReceipt = resultOf(await wallet.requestFromPage(page, "eth_getTransactionReceipt", [hash]));
  expect(pageReceipt).toMatchObject({ transactionHash: hash, status: "0x1" });

  // Another account from the wallet's side: the header follows accountsChanged.
  const next = await wallet.switchAccount(10);
  await expect(page.getByTestId("rk-account-button")).toContainText(`${next.slice(0, 4)}…${next.slice(-4)}`);
  expect(await wallet.recordedEvents(page)).toContainEqual({ event: "accountsChanged", data: [next] });
});

test("the test wallet adds a second chain, switches with chainChanged and reads from that chain's RPC", async ({
  page,
  wallet,
}) => {
  const port = await freePort();
  const rpcUrl = `http://127.0.0.1:${port}`;
  const anvil = spawn(
    fileURLToPath(new URL("../../devnet/bin/foundry", import.meta.url)),
    ["anvil", "--host", "127.0.0.1", "--port", String(port), "--chain-id", "1337"],
    { stdio: "ignore" },
  );
  try {
    const second = createPublicClient({ transport: http(rpcUrl) });
    await expect.poll(() => second.getChainId().catch(() => 0)).toBe(1337);

    await wallet.recordEvents(page);
    await page.goto("/");
    const addChain = (chainId: number, url: string) =>
      wallet.requestFromPage(page, "wallet_addEthereumChain", [
        {
          chainId: numberToHex(chainId),
          chainName: "Second anvil",
          rpcUrls: [url],
          nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
        },
      ]);

    // Signing needs the account authorised first; eth_requestAccounts does it (wagmi uses wallet_requestPermissions).
    expect(await wallet.requestFromPage(page, "personal_sign", ["0x00", wallet.address])).toEqual({
      error: { code: WalletErrorCode.unauthorized, message: expect.any(String), isError: true },
    });
    expect(await wallet.requestFromPage(page, "eth_requestAccounts")).toEqual({ result: [wallet.address] });
    expect(await wallet.requestFromPage(page, "eth_accounts")).toEqual({ result: [wallet.address] });

    // The wallet checks what the endpoint serves before adding it.
    expect(await addChain(5, rpcUrl)).toEqual({
      error: { code: WalletErrorCode.invalidParams, message: expect.stringContaining("1337"), isError: true },
    });
    expect(await addChain(1337, rpcUrl)).toEqual({ result: null });
    expect(await wallet.requestFromPage(page, "eth_chainId")).toEqual({ result: "0x539" });
    // A fresh anvil is at block 0; the stack's chain is far past it.
    expect(await wallet.requestFromPage(page, "eth_blockNumber")).toEqual({ result: "0x0" });

    expect(await wallet.requestFromPage(page, "wallet_switchEthereumChain", [{ chainId: localChain }])).toEqual({
      result: null,
    });
    expect(resultOf(await wallet.requestFromPage(page, "eth_blockNumber"))).not.toBe("0x0");
    const events = await wallet.recordedEvents(page);
    expect(events.filter(({ event }) => event === "chainChanged")).toEqual([
      { event: "chainChanged", data: "0x539" },
      { event: "chainChanged", data: localChain },
    ]);
  } finally {
    anvil.kill("SIGINT");
  }
});
