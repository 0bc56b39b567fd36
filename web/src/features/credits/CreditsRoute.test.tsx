import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { CreditsQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { eth, usdc } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { withdrawSchema } from "./withdrawSchema";
import CreditsRoute from "./CreditsRoute";
import { creditsView } from "./hooks/useCredits";

const me = "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC";
const elsewhere = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
const empty: CreditsQuery = { balances: [], credits: [], withdrawals: [] };

afterEach(() => setAccountState({ status: "unknown" }));
const connect = () => setAccountState({ status: "connected", address: me, chainId: 31337 });

describe("credits page", () => {
  it("shows each token's balance with a Withdraw button, and the history newest first", async () => {
    connect();
    const { client, request } = fakeIndexer((operation) => {
      if (operation !== "Credits") throw new Error(`unexpected ${operation}`);
      return {
        balances: [{ id: `${me.toLowerCase()}${eth.id.slice(2)}`, creditBalance: "1500000000000000000", token: eth }],
        credits: [
          { id: "0x02", amount: "1500000000000000000", timestamp: "1700000200", token: eth },
          { id: "0x01", amount: "4000000", timestamp: "1700000000", token: usdc },
        ],
        withdrawals: [{ id: "0x03", amount: "4000000", to: elsewhere, timestamp: "1700000100", token: usdc }],
      } satisfies CreditsQuery;
    });
    await renderPage(<CreditsRoute />, { path: "/credits", client });

    const rows = await screen.findAllByTestId("credit-balance");
    // ETH has money to take; USDC was withdrawn in full: it shows 0, with no button.
    expect(rows.map((row) => within(row).getByTestId("credit-amount").textContent)).toEqual(["1.5 ETH", "0 USDC"]);
    expect(within(rows[0]!).getByRole("button", { name: "Withdraw 1.5 ETH" })).toBeTruthy();
    expect(within(rows[1]!).queryByRole("button")).toBeNull();
    expect(rows[1]!.textContent).toContain("Withdrawn: nothing left to take.");

    const history = within(screen.getByTestId("credit-history")).getAllByRole("listitem");
    expect(history.map((item) => item.dataset.kind)).toEqual(["credit", "withdrawal", "credit"]);
    expect(history[1]!.textContent).toContain("Withdrawn to 0x90f7…b906");
    expect(history[1]!.textContent).toContain("−4 USDC");
    expect(request.mock.calls[0]![1]).toEqual({ account: me.toLowerCase() });
  });

  it("explains credits when there are none", async () => {
    connect();
    const { client } = fakeIndexer(() => empty);
    await renderPage(<CreditsRoute />, { path: "/credits", client });
    const state = await screen.findByTestId("credits-empty");
    expect(state.textContent).toContain("You have no credits.");
    expect(state.textContent).toContain("only if a payout to you fails");
  });

  it("asks to connect without querying, and shows loading while the wallet reconnects", async () => {
    const { client, request } = fakeIndexer(() => empty);
    await renderPage(<CreditsRoute />, { path: "/credits", client });
    expect(screen.getByTestId("credits-loading")).toBeTruthy();
    setAccountState({ status: "disconnected" });
    expect(await screen.findByTestId("credits-connect")).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it("says when the index fails, in Chinese too", async () => {
    connect();
    const { client } = fakeIndexer(() => {
      throw new Error("down");
    });
    await renderPage(<CreditsRoute />, { path: "/credits", client, language: "zh" });
    expect(await screen.findByTestId("credits-error")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("待提取款项");
  });
});

describe("credits view and withdraw form", () => {
  it("lists tokens with money first, and tokens known only from history at zero", () => {
    const view = creditsView({
      balances: [{ id: "a", creditBalance: "5", token: usdc }],
      credits: [{ id: "0x01", amount: "7", timestamp: "10", token: eth }],
      withdrawals: [],
    });
    expect(view.balances.map(({ token, balance }) => [token.symbol, balance])).toEqual([
      ["USDC", 5n],
      ["ETH", 0n],
    ]);
  });

  it("withdraws to the account unless another valid, non-zero address is given", () => {
    expect(withdrawSchema.safeParse({ other: false, to: "" }).success).toBe(true);
    expect(withdrawSchema.safeParse({ other: true, to: elsewhere }).success).toBe(true);
    const issue = (to: string) => withdrawSchema.safeParse({ other: true, to }).error?.issues[0]?.message;
    expect(issue("0x1234")).toBe("invalidAddress");
    expect(issue("0x0000000000000000000000000000000000000000")).toBe("zeroAddress");
  });
});
