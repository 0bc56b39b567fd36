// The actions island end to end against a fake chain (wagmi's mock connector): which buttons show,
// what each sends (decoded from the transaction), the upload before a dispute, a revert shown with
// Retry while the form keeps its contents, and no second upload on retry.
import { abis } from "@agora/contracts";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData, encodeErrorResult, getAddress, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { initI18n } from "../../../lib/i18n/i18n";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { setAccountState } from "../../../lib/wallet/account";
import { fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { cidToHex as cidBytes, deriveKeypairFromSignature, utf8 } from "@agora/content";
import type { ContentReader } from "../../../lib/content/reader";
import { forgetEncryptionKeys } from "../../../lib/wallet/encryptionKey";
import { fakeContent } from "../../../test/pageHarness";
import { openSealedAttachment } from "../../arbitration/sharedThread";
import { sealMessageFile } from "../../messages/messageFile";
import { draftKey } from "../forms";
import { resetChainClock } from "../../../lib/chain/chainClock";
import type { OrderPage } from "../hooks/useOrder";
import {
  arbiter,
  buyer,
  DAY,
  disputedOrder,
  orderDecimal,
  orderHex,
  paidOrder,
  PLACED,
  seller,
  shippedOrder,
  windows,
} from "../orderFixtures";
import OrderActions from "./OrderActions";

const publish = vi.fn();
vi.mock("../../../lib/content/useContentWriter", () => ({
  useContentWriter: () => ({ publish, sealText: vi.fn(), uploadJson: vi.fn() }),
}));

const STATEMENT_CID = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
/** The buyer's wallet signature over the key message: its encryption key derives from it. */
const SIGNATURE = `0x${"11".repeat(32)}${"22".repeat(32)}1b` as Hex;
const buyerKeys = deriveKeypairFromSignature(SIGNATURE);
const arbiterKeys = deriveKeypairFromSignature(`0x${"33".repeat(32)}${"44".repeat(32)}1c`);

let chain: FakeChain;

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("orders");
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  resetChainClock();
  publish.mockReset();
  chain = fakeChain({ from: buyer, signature: SIGNATURE });
  serveJsonRpc(chain);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setAccountState({ status: "unknown" });
  sessionStorage.clear();
  forgetEncryptionKeys();
});

function renderActions(order: OrderPage, now: number, content: ContentReader = fakeContent()) {
  vi.setSystemTime(now * 1000);
  return renderWithWallet(
    <OrderActions
      order={order}
      windows={{
        confirmationWindow: Number(windows.confirmationWindow),
        rulingWindow: Number(windows.rulingWindow),
      }}
    />,
    { account: buyer, chain, content, announce: true },
  );
}

const sent = (index = 0) => decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[index]! });
/** The order's terms as decoded from calldata (checksummed addresses). */
const onChain = (order: OrderPage) => {
  const terms = orderTerms(order);
  return {
    ...terms,
    buyer: getAddress(terms.buyer),
    token: getAddress(terms.token),
    arbiter: getAddress(terms.arbiter),
  };
};

