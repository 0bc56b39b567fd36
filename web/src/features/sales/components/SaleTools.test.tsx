// The seller's tools island end to end against a fake chain (wagmi's mock connector): a digital
// delivery sealed to the buyer's key (opened here with the buyer's secret key), a refund checked
// against the escrow and confirmed (a revert keeps the amount, Retry sends it), a reply uploaded as
// text and sent once; what each sends is decoded from the transaction.
import { abis } from "@agora/contracts";
import {
  cidToHex,
  deriveKeypairFromSignature,
  sealEnvelope,
  utf8,
  type Envelope,
  type X25519Keypair,
} from "@agora/content";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData, encodeErrorResult, getAddress, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../../lib/chain/chainClock";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { initI18n } from "../../../lib/i18n/i18n";
import type { IndexerClient } from "../../../lib/indexer/client";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { BLOCK, fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { fakeContent } from "../../../test/pageHarness";
import { DeliveryOpenError, openDelivery } from "../../orders/delivery";
import {
  buyer,
  completedOrder,
  DAY,
  orderDecimal,
  paidOrder,
  PLACED,
  seller,
  shippedOrder,
} from "../../orders/orderFixtures";
import { salesDraftKey } from "../drafts";
import type { SaleOrder } from "../hooks/useSales";
import { saleRow } from "../saleFixtures";
import SaleTools from "./SaleTools";

const sealText = vi.fn();
const uploadText = vi.fn();
vi.mock("../../../lib/content/useContentWriter", () => ({
  useContentWriter: () => ({ sealText, uploadText, uploadJson: vi.fn(), publish: vi.fn() }),
}));

const DELIVERY_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
const REPLY_CID = "bafkreiem4twkqzsq2aj4shbycd4yvoj2cx72vezicletlhi7dijjciqpui";

let chain: FakeChain;
let buyerKeys: X25519Keypair;
/** The reply's text once the index has read it (null: not yet). */
let indexedReply: string | null;
const indexer: IndexerClient = {
  request: async (document: { toString(): string }) => {
    if (/query Order\b/.test(document.toString())) {
      return {
        _meta: { block: { timestamp: PLACED } },
        marketplaces: [],
        order: {
          review: { reply: indexedReply === null ? null : { content: { valid: true, text: indexedReply } } },
        },
      } as never;
    }
    return { _meta: { block: { number: BLOCK } } } as never;
  },
};

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces(["sales", "orders"]);
  buyerKeys = deriveKeypairFromSignature(`0x${"5a".repeat(65)}`);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 2 * DAY) * 1000);
  resetChainClock();
  sealText.mockReset();
  uploadText.mockReset();
  indexedReply = null;
  chain = fakeChain({ from: seller as Hex });
  serveJsonRpc(chain);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  sessionStorage.clear();
});

function renderTools(order: SaleOrder, account: Hex = seller as Hex) {
  return renderWithWallet(<SaleTools order={order} />, { account, chain, indexer, content: fakeContent() });
}

const sent = (index = 0) => decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[index]! });
/** The order's terms as decoded from calldata (checksummed addresses). */
const onChain = (order: SaleOrder) => {
  const terms = orderTerms(order);
  return {
    ...terms,
    buyer: getAddress(terms.buyer),
    token: getAddress(terms.token),
    arbiter: getAddress(terms.arbiter),
  };
};
const type = (scope: HTMLElement, label: string, value: string) =>
  fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

/** A paid order for a digital good (no shipping address), the buyer's key published. */
function digitalSale(): SaleOrder {
  const base = paidOrder({ shippingCid: null });
  return saleRow(
    { ...base, metadata: { ...base.metadata!, kind: "digital" } },
    { buyerKey: buyerKeys.publicKeyBase64 },
  );
}

