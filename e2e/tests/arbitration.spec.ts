// Issue 13's arbitration in the browser: a fresh arbiter (approved by the owner from Node, with a
// published key) hears a dispute on a fresh seller's listing. The buyer opens it on the order page
// with a photo and their messages shared with the arbiter; the arbiter reads the verified file, opens
// the shared thread with their key and rules 70/30 with a reason. The contract, simulated at several
// shares and then paying the ruling, agrees with the page's split calculator to the wei.
// Fresh accounts: 76 (arbiter), 77 (seller), 78 (buyer); 79 and 80 for the screenshots' dispute.
import { abis } from "@agora/contracts";
import {
  cidToHex,
  envelopeContexts,
  EVIDENCE_SCHEMA,
  kuboRpcTarget,
  publishDocument,
  readVerified,
  sealEnvelope,
  utf8,
} from "@agora/content";
import { illustrationSvg, renderPng } from "@agora/devnet";
import { encodeFunctionData, formatEther, parseEther, parseEventLogs, type Address } from "viem";
import { splitRuling } from "../../web/src/features/arbitration/split";
import { publicClient } from "../support/chain";
import { connectWallet, expect, test } from "../support/fixtures";
import { stackIpfsUrl } from "../support/ipfs";
import {
  accountAt,
  contracts,
  freshListing,
  freshSeller,
  fund,
  keypairOf,
  send,
  waitForIndexed,
} from "../support/market";
import { indexedOrder, placeOrder, postMessage, shipOrder, statusOnChain, termsOf } from "../support/orders";
import { shoot, shootSet } from "../support/screenshots";
import { subgraphQuery } from "../support/subgraph";

const ARBITER = 76;
/** An odd rate, so that the arbiter's fee rounds. */
const ARBITER_FEE_BPS = 150;
const PRICE = parseEther("0.0123456789");

/** The owner (dev account 0) approves `index` as an arbiter; it publishes a profile with its key. */
async function approvedArbiter(index: number) {
  const receipt = await send(0, {
    ...(await contracts()).marketplace,
    functionName: "approveArbiter",
    args: [accountAt(index).address, ARBITER_FEE_BPS],
  });
  await waitForIndexed(receipt.blockNumber);
  return freshSeller(index, "Fair Hearing Arbitration");
}

/** A fresh seller's listing naming the arbiter, bought and shipped, with a message each way. */
async function shippedWithMessages({
  seller,
  buyer,
  arbiter,
  name,
}: {
  seller: number;
  buyer: number;
  arbiter: Address;
  name: string;
}) {
  const sellerParty = await freshSeller(seller, "Harbour Ceramics");
  const listingId = await freshListing({ seller, name, price: PRICE, arbiter });
  await fund(buyer);
  const buyerKeys = await keypairOf(buyer);
  const order = await placeOrder({ buyer, listingId, sellerKey: sellerParty.keypair.publicKeyBase64 });
  await shipOrder(seller, order, buyerKeys.publicKeyBase64, { carrier: "Coastal Post", trackingNumber: "CP-2291" });
  const readers = [sellerParty.keypair.publicKeyBase64, buyerKeys.publicKeyBase64];
  await postMessage(buyer, order, "The vase arrived with a chipped rim. Can you replace it?", readers);
  await postMessage(seller, order, "It left the studio intact; I can refund half.", readers);
  return { order, buyerKeys };
}

const photo = () =>
  Buffer.from(
    renderPng(illustrationSvg("lamp", { main: "#8a2d1f", accent: "#e9c46a", backdrop: ["#fdf6ec", "#eadcc6"] })),
  );

