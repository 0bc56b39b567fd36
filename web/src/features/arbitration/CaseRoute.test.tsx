import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Evidence } from "@agora/content";
import { resetChainClock } from "../../lib/chain/chainClock";
import { setAccountState } from "../../lib/wallet/account";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { buyer, DAY, orderDecimal, orderHex, PLACED } from "../orders/orderFixtures";
import CaseRoute from "./CaseRoute";
import { arbiter, arbiterRecord, arbitrationAnswer, openCase, RULING_DEADLINE, ruledCase } from "./arbitrationFixtures";
import type { ArbiterCase } from "./hooks/useArbitration";

const as = (address: string) =>
  setAccountState({ status: "connected", address: address as `0x${string}`, chainId: 31337 });
const renderCase = (
  cases: ArbiterCase[],
  {
    path = `/arbitration/${orderHex}`,
    content = fakeContent(),
  }: { path?: string; content?: ReturnType<typeof fakeContent> } = {},
) => {
  const indexer = fakeIndexer(() => arbitrationAnswer(arbiterRecord(), cases));
  return {
    ...indexer,
    view: renderPage(<CaseRoute />, { path, route: "/arbitration/:orderId", client: indexer.client, content }),
  };
};

const documents: Record<string, Evidence> = {
  bafyreason: {
    schema: "agora/evidence@1",
    orderId: orderDecimal,
    statement: "The shade arrived cracked along the base.",
    attachments: [
      { path: "photo-1.jpg", description: "Photo 1 from the buyer", sealed: false },
      { path: "messages.sealed.json", description: "Messages of this order, shared by the buyer", sealed: true },
    ],
  },
  bafyanswer: {
    schema: "agora/evidence@1",
    orderId: orderDecimal,
    statement: "It left here intact, packed in foam.",
    attachments: [],
  },
};
const evidenceReader = () =>
  fakeContent({
    document: vi.fn(async (_kind: string, cid: string) =>
      documents[cid]
        ? { ok: true as const, document: documents[cid], files: documents[cid].attachments.map((a) => a.path) }
        : { ok: false as const, issues: ["statement: Required"] },
    ) as unknown as ReturnType<typeof fakeContent>["document"],
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime((PLACED + 5 * DAY) * 1000);
  resetChainClock();
});
afterEach(() => {
  setAccountState({ status: "unknown" });
  vi.useRealTimers();
  resetChainClock();
});

