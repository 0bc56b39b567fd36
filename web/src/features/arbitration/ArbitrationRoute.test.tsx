import { screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import { IndexerError } from "../../lib/indexer/client";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { DAY, orderHex, PLACED, stranger } from "../orders/orderFixtures";
import ArbitrationRoute from "./ArbitrationRoute";
import { arbiter, arbiterRecord, arbitrationAnswer, openCase, RULING_DEADLINE, ruledCase } from "./arbitrationFixtures";
import { CASES_PAGE_SIZE } from "./hooks/useArbitration";

const as = (address: string) =>
  setAccountState({ status: "connected", address: address as `0x${string}`, chainId: 31337 });
const renderList = (
  client: Parameters<typeof renderPage>[1]["client"],
  path = "/arbitration",
  language?: "en" | "zh",
) => renderPage(<ArbitrationRoute />, { path, route: "/arbitration", client, language });

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

describe("arbitration page", () => {
  it("asks for a wallet when none is connected, and reads nothing", async () => {
    setAccountState({ status: "disconnected" });
    const { client, request } = fakeIndexer(() => arbitrationAnswer(null, []));
    await renderList(client);
    expect((await screen.findByTestId("arbitration-connect")).textContent).toContain(
      "Connect the wallet of an arbiter to hear the disputes assigned to it.",
    );
    expect(request).not.toHaveBeenCalled();
  });

  it("explains what an arbiter is to an account that is not one", async () => {
    as(stranger);
    const { client, request } = fakeIndexer(() => arbitrationAnswer(null, []));
    await renderList(client);
    const state = await screen.findByTestId("arbitration-not-arbiter");
    expect(within(state).getByRole("heading").textContent).toBe("This account is not an arbiter");
    expect(state.textContent).toContain("Arbiters are approved by the marketplace's owner");
    expect(state.textContent).toContain(`Connected account: ${stranger}`);
    expect(request.mock.calls[0]![1]).toMatchObject({
      arbiter: stranger,
      where: { arbiter: stranger, status: "Open" },
    });
    expect(screen.queryByTestId("arbitration-tabs")).toBeNull();
  });

  it("says when nothing waits for a ruling, with the arbiter's record", async () => {
    as(arbiter);
    const { client } = fakeIndexer(() => arbitrationAnswer(arbiterRecord({ disputeCount: 2 }), []));
    await renderList(client);
    expect((await screen.findByTestId("arbitration-empty")).textContent).toBe(
      "No open disputes: nothing waits for your ruling.",
    );
    const summary = screen.getByTestId("arbiter-summary");
    expect(summary.textContent).toContain("Fee on new orders: 1.00%");
    expect(summary.textContent).toContain("0 open · 1 ruled · 1 expired");
    expect(screen.queryByTestId("arbiter-no-key")).toBeNull();
    expect(screen.queryByTestId("arbiter-removed")).toBeNull();
    expect(screen.getByTestId("arbitration-tab-open").getAttribute("aria-current")).toBe("page");
    expect(screen.getByTestId("arbitration-tab-closed").getAttribute("href")).toBe("/arbitration?view=closed");
  });

  it("lists the open disputes soonest deadline first, each with its item, escrow, parties and countdown", async () => {
    as(arbiter);
    const later = openCase(
      { id: "0xb2", rulingDeadline: String(RULING_DEADLINE + DAY) },
      { id: `0x${"0".repeat(62)}b2` },
    );
    const { client, request } = fakeIndexer(() => arbitrationAnswer(arbiterRecord(), [openCase(), later]));
    await renderList(client);
    const cards = await screen.findAllByTestId("case-card");
    expect(cards).toHaveLength(2);
    expect(request.mock.calls[0]![1]).toEqual({
      arbiter,
      where: { arbiter, status: "Open" },
      orderBy: "rulingDeadline",
      orderDirection: "asc",
      first: CASES_PAGE_SIZE + 1,
      skip: 0,
    });
    const first = cards[0]!;
    expect(within(first).getByTestId("case-card-title").textContent).toBe("Walnut desk lamp");
    expect(first.textContent).toContain("Order #12-3");
    expect(first.textContent).toContain("20 USDC in escrow");
    expect(first.textContent).toContain(`Buyer ${"0xf39f…2266"} · Seller Lin's Workshop`);
    expect(first.textContent).toContain("2 statements");
    // Opened 3 days after purchase, 14 days to rule; now is 5 days after purchase.
    expect(within(first).getByTestId("case-countdown").textContent).toBe("12 d left");
    expect(within(first).getByRole("link").getAttribute("href")).toBe(`/arbitration/${orderHex}`);
    await waitFor(() => expect(document.title).toBe("Arbitration · Agora"));
  });

  it("says when a dispute's ruling window has closed", async () => {
    vi.setSystemTime((RULING_DEADLINE + 60) * 1000);
    as(arbiter);
    const { client } = fakeIndexer(() => arbitrationAnswer(arbiterRecord(), [openCase()]));
    await renderList(client);
    expect((await screen.findByTestId("case-card")).textContent).toContain(
      "The ruling window closed: the buyer can reclaim the escrow.",
    );
  });

  it("shows ruled and expired disputes newest first in their own tab", async () => {
    as(arbiter);
    const expired = openCase(
      { id: "0xc3", status: "Expired", expiredRefund: "20000000", closedAt: String(PLACED + 20 * DAY) },
      { id: `0x${"0".repeat(62)}c3`, status: "Refunded", outcome: "DisputeExpired", escrow: "0" },
    );
    const { client, request } = fakeIndexer(() => arbitrationAnswer(arbiterRecord(), [ruledCase(), expired]));
    await renderList(client, "/arbitration?view=closed");
    const cards = await screen.findAllByTestId("case-card");
    expect(request.mock.calls[0]![1]).toMatchObject({
      where: { arbiter, status_in: ["Ruled", "Expired"] },
      orderBy: "closedAt",
      orderDirection: "desc",
    });
    expect(screen.getByTestId("arbitration-tab-closed").getAttribute("aria-current")).toBe("page");
    expect(cards[0]!.textContent).toContain("Ruled: 70.00% to the buyer");
    expect(cards[0]!.textContent).toContain("20 USDC paid");
    expect(cards[1]!.textContent).toContain("Expired: 20 USDC reclaimed by the buyer");
  });

  it("warns a removed arbiter and one without a published key", async () => {
    as(arbiter);
    const record = arbiterRecord({ approved: false, account: { profile: [] } });
    const { client } = fakeIndexer(() => arbitrationAnswer(record, [openCase()]));
    await renderList(client);
    expect((await screen.findByTestId("arbiter-removed")).textContent).toContain("can no longer rule");
    const noKey = screen.getByTestId("arbiter-no-key");
    expect(noKey.textContent).toContain("the parties cannot share their private messages with you");
    expect(within(noKey).getByRole("link").getAttribute("href")).toBe("/sell/profile");
  });

  it("pages through many disputes", async () => {
    as(arbiter);
    const cases = Array.from({ length: CASES_PAGE_SIZE + 1 }, (_, index) =>
      openCase({ id: `0x${index}` }, { id: `0x${index.toString(16).padStart(64, "0")}` }),
    );
    const { client, request } = fakeIndexer(() => arbitrationAnswer(arbiterRecord(), cases));
    await renderList(client, "/arbitration?page=2");
    expect(await screen.findAllByTestId("case-card")).toHaveLength(CASES_PAGE_SIZE);
    expect(request.mock.calls[0]![1]).toMatchObject({ skip: CASES_PAGE_SIZE });
    expect(screen.getByRole("link", { name: "Next →" }).getAttribute("href")).toBe("/arbitration?page=3");
  });

  it("says what failed when the index cannot answer, in Chinese too", async () => {
    as(arbiter);
    const { client } = fakeIndexer(() => {
      throw new IndexerError("unreachable", "down");
    });
    await renderList(client, "/arbitration", "zh");
    expect(await screen.findByTestId("arbitration-error")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("仲裁");
  });
});
