import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { IndexerClient } from "../../lib/indexer/client";
import { setAccountState } from "../../lib/wallet/account";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { resetChainClock } from "../../lib/chain/chainClock";
import type { OrderPage } from "./hooks/useOrder";
import {
  buyer,
  completedOrder,
  DAY,
  disputedOrder,
  orderAnswer,
  orderDecimal,
  orderEvent,
  orderHex,
  paidOrder,
  PLACED,
  seller,
  shippedOrder,
  stranger,
} from "./orderFixtures";
import OrderRoute from "./OrderRoute";

const as = (address: string) =>
  setAccountState({ status: "connected", address: address as `0x${string}`, chainId: 31337 });
const renderOrder = (
  path: string,
  client: IndexerClient | undefined,
  options: Partial<Parameters<typeof renderPage>[1]> = {},
) => renderPage(<OrderRoute />, { path, route: "/orders/:id", client, ...options });
const serving = (order: OrderPage | null) => fakeIndexer(() => orderAnswer(order));
const entries = () => screen.getAllByTestId("timeline-entry");
const titles = () => entries().map((entry) => entry.querySelector(".order-timeline__title")!.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 2 * DAY) * 1000);
  resetChainClock();
});
afterEach(() => {
  setAccountState({ status: "unknown" });
  vi.useRealTimers();
  resetChainClock();
});

