// The ruling island against a fake chain (wagmi's mock connector): the reason is published first,
// then `resolveDispute` goes out with the order's terms, the share and the reason's CID as bytes; a
// revert shows the contract's reason with Retry, which does not publish again.
import { abis } from "@agora/contracts";
import { cidToHex } from "@agora/content";
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData, encodeErrorResult, getAddress, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../../lib/chain/chainClock";
import { orderTerms } from "../../../lib/chain/orderTerms";
import { initI18n } from "../../../lib/i18n/i18n";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { DAY, orderDecimal, PLACED } from "../../orders/orderFixtures";
import { arbiter, openCase } from "../arbitrationFixtures";
import { rulingDraftKey } from "../ruling";
import RulingPanel from "./RulingPanel";

const uploadJson = vi.fn();
vi.mock("../../../lib/content/useContentWriter", () => ({
  useContentWriter: () => ({ publish: vi.fn(), sealText: vi.fn(), uploadJson, uploadText: vi.fn() }),
}));

const RULING_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
const REASON = "The unboxing photo shows the crack; the seller's packing photo does not.";
let chain: FakeChain;

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces(["arbitration", "orders"]);
});
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 5 * DAY) * 1000);
  resetChainClock();
  uploadJson.mockReset();
  uploadJson.mockResolvedValue(RULING_CID);
  chain = fakeChain({ from: arbiter as Hex });
  serveJsonRpc(chain);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  sessionStorage.clear();
});

function renderPanel() {
  return renderWithWallet(<RulingPanel dispute={openCase()} />, { account: arbiter as Hex, chain });
}

describe("<RulingPanel>", () => {
  it("publishes the reason, then rules with the order's terms; a revert keeps the form and Retry does not publish again", async () => {
    const { invalidate, cleanup } = await renderPanel();
    fireEvent.change(screen.getByTestId("ruling-percent"), { target: { value: "70" } });
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: REASON } });
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));

    chain.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "RulingWindowClosed",
      args: [BigInt(orderDecimal), BigInt(PLACED + 17 * DAY)],
    });
    fireEvent.click(screen.getByTestId("ruling-send"));
    // (viem's transport retries the failed simulation a few times before giving up.)
    const alert = await screen.findByText(/The time for a ruling ended on/, undefined, { timeout: 5_000 });
    expect(alert.closest("[role=alert]")).not.toBeNull();
    expect(chain.sent).toHaveLength(0);
    expect(uploadJson).toHaveBeenCalledTimes(1);
    expect(uploadJson.mock.calls[0]![0]).toEqual({
      schema: "agora/ruling@1",
      orderId: orderDecimal,
      buyerShareBps: 7_000,
      reason: REASON,
    });
    expect(screen.getByLabelText<HTMLTextAreaElement>("Reason").value).toBe(REASON);
    expect(sessionStorage.getItem(rulingDraftKey(31337, orderDecimal))).not.toBeNull();

    chain.revertData = undefined;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(uploadJson).toHaveBeenCalledTimes(1);
    const terms = orderTerms(openCase().order);
    expect(decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[0]! })).toEqual({
      functionName: "resolveDispute",
      args: [
        BigInt(orderDecimal),
        {
          ...terms,
          buyer: getAddress(terms.buyer),
          token: getAddress(terms.token),
          arbiter: getAddress(terms.arbiter),
        },
        7_000,
        cidToHex(RULING_CID),
      ],
    });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      indexerKeys.orders(),
      indexerKeys.accounts(),
    ]);
    // Through on Retry: the draft is spent.
    expect(sessionStorage.getItem(rulingDraftKey(31337, orderDecimal))).toBeNull();
    await cleanup();
  });
});