test.describe("a dispute heard and ruled by its arbiter", () => {
  test.use({ walletAccountIndex: 78 });

  test("the buyer shares the messages; the arbiter reads the file, rules 70/30 and the chain pays the calculator's figures", async ({
    page,
    wallet,
  }) => {
    const arbiter = await approvedArbiter(ARBITER);
    const { order } = await shippedWithMessages({
      seller: 77,
      buyer: 78,
      arbiter: arbiter.address,
      name: "Celadon vase (dispute)",
    });

    // The buyer disputes on the order page, with a photo and the order's messages sealed to the arbiter.
    await page.goto(`/#/orders/${order.orderId}`);
    await connectWallet(page, wallet);
    await page.getByTestId("action-dispute").click();
    const form = page.getByTestId("dispute-form");
    const statement = "The rim is chipped; the seller offered half, I ask for most of it back.";
    await form.getByRole("textbox", { name: "What happened?" }).fill(statement);
    await form.getByTestId("photo-input").setInputFiles({ name: "rim.png", mimeType: "image/png", buffer: photo() });
    await form.getByLabel("Share our messages with the arbiter").check();
    await form.getByRole("button", { name: "Open the dispute" }).click();
    await expect(page.getByTestId("order-page")).toHaveAttribute("data-status", "Disputed", { timeout: 30_000 });

    // The arbiter's page: the dispute, its verified file and the thread opened with the arbiter's key.
    await wallet.switchAccount(ARBITER);
    await page.goto("/#/arbitration");
    const card = page.locator(`[data-testid="case-card"][data-order-id="${order.id}"]`);
    await expect(card).toContainText("Celadon vase (dispute)");
    await expect(card.getByTestId("case-countdown")).toContainText("left");
    await card.getByRole("link").click();
    const entry = page.getByTestId("file-entry").first();
    await expect(entry.getByTestId("file-statement")).toHaveText(statement);
    await expect(entry.getByTestId("photo-verified")).toBeVisible();
    await entry.getByTestId("sealed-open").click();
    await expect(entry.getByTestId("shared-message")).toHaveText([
      /The vase arrived with a chipped rim/,
      /It left the studio intact; I can refund half\./,
    ]);

    // The contract's own split at several shares (simulated, nothing mined) is the calculator's.
    const disputed = (await indexedOrder(order.orderId))!;
    const terms = { escrow: BigInt(disputed.escrow), arbiterFeeBps: disputed.arbiterFeeBps, feeBps: disputed.feeBps };
    expect(terms.arbiterFeeBps).toBe(ARBITER_FEE_BPS);
    const { marketplace } = await contracts();
    // One simulation per share: within one, the first ruling would close the dispute for the next.
    for (const share of [0, 1, 3_333, 7_000, 9_999, 10_000]) {
      const [block] = await publicClient().simulateBlocks({
        blocks: [
          {
            calls: [
              {
                account: arbiter.address,
                to: marketplace.address,
                data: encodeFunctionData({
                  abi: abis.Marketplace,
                  functionName: "resolveDispute",
                  args: [BigInt(order.orderId), termsOf(disputed), share, "0x00"],
                }),
              },
            ],
          },
        ],
      });
      const [ruled] = parseEventLogs({
        abi: abis.Marketplace,
        logs: block!.calls[0]!.logs ?? [],
        eventName: "DisputeRuled",
      });
      const split = splitRuling(terms, share);
      expect(ruled!.args).toMatchObject({
        buyerAmount: split.buyerAmount,
        sellerAmount: split.sellerAmount,
        platformFee: split.platformFee,
        arbiterFee: split.arbiterFee,
      });
    }

    // The ruling on the page: 70% to the buyer, the amounts shown being the calculator's.
    const split = splitRuling(terms, 7_000);
    const eth = (value: bigint) => `${formatEther(value)} ETH`;
    await page.getByTestId("ruling-percent").fill("70");
    const breakdown = page.getByTestId("ruling-breakdown");
    await expect(breakdown.getByTestId("split-buyer")).toHaveText(eth(split.buyerAmount));
    await expect(breakdown.getByTestId("split-seller")).toHaveText(eth(split.sellerAmount));
    await expect(breakdown.getByTestId("split-arbiter-fee")).toHaveText(eth(split.arbiterFee));
    await expect(breakdown.getByTestId("split-platform-fee")).toHaveText(eth(split.platformFee));
    const reason = "The chip shows on the unboxing photo; the seller's own offer admits a fault. Most goes back.";
    await page.getByLabel("Reason").fill(reason);
    await page.getByTestId("ruling-review").click();
    await expect(page.getByTestId("ruling-confirm")).toContainText(`the buyer receives ${eth(split.buyerAmount)}`);

    const [buyer, seller] = [accountAt(78).address, accountAt(77).address];
    const balances = () =>
      Promise.all([buyer, seller, arbiter.address].map((address) => publicClient().getBalance({ address })));
    const before = await balances();
    await page.getByTestId("ruling-send").click();
    await expect(page.getByTestId("case-status")).toHaveText("Ruled", { timeout: 30_000 });
    await expect(page.getByTestId("result-buyer")).toHaveText(eth(split.buyerAmount));
    await expect(page.getByTestId("ruling-reason")).toHaveText(reason);

    // The chain paid exactly the calculator's figures, and credited no one.
    expect(await statusOnChain(order.orderId)).toBe("Completed");
    const receipt = await publicClient().waitForTransactionReceipt({ hash: wallet.sent.at(-1)! });
    const [ruled] = parseEventLogs({ abi: abis.Marketplace, logs: receipt.logs, eventName: "DisputeRuled" });
    expect(ruled!.args).toMatchObject({
      buyerShareBps: 7_000,
      buyerAmount: split.buyerAmount,
      sellerAmount: split.sellerAmount,
      platformFee: split.platformFee,
      arbiterFee: split.arbiterFee,
    });
    const after = await balances();
    const gas = receipt.gasUsed * receipt.effectiveGasPrice;
    expect([after[0]! - before[0]!, after[1]! - before[1]!, after[2]! - before[2]! + gas]).toEqual([
      split.buyerAmount,
      split.sellerAmount,
      split.arbiterFee,
    ]);
    for (const account of [buyer, seller, arbiter.address]) {
      const credit = await publicClient().readContract({
        ...marketplace,
        functionName: "creditOf",
        args: [disputed.token.id, account],
      });
      expect(credit).toBe(0n);
    }
    // The reason is on IPFS as the ruling document.
    const indexed = await subgraphQuery<{ ruling: { rulingCid: string } }>(
      "query ($id: ID!) { ruling(id: $id) { rulingCid } }",
      { id: order.id },
    );
    const document = JSON.parse(
      new TextDecoder().decode(
        await readVerified(indexed.ruling.rulingCid, { gateways: [stackIpfsUrl()], timeoutMs: 10_000 }),
      ),
    );
    expect(document).toEqual({ schema: "agora/ruling@1", orderId: order.orderId, buyerShareBps: 7_000, reason });

    // The order page shows it resolved.
    await page.goto(`/#/orders/${order.orderId}`);
    await expect(page.getByTestId("order-page")).toHaveAttribute("data-status", "Completed");
    await expect(page.getByTestId("order-panel")).toContainText("Completed: the arbiter ruled on the dispute.");
    const ruledEntry = page.locator('[data-testid="timeline-entry"][data-kind="ruled"]');
    await expect(ruledEntry).toContainText("Ruled: 70.00% to the buyer");
    await expect(ruledEntry.getByTestId("ruling-reason")).toHaveText(reason);
  });
});