describe("<OrderActions>", () => {
  it("before the shipping deadline shows cancel disabled with when it opens; after it, cancels with the order's terms", async () => {
    const early = await renderActions(paidOrder(), PLACED + DAY);
    const cancel = await screen.findByTestId("action-cancel");
    expect(cancel.hasAttribute("disabled")).toBe(true);
    expect(screen.getByTestId("action-cancel-reason").textContent).toContain("The seller still has until");
    expect(screen.getByTestId("action-cancel-reason").textContent).toContain("2 d left");
    await early.cleanup();
    early.unmount();

    const { invalidate, cleanup } = await renderActions(paidOrder(), PLACED + 3 * DAY + 1);
    fireEvent.click(await screen.findByTestId("action-cancel"));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(sent()).toEqual({
      functionName: "cancelOrder",
      args: [BigInt(orderDecimal), onChain(paidOrder())],
    });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
    ]);
    await cleanup();
  });

  it("asks before confirming receipt, then confirms", async () => {
    const { cleanup } = await renderActions(shippedOrder(), PLACED + 2 * DAY);
    fireEvent.click(await screen.findByTestId("action-confirm"));
    expect(screen.getByText(/Pays the seller 20 USDC from escrow/)).toBeTruthy();
    expect(chain.sent).toHaveLength(0);
    fireEvent.click(screen.getByTestId("action-confirm-sure"));
    await waitFor(() => expect(chain.sent).toHaveLength(1));
    expect(sent().functionName).toBe("confirmReceipt");
    await cleanup();
  });

  it("opens a dispute: uploads the statement with its photo, then sends its CID; a revert keeps the form and Retry does not upload again", async () => {
    publish.mockResolvedValue(STATEMENT_CID);
    const { cleanup } = await renderActions(shippedOrder(), PLACED + 2 * DAY);
    fireEvent.click(await screen.findByTestId("action-dispute"));
    expect(screen.getByText(/The arbiter then has 14 d to rule/)).toBeTruthy();
    const form = screen.getByTestId("dispute-form");
    fireEvent.change(within(form).getByLabelText("What happened?"), {
      target: { value: "The shade arrived cracked." },
    });
    fireEvent.change(within(form).getByTestId("photo-input"), {
      target: { files: [new File([new Uint8Array([1])], "crack.png", { type: "image/png" })] },
    });

    chain.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "ConfirmationWindowClosed",
      args: [BigInt(orderDecimal), BigInt(PLACED + DAY)],
    });
    fireEvent.click(within(form).getByRole("button", { name: "Open the dispute" }));
    // (viem's transport retries the failed simulation a few times before giving up.)
    const alert = await screen.findByText(/The time to confirm or dispute ended on/, undefined, { timeout: 5_000 });
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(chain.sent).toHaveLength(0);
    expect(publish).toHaveBeenCalledTimes(1);
    const [kind, evidence, files] = publish.mock.calls[0]!;
    expect(kind).toBe("evidence");
    expect(evidence).toEqual({
      schema: "agora/evidence@1",
      orderId: orderDecimal,
      statement: "The shade arrived cracked.",
      attachments: [{ path: "photo-1.png", description: "Photo 1 from the buyer", sealed: false }],
    });
    expect(files).toEqual([{ path: "photo-1.png", content: new Uint8Array([1]) }]);
    // Nothing typed is lost.
    expect(within(form).getByLabelText<HTMLTextAreaElement>("What happened?").value).toBe("The shade arrived cracked.");
    expect(within(form).getAllByTestId("picked-photo")).toHaveLength(1);
    expect(sessionStorage.getItem(draftKey(31337, orderHex, "dispute"))).not.toBeNull();

    chain.revertData = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(publish).toHaveBeenCalledTimes(1);
    // Through on Retry: the draft is spent and the form closes.
    expect(sessionStorage.getItem(draftKey(31337, orderHex, "dispute"))).toBeNull();
    expect(screen.queryByTestId("dispute-form")).toBeNull();
    expect(sent()).toEqual({
      functionName: "openDispute",
      args: [BigInt(orderDecimal), onChain(shippedOrder()), cidBytes(STATEMENT_CID)],
    });
    await cleanup();
  });

  it("shares the order's messages with the arbiter: opened with the buyer's key, sealed to the arbiter's", async () => {
    publish.mockResolvedValue(STATEMENT_CID);
    const message = (sender: string, text: string, at: number) => ({
      sender,
      senderRole: sender === buyer ? ("Buyer" as const) : ("Seller" as const),
      messageCid: `bafkreimessage${at}`,
      timestamp: String(at),
      logOrder: String(at),
    });
    const messages = [
      message(buyer, "The shade is cracked, see photo.", PLACED + 2 * DAY),
      message(seller, "It left here intact.", PLACED + 2 * DAY + 60),
      // Sealed to other keys only: the buyer cannot open it, so it is counted, not shared.
      { ...message(seller, "", PLACED + 2 * DAY + 120), messageCid: "bafkreiforeign" },
    ];
    const files = new Map<string, Uint8Array>();
    for (const [index, text] of ["The shade is cracked, see photo.", "It left here intact."].entries()) {
      const file = await sealMessageFile({
        text,
        orderId: orderDecimal,
        readers: [buyerKeys.publicKeyBase64, index === 0 ? arbiterKeys.publicKeyBase64 : buyerKeys.publicKeyBase64],
      });
      files.set(messages[index]!.messageCid, utf8(JSON.stringify(file)));
    }
    files.set(
      "bafkreiforeign",
      utf8(
        JSON.stringify(
          await sealMessageFile({ text: "x", orderId: orderDecimal, readers: [arbiterKeys.publicKeyBase64] }),
        ),
      ),
    );
    const content = fakeContent({ bytes: vi.fn(async (address: string) => files.get(address)!) });
    const order = disputedOrder({
      messages,
      arbiter: {
        id: arbiter,
        account: { profile: [{ name: "Fair Arbitration", encryptionPublicKey: arbiterKeys.publicKeyBase64 }] },
      },
    });
    const { cleanup } = await renderActions(order, PLACED + 5 * DAY, content);
    fireEvent.click(await screen.findByTestId("action-evidence"));
    const form = screen.getByTestId("evidence-form");
    fireEvent.change(within(form).getByLabelText("What happened?"), { target: { value: "Our chat shows it." } });
    fireEvent.click(within(form).getByLabelText("Share our messages with the arbiter"));
    fireEvent.click(within(form).getByRole("button", { name: "Add to the dispute" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());

    // One signature unlocked the buyer's key; the statement went out with the sealed thread.
    expect(chain.signed).toHaveLength(1);
    const [, evidence, published] = publish.mock.calls[0]! as [
      string,
      { attachments: unknown[] },
      { path: string; content: Uint8Array }[],
    ];
    expect(evidence.attachments).toEqual([
      { path: "messages.sealed.json", description: "Messages of this order, shared by the buyer", sealed: true },
    ]);
    expect(published.map((file) => file.path)).toEqual(["messages.sealed.json"]);
    // Only the arbiter's key opens it, and it holds the thread as the buyer read it.
    await expect(openSealedAttachment(published[0]!.content, buyerKeys.secretKey, orderDecimal)).rejects.toThrow();
    const opened = await openSealedAttachment(published[0]!.content, arbiterKeys.secretKey, orderDecimal);
    expect(opened).toEqual({
      kind: "thread",
      thread: {
        schema: "agora/shared-messages@1",
        orderId: orderDecimal,
        sharedBy: buyer,
        messages: [
          { sender: buyer, role: "buyer", timestamp: PLACED + 2 * DAY, text: "The shade is cracked, see photo." },
          { sender: seller, role: "seller", timestamp: PLACED + 2 * DAY + 60, text: "It left here intact." },
        ],
        unreadable: 1,
      },
    });
    expect(sent().functionName).toBe("submitEvidence");
    await cleanup();
  });

  it("offers no sharing without messages, and says why it cannot when the arbiter published no key", async () => {
    const quiet = await renderActions(disputedOrder(), PLACED + 5 * DAY);
    fireEvent.click(await screen.findByTestId("action-evidence"));
    expect(screen.queryByTestId("share-messages")).toBeNull();
    await quiet.cleanup();
    quiet.unmount();

    const withMessages = disputedOrder({
      messages: [{ sender: buyer, senderRole: "Buyer", messageCid: "bafkreim", timestamp: "1", logOrder: "1" }],
    });
    const { cleanup } = await renderActions(withMessages, PLACED + 5 * DAY);
    fireEvent.click(await screen.findByTestId("action-evidence"));
    expect(screen.getByTestId<HTMLInputElement>("share-messages").disabled).toBe(true);
    expect(screen.getByText(/The arbiter has not published an encryption key/)).toBeTruthy();
    await cleanup();
  });

  it("shows nothing to a buyer with nothing to do", async () => {
    const { container, cleanup } = await renderActions(paidOrder({ status: "Refunded" }), PLACED + 9 * DAY);
    expect(container.querySelector("[data-testid=order-actions]")).toBeNull();
    await cleanup();
  });
});