describe("a dispute's page", () => {
  it("shows the order, both statements verified from IPFS with their photos, the deadline and the timeline", async () => {
    as(arbiter);
    const { request } = renderCase([openCase()], { content: evidenceReader() });
    expect((await screen.findByTestId("case-title")).textContent).toBe("Walnut desk lamp");
    expect(request.mock.calls[0]![1]).toEqual({ arbiter, where: { arbiter, id: orderHex }, first: 1 });
    await waitFor(() => expect(document.title).toBe("Dispute on order #12-3 · Agora"));
    expect(screen.getByTestId("case-status").textContent).toBe("Waiting for your ruling");

    // The deadline: opened 3 days after purchase, 14 days to rule, now 5 days after purchase.
    const deadline = screen.getByTestId("case-deadline");
    expect(within(deadline).getByTestId("case-countdown").textContent).toBe("12 d left");
    expect(deadline.textContent).toContain("If you do not, the buyer can reclaim the whole escrow.");

    const fact = (key: string) => screen.getByTestId(`case-${key}`).querySelector("dd")!.textContent;
    expect(fact("amount")).toBe("20 USDC");
    expect(fact("escrow")).toBe("20 USDC");
    expect(fact("buyer")).toContain("0xf39f…2266");
    expect(fact("seller")).toContain("Lin's Workshop");
    expect(fact("fees")).toBe("Your fee 1.00% of the escrow · platform fee 2.50% of the seller's share");

    // The file: the buyer's statement then the seller's evidence, each read and verified.
    const entries = screen.getAllByTestId("file-entry");
    expect(entries.map((entry) => entry.getAttribute("data-role"))).toEqual(["Buyer", "Seller"]);
    expect(entries[0]!.textContent).toContain("Dispute opened by the buyer");
    expect((await within(entries[0]!).findByTestId("file-statement")).textContent).toBe(
      "The shade arrived cracked along the base.",
    );
    expect((await within(entries[1]!).findByTestId("file-statement")).textContent).toBe(
      "It left here intact, packed in foam.",
    );
    expect(entries[1]!.textContent).toContain("Evidence from the seller");
    const photo = await within(entries[0]!).findByTestId("ipfs-image");
    expect(photo.getAttribute("data-address")).toBe("bafyreason/photo-1.jpg");
    expect(photo.getAttribute("alt")).toBe("Photo 1 from the buyer");
    expect(await within(entries[0]!).findByTestId("photo-verified")).toBeTruthy();
    // The sealed thread waits for the wallet (its key opens it).
    expect(within(entries[0]!).getByRole("button", { name: "Open with your key" }).hasAttribute("disabled")).toBe(true);

    // The ruling form is a wallet island; the timeline is the order's.
    expect(screen.getByText("Loading the ruling form…")).toBeTruthy();
    const timeline = within(screen.getByTestId("case-timeline"));
    expect(timeline.getAllByTestId("timeline-entry").map((entry) => entry.querySelector("p")!.textContent)).toEqual([
      "Coupon applied: 5 USDC off",
      "Order placed: 20 USDC paid into escrow",
      "Shipped",
      "Dispute opened",
      "Evidence added",
    ]);
    expect(screen.getByRole("link", { name: "Open the order page" }).getAttribute("href")).toBe(`/orders/${orderHex}`);
  });

  it("says a document is unreadable or missing rather than showing nothing", async () => {
    as(arbiter);
    const dispute = openCase({ reasonCid: null }, {});
    const withBadEvidence = { ...dispute, evidence: [{ ...dispute.evidence[0]!, evidenceCid: "bafybroken" }] };
    renderCase([withBadEvidence], { content: evidenceReader() });
    const entries = await screen.findAllByTestId("file-entry");
    expect(entries[0]!.textContent).toContain("No readable document was attached");
    expect(await within(entries[1]!).findByText("This is not a valid evidence document.")).toBeTruthy();
  });

  it("offers no ruling once the window has closed", async () => {
    vi.setSystemTime((RULING_DEADLINE + 1) * 1000);
    as(arbiter);
    renderCase([openCase()]);
    expect((await screen.findByTestId("ruling-closed")).textContent).toContain("no longer accepts a ruling");
    expect(screen.getByTestId("case-deadline").textContent).toContain("The ruling window closed on");
    expect(screen.queryByText("Loading the ruling form…")).toBeNull();
  });

  it("shows a ruled dispute's amounts and its reason read back from IPFS", async () => {
    as(arbiter);
    const reason = { schema: "agora/ruling@1", orderId: orderDecimal, buyerShareBps: 7000, reason: "The crack shows." };
    const content = fakeContent({
      bytes: vi.fn(async (address: string) => {
        if (address !== "bafkreiruling") throw new Error("unknown");
        return new TextEncoder().encode(JSON.stringify(reason));
      }),
    });
    renderCase([ruledCase()], { content });
    const result = await screen.findByTestId("ruling-result");
    expect(screen.getByTestId("case-status").textContent).toBe("Ruled");
    expect(result.textContent).toContain("70.00% to the buyer");
    expect(within(result).getByTestId("result-buyer").textContent).toBe("13.86 USDC");
    expect(within(result).getByTestId("result-seller").textContent).toBe("5.7915 USDC");
    expect(within(result).getByTestId("result-arbiter-fee").textContent).toBe("0.2 USDC");
    expect(within(result).getByTestId("result-platform-fee").textContent).toBe("0.1485 USDC");
    expect((await within(result).findByTestId("ruling-reason")).textContent).toBe("The crack shows.");
    expect(screen.queryByTestId("case-deadline")).toBeNull();
    expect(screen.queryByText("Loading the ruling form…")).toBeNull();
  });

  it("says so when the dispute is not this arbiter's, or the id is not an order's", async () => {
    as(arbiter);
    renderCase([]);
    expect((await screen.findByTestId("case-not-found")).textContent).toContain(
      "There is no dispute on order #12-3 assigned to this account",
    );
  });

  it("refuses an id that is not an order's without reading the index", async () => {
    as(arbiter);
    const { request } = renderCase([], { path: "/arbitration/not-an-order" });
    expect((await screen.findByTestId("case-invalid")).textContent).toContain("“not-an-order” is not an order number.");
    expect(request).not.toHaveBeenCalled();
  });

  it("tells an account that is not an arbiter what one is", async () => {
    as(buyer);
    const indexer = fakeIndexer(() => arbitrationAnswer(null, []));
    renderPage(<CaseRoute />, {
      path: `/arbitration/${orderHex}`,
      route: "/arbitration/:orderId",
      client: indexer.client,
    });
    expect(await screen.findByTestId("arbitration-not-arbiter")).toBeTruthy();
  });
});