describe("<SaleTools>", () => {
  it("delivers a digital good sealed to the buyer's key for this order, sent with shipOrder", async () => {
    const envelopes: Envelope[] = [];
    sealText.mockImplementation(
      async (key: string, text: string, context: string, options: { onProgress?: (f: number) => void }) => {
        options.onProgress?.(1);
        envelopes.push(sealEnvelope(key, text, { context }));
        return DELIVERY_CID;
      },
    );
    const order = digitalSale();
    const { invalidate, cleanup } = await renderTools(order);
    const form = await screen.findByTestId("deliver-form");
    expect(screen.queryByTestId("ship-panel")).toBeNull();

    // Nothing to deliver yet: said once, for the whole form.
    fireEvent.click(within(form).getByRole("button", { name: "Deliver" }));
    expect((await screen.findByTestId("deliver-error-empty")).textContent).toBe(
      "Give the buyer at least a download link, a licence key or a note.",
    );
    type(form, "Download link (optional)", "https://files.example/cartographers.epub");
    type(form, "Licence key or code (optional)", "CART-2026-XYZ");
    type(form, "Note to the buyer (optional)", "Enjoy the maps.");
    const draftKey = salesDraftKey("deliver", 31337, order.orderId);
    await waitFor(() => expect(sessionStorage.getItem(draftKey)).toContain("CART-2026-XYZ"));
    fireEvent.click(within(form).getByRole("button", { name: "Deliver" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());

    expect(sent()).toEqual({
      functionName: "shipOrder",
      args: [BigInt(orderDecimal), onChain(order), cidToHex(DELIVERY_CID)],
    });
    expect(sealText).toHaveBeenCalledTimes(1);
    expect(sealText.mock.calls[0]![0]).toBe(buyerKeys.publicKeyBase64);
    // The buyer opens it with their own key, as their order page does.
    const bytes = utf8(JSON.stringify(envelopes[0]));
    expect(await openDelivery(bytes, buyerKeys.secretKey, order.orderId)).toEqual({
      schema: "agora/delivery@1",
      kind: "digital",
      message: "Licence key or code: CART-2026-XYZ\n\nEnjoy the maps.",
      links: ["https://files.example/cartographers.epub"],
    });
    // Bound to this order: the same envelope does not open as another order's delivery.
    await expect(openDelivery(bytes, buyerKeys.secretKey, String(BigInt(orderDecimal) + 1n))).rejects.toBeInstanceOf(
      DeliveryOpenError,
    );
    // Nor with another key.
    const stranger = deriveKeypairFromSignature(`0x${"6b".repeat(65)}`);
    await expect(openDelivery(bytes, stranger.secretKey, order.orderId)).rejects.toBeInstanceOf(DeliveryOpenError);

    expect(sessionStorage.getItem(draftKey)).toBeNull();
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
    ]);
    await cleanup();
  });

  it("marks a digital good delivered without details only once the seller confirms, when the buyer has no key", async () => {
    const base = digitalSale();
    const { cleanup } = await renderTools({ ...base, buyer: { id: buyer, profile: [] } });
    const panel = await screen.findByTestId("ship-no-key");
    const button = within(panel).getByRole("button", { name: "Mark as delivered without details" });
    expect(button.hasAttribute("disabled")).toBe(true);
    fireEvent.click(within(panel).getByRole("checkbox"));
    fireEvent.click(button);
    await waitFor(() => expect(chain.sent).toHaveLength(1));
    expect(sent().args?.[2]).toBe("0x");
    expect(sealText).not.toHaveBeenCalled();
    await cleanup();
  });

  it("refunds part of the escrow after checking the amount and asking; a revert keeps it, Retry sends it", async () => {
    const order = saleRow(shippedOrder());
    const { invalidate, cleanup } = await renderTools(order);
    // A shipped order: no ship form, a refund behind a button.
    expect(screen.queryByTestId("ship-panel")).toBeNull();
    fireEvent.click(await screen.findByTestId("refund-open"));
    const form = screen.getByTestId("refund-form");
    expect(form.textContent).toContain("20 USDC is in escrow.");

    type(form, "Amount to refund (USDC)", "25");
    fireEvent.click(within(form).getByRole("button", { name: "Continue" }));
    expect((await screen.findByTestId("refund-error")).textContent).toBe("At most 20 USDC: what is left in escrow.");
    type(form, "Amount to refund (USDC)", "0.0000001");
    fireEvent.click(within(form).getByRole("button", { name: "Continue" }));
    await waitFor(() => expect(screen.getByTestId("refund-error").textContent).toBe("At most 6 decimal places."));

    // "Full" fills in the whole escrow; the confirmation says the order ends.
    fireEvent.click(within(form).getByRole("button", { name: "Refund everything left in escrow: 20 USDC" }));
    await waitFor(() => expect(within(form).getByTestId<HTMLInputElement>("refund-amount").value).toBe("20"));
    fireEvent.click(within(form).getByRole("button", { name: "Continue" }));
    expect((await screen.findByTestId("refund-confirm")).textContent).toContain(
      "Refund all 20 USDC to the buyer? The order ends as refunded, and this cannot be undone.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Change the amount" }));
    type(form, "Amount to refund (USDC)", "5.5");
    fireEvent.click(within(form).getByRole("button", { name: "Continue" }));
    expect((await screen.findByTestId("refund-confirm")).textContent).toContain(
      "Refund 5.5 USDC to the buyer? 14.5 USDC stays in escrow and the order carries on.",
    );
    expect(chain.sent).toHaveLength(0);

    // The chain has less in escrow than the index said (a refund it has not read yet).
    chain.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "InvalidRefundAmount",
      args: [5_500_000n, 3_000_000n],
    });
    fireEvent.click(screen.getByTestId("refund-sure"));
    const alert = await screen.findByText(/at most the 3 USDC held in escrow/, undefined, { timeout: 5_000 });
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(within(form).getByTestId<HTMLInputElement>("refund-amount").value).toBe("5.5");
    expect(sessionStorage.getItem(salesDraftKey("refund", 31337, order.orderId))).toContain("5.5");

    chain.revertData = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(sent()).toEqual({
      functionName: "refundOrder",
      args: [BigInt(orderDecimal), onChain(order), 5_500_000n],
    });
    // Through on Retry: the draft is spent and the form closes.
    expect(sessionStorage.getItem(salesDraftKey("refund", 31337, order.orderId))).toBeNull();
    expect(screen.queryByTestId("refund-form")).toBeNull();
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
    ]);
    await cleanup();
  });

  it("offers ship and refund on a paid physical order", async () => {
    const { cleanup } = await renderTools(saleRow(paidOrder()));
    expect(await screen.findByTestId("ship-panel")).toBeTruthy();
    expect(screen.getByTestId("ship-form")).toBeTruthy();
    expect(screen.getByTestId("refund-open")).toBeTruthy();
    expect(screen.queryByTestId("reply-panel")).toBeNull();
    await cleanup();
  });

  it("replies to a review once: the text uploaded as a file, its CID sent, then read back from the index", async () => {
    uploadText.mockImplementation(async (_text: string, options: { onProgress?: (f: number) => void }) => {
      options.onProgress?.(1);
      setTimeout(() => (indexedReply = "Thank you!\nEnjoy the lamp."), 50);
      return REPLY_CID;
    });
    const order = saleRow(completedOrder({ status: "Reviewed" }));
    const { invalidate, cleanup } = await renderTools(order);
    expect(screen.queryByTestId("refund-open")).toBeNull();
    const form = await screen.findByTestId("reply-form");
    fireEvent.click(within(form).getByRole("button", { name: "Publish the reply" }));
    expect((await screen.findByTestId("reply-error")).textContent).toBe("Write a reply first.");

    type(form, "Your reply", "  Thank you!\r\nEnjoy the lamp. ");
    expect(within(form).getByText(/\/ 5,000$/).textContent).toMatch(/^\d+ \/ 5,000$/);
    fireEvent.click(within(form).getByRole("button", { name: "Publish the reply" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy(), { timeout: 5_000 });

    expect(uploadText).toHaveBeenCalledTimes(1);
    expect(uploadText.mock.calls[0]![0]).toBe("Thank you!\nEnjoy the lamp.");
    expect(sent()).toEqual({ functionName: "replyToReview", args: [BigInt(orderDecimal), cidToHex(REPLY_CID)] });
    expect(chain.sent).toHaveLength(1);
    // Waited for the index to read the text, then refreshed every page that shows the review.
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
      indexerKeys.listings(),
    ]);
    expect(within(form).getByLabelText<HTMLTextAreaElement>("Your reply").value).toBe("");
    expect(sessionStorage.getItem(salesDraftKey("reply", 31337, order.orderId))).toBeNull();
    await cleanup();
  });

  it("tells another account to connect the seller's wallet", async () => {
    const { cleanup } = await renderTools(saleRow(paidOrder()), buyer as Hex);
    expect(await screen.findByText("Connect the seller’s wallet to act on this order.")).toBeTruthy();
    expect(screen.queryByTestId("sale-tools")).toBeNull();
    await cleanup();
  });
});