test.describe("screenshots of the arbiter's pages", () => {
  test.use({ walletAccountIndex: ARBITER });

  test("a dispute's file with the shared thread opened: phone and desktop, light and dark, Chinese", async ({
    page,
    wallet,
  }, testInfo) => {
    const arbiter = await approvedArbiter(ARBITER);
    const { order } = await shippedWithMessages({
      seller: 79,
      buyer: 80,
      arbiter: arbiter.address,
      name: "Stoneware jug (screenshots)",
    });
    // The buyer disputes from Node: a statement, a photo and the thread sealed to the arbiter.
    const now = Number((await publicClient().getBlock()).timestamp);
    const thread = {
      schema: "agora/shared-messages@1",
      orderId: order.orderId,
      sharedBy: accountAt(80).address.toLowerCase(),
      messages: [
        {
          sender: accountAt(80).address.toLowerCase(),
          role: "buyer",
          timestamp: now - 600,
          text: "The handle came off in the box.",
        },
        {
          sender: accountAt(79).address.toLowerCase(),
          role: "seller",
          timestamp: now - 300,
          text: "Please send a photo of the box.",
        },
      ],
      unreadable: 0,
    };
    const envelope = sealEnvelope(arbiter.keypair.publicKeyBase64, JSON.stringify(thread), {
      context: envelopeContexts.evidence(order.orderId),
    });
    const { root } = await publishDocument(
      kuboRpcTarget({ url: stackIpfsUrl() }),
      "evidence",
      {
        schema: EVIDENCE_SCHEMA,
        orderId: order.orderId,
        statement: "The handle came off in transit; the box shows no damage, so it was glued badly.",
        attachments: [
          { path: "photo-1.png", description: "Photo 1 from the buyer", sealed: false },
          { path: "messages.sealed.json", description: "Messages of this order, shared by the buyer", sealed: true },
        ],
      },
      [
        { path: "photo-1.png", content: new Uint8Array(photo()) },
        { path: "messages.sealed.json", content: utf8(JSON.stringify(envelope)) },
      ],
    );
    const receipt = await send(80, {
      ...(await contracts()).marketplace,
      functionName: "openDispute",
      args: [BigInt(order.orderId), termsOf(order), cidToHex(String(root))],
    });
    await waitForIndexed(receipt.blockNumber);

    await page.goto(`/#/arbitration/${order.id}`);
    await connectWallet(page, wallet);
    await page.getByTestId("file-entry").first().getByTestId("sealed-open").click();
    await expect(page.getByTestId("shared-message")).toHaveCount(2);
    await shootSet(page, testInfo, "arbitration-case", {
      ready: async (current) => {
        // Opening the thread scrolled to it: a full-page shot starts from the top (sticky header).
        await current.evaluate(() => window.scrollTo(0, 0));
        await expect(current.getByTestId("photo-verified")).toBeVisible();
        await expect(current.getByTestId("ruling-form")).toBeVisible();
      },
    });
    // The list, on a desktop in Chinese as the set left it, then in English.
    await page.goto("/#/arbitration");
    await expect(page.locator(`[data-testid="case-card"][data-order-id="${order.id}"]`)).toBeVisible();
    await shoot(page, testInfo, "arbitration-list-desktop-light-zh", "light");
    await page.getByLabel("语言").selectOption("en");
    await expect(page.locator(`[data-testid="case-card"][data-order-id="${order.id}"]`)).toContainText("in escrow");
    await shoot(page, testInfo, "arbitration-list-desktop-dark-en", "dark");
  });
});