describe("order page", () => {
  it("shows the buyer what they bought, where the money is, the deadline and the timeline (id in decimal)", async () => {
    as(buyer);
    const { client, request } = serving(shippedOrder());
    await renderOrder(`/orders/${orderDecimal}`, client);
    expect((await screen.findByTestId("order-title")).textContent).toBe("Walnut desk lamp");
    expect(request.mock.calls[0]![1]).toEqual({ id: orderHex });
    await waitFor(() => expect(document.title).toBe("Walnut desk lamp · Agora"));
    expect(screen.getByText("Order #12-3")).toBeTruthy();
    expect(screen.getByTestId("order-status").textContent).toBe("Shipped");
    expect(screen.getByText("You bought this.")).toBeTruthy();

    const fact = (key: string) => screen.getByTestId(`order-${key}`).querySelector("dd")!.textContent;
    expect(fact("seller")).toBe("Lin's Workshop");
    expect(within(screen.getByTestId("order-seller")).getByRole("link").getAttribute("href")).toBe(`/seller/${seller}`);
    expect(fact("listing")).toBe("#12");
    expect(fact("quantity")).toBe("2");
    expect(fact("unit-price")).toBe("12.5 USDC");
    expect(fact("discount")).toBe("−5 USDC");
    expect(fact("total")).toBe("20 USDC");
    expect(fact("escrow")).toBe("20 USDC");
    expect(screen.queryByTestId("order-refunded")).toBeNull();
    expect(fact("arbiter")).toBe("Fair Arbitration (fee 1.00% of a ruled dispute)");
    expect((await screen.findAllByTestId("ipfs-image"))[0]!.getAttribute("data-address")).toBe(
      "bafybeigjr2c7esiaf4bqndrkmhq2dx24bwydlvwn6qoqb73ak3wwgbqji4/photo-1.jpg",
    );

    // Shipped a day ago: the buyer has 6 days to confirm or dispute.
    const panel = screen.getByTestId("order-panel");
    expect(within(panel).getByTestId("order-countdown").textContent).toBe("6 d left");
    expect(panel.textContent).toContain("The buyer can confirm receipt or open a dispute until");

    expect(titles()).toEqual(["Coupon applied: 5 USDC off", "Order placed: 20 USDC paid into escrow", "Shipped"]);
    expect(entries()[1]!.textContent).toContain("by the buyer (you)");
    expect(entries()[2]!.textContent).toContain("by the seller");
    // The tracking is opened in the wallet layer (not loaded in this test: its placeholder shows).
    expect(within(entries()[2]!).getByRole("button", { name: "Show tracking" })).toBeTruthy();
    // The actions live in the wallet layer too; the messages slot renders nothing yet.
    expect(screen.getByText("Loading the actions…")).toBeTruthy();
  });

  it("is read-only for anyone else: no tracking to open, a note that only the buyer acts", async () => {
    as(stranger);
    const { client } = serving(shippedOrder());
    await renderOrder(`/orders/${orderHex}`, client);
    await screen.findByTestId("order-page");
    expect(screen.getByTestId("order-read-only")).toBeTruthy();
    expect(screen.queryByText("You bought this.")).toBeNull();
    expect(screen.getByText("The tracking details are encrypted for the buyer.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Show tracking" })).toBeNull();
  });

  it("asks a disconnected visitor to connect to act on an open order", async () => {
    setAccountState({ status: "disconnected" });
    const { client } = serving(paidOrder());
    await renderOrder(`/orders/${orderHex}`, client);
    const prompt = await screen.findByTestId("order-actions-connect");
    expect(prompt.textContent).toContain("Connect the buyer's wallet to act on this order.");
    // Paid: the seller has a day left to ship; after that the buyer can cancel.
    const panel = screen.getByTestId("order-panel");
    expect(within(panel).getByTestId("order-countdown").textContent).toBe("1 d left");
    expect(panel.textContent).toContain("If they do not, the buyer can cancel for a full refund.");
    expect(panel.textContent).toContain("Once it ships, the buyer has 7 d to confirm receipt or open a dispute.");
  });

  it("says when the seller missed the deadline, by the chain's clock when it runs ahead", async () => {
    as(buyer);
    const { client } = fakeIndexer(() => orderAnswer(paidOrder(), PLACED + 5 * DAY));
    await renderOrder(`/orders/${orderHex}`, client);
    const panel = await screen.findByTestId("order-panel");
    expect(within(panel).getByTestId("order-countdown").textContent).toBe("ended 2 d ago");
    expect(panel.textContent).toContain("The seller did not ship by");
  });

  it("reads a dispute's statements from IPFS when opened, and counts down the ruling window", async () => {
    as(buyer);
    const document = vi.fn(async (_kind: string, cid: string) => ({
      ok: true as const,
      files: ["evidence.json", "photo-1.jpg"],
      document: {
        schema: "agora/evidence@1" as const,
        orderId: orderDecimal,
        statement: cid === "bafyreason" ? "The shade arrived cracked." : "It left here intact.",
        attachments: cid === "bafyreason" ? [{ path: "photo-1.jpg", description: "Cracked shade", sealed: false }] : [],
      },
    }));
    const { client } = serving(disputedOrder());
    await renderOrder(`/orders/${orderHex}`, client, { content: fakeContent({ document: document as never }) });
    await screen.findByTestId("order-page");
    expect(screen.getByTestId("order-status").textContent).toBe("In dispute");
    expect(within(screen.getByTestId("order-panel")).getByTestId("order-countdown").textContent).toBe("15 d left");
    expect(titles().slice(3)).toEqual(["Dispute opened", "Evidence added"]);
    expect(entries()[4]!.textContent).toContain("by the seller");
    expect(document).not.toHaveBeenCalled();

    const opened = entries()[3]!;
    const details = opened.querySelector("details")!;
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect((await within(opened).findByTestId("order-statement-text")).textContent).toBe("The shade arrived cracked.");
    expect(document).toHaveBeenCalledWith("evidence", "bafyreason", expect.anything());
    expect(within(opened).getByText("Photo 1: Cracked shade")).toBeTruthy();
    expect((await within(opened).findByRole("img", { name: "Cracked shade" })).getAttribute("src")).toBe(
      "blob:test/bafyreason/photo-1.jpg",
    );
  });

  it("shows how a completed order ended, its refunds and the review with the seller's reply", async () => {
    as(buyer);
    const base = completedOrder();
    const order = completedOrder({
      status: "Replied",
      refunded: "5000000",
      sellerAmount: "14625000",
      events: [
        ...base.events.filter((event) => event.type !== "Confirmed"),
        orderEvent("Refunded", PLACED + 2 * DAY, { actor: seller, amount: "5000000", block: 240 }),
        orderEvent("Confirmed", PLACED + 3 * DAY, { actor: buyer, amount: "14625000", block: 250 }),
        orderEvent("Reviewed", PLACED + 4 * DAY, { actor: buyer, cid: "bafyreview", block: 300 }),
        orderEvent("ReviewReplied", PLACED + 5 * DAY, { actor: seller, cid: "bafyreply", block: 400 }),
      ],
      review: {
        rating: 4,
        reviewCid: "bafyreview",
        timestamp: String(PLACED + 4 * DAY),
        content: {
          cid: "bafyreview",
          valid: true,
          title: "Lovely lamp",
          body: "Warm light.",
          images: [],
          imageAlts: [],
        },
        reply: { timestamp: String(PLACED + 5 * DAY), content: { valid: true, text: "Thank you!" } },
      },
    });
    const { client } = serving(order);
    await renderOrder(`/orders/${orderHex}`, client);
    await screen.findByTestId("order-page");
    expect(screen.getByTestId("order-panel").textContent).toContain(
      "Completed: the buyer confirmed receipt and the seller was paid.",
    );
    expect(screen.queryByTestId("order-countdown")).toBeNull();
    expect(screen.queryByTestId("order-escrow")).toBeNull();
    expect(screen.getByTestId("order-refunded").textContent).toContain("5 USDC");
    expect(screen.getByTestId("order-seller-amount").textContent).toContain("14.625 USDC");
    expect(titles().slice(3)).toEqual([
      "Partial refund: 5 USDC returned to the buyer, 15 USDC left in escrow",
      "Receipt confirmed: 14.625 USDC paid to the seller",
      "Reviewed: 4 stars",
      "The seller replied to the review",
    ]);
    const review = screen.getByTestId("order-review");
    expect(within(review).getByRole("heading", { name: "Your review" })).toBeTruthy();
    expect(within(review).getByText("Lovely lamp")).toBeTruthy();
    expect(within(review).getByTestId("listing-review-reply").textContent).toContain("Thank you!");
    // Nothing left to do on a replied order: no actions, not even a connect prompt.
    expect(screen.queryByText("Loading the actions…")).toBeNull();
  });

  it("refuses what is not an order id, and says when the order is unknown", async () => {
    const { client, request } = serving(null);
    const invalid = await renderOrder("/orders/lamp", client);
    expect((await screen.findByTestId("order-invalid")).textContent).toContain("“lamp” is not an order number.");
    expect(request).not.toHaveBeenCalled();
    invalid.unmount();
    await renderOrder(`/orders/${orderHex}`, client);
    const missing = await screen.findByTestId("order-not-found");
    expect(missing.textContent).toContain("There is no order #12-3 on this marketplace");
    expect(within(missing).getByRole("link").getAttribute("href")).toBe("/orders");
  });

  it("speaks Chinese", async () => {
    as(buyer);
    const { client } = serving(shippedOrder());
    await renderOrder(`/orders/${orderHex}`, client, { language: "zh" });
    await screen.findByTestId("order-page");
    expect(screen.getByTestId("order-status").textContent).toBe("已发货");
    expect(within(screen.getByTestId("order-panel")).getByTestId("order-countdown").textContent).toBe("还剩 6 天");
    expect(titles()[1]).toBe("已下单：20 USDC 已存入托管");
    expect(screen.getByRole("button", { name: "查看物流信息" })).toBeTruthy();
  });
});
