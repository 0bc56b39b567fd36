// The admin island against a fake chain (wagmi's mock connector): who sees what is decided by
// owner() and pendingOwner() read from the chain, and every change is reviewed (old → new) before
// the wallet is asked; invalid values never reach it.
import { abis } from "@agora/contracts";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import i18next from "i18next";
import {
  decodeFunctionData,
  encodeErrorResult,
  encodeFunctionResult,
  getAddress,
  zeroAddress,
  type Abi,
  type Address,
  type Hex,
} from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import type { AdminQuery } from "../../../lib/indexer/generated/graphql";
import type { IndexerClient } from "../../../lib/indexer/client";
import { BLOCK, fakeChain, type FakeChain } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { eth, usdc } from "../../../test/fixtures";
import AdminGate from "./AdminGate";

vi.mock("../../../lib/wallet/ConnectButton", () => ({
  default: () => <button type="button">RainbowKit connect</button>,
}));

const marketplace = "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e";
const owner = getAddress("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
const heir = getAddress("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
const stranger = getAddress("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc");
const treasury = getAddress("0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f");
const arbiter = getAddress("0xa0ee7a142d267c1f36714e4a8f75612f20a79720");
const dai = getAddress("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512");
const nothingThere = getAddress("0x9965507d1a55bcc2695c58ba16fb37d819b0a4dc");

/** What the contract answers now (tests change it, e.g. after a transfer is accepted). */
let onChain: {
  owner: Address;
  pendingOwner: Address;
  paused: boolean;
  platformFeeBps: number;
  accrued: Record<string, bigint>;
};
let base: FakeChain;

const marketplaceViews: Record<string, (...args: never[]) => unknown> = {
  owner: () => onChain.owner,
  pendingOwner: () => onChain.pendingOwner,
  paused: () => onChain.paused,
  platformFeeBps: () => onChain.platformFeeBps,
  treasury: () => treasury,
  MAX_PLATFORM_FEE_BPS: () => 500,
  MAX_ARBITER_FEE_BPS: () => 1000,
  accruedFees: (token: Address) => onChain.accrued[token.toLowerCase()] ?? 0n,
  tokenInfo: () => [0, false],
};
const daiViews: Record<string, () => unknown> = {
  symbol: () => "DAI",
  decimals: () => 18,
  name: () => "Dai Stablecoin",
};

function viewCall(abi: Abi, views: Record<string, (...args: never[]) => unknown>, data: Hex): Hex | undefined {
  const { functionName, args } = decodeFunctionData({ abi, data });
  const view = views[functionName];
  if (!view) return undefined;
  return encodeFunctionResult({ abi, functionName, result: view(...((args ?? []) as never[])) } as never);
}

/** The fake chain, answering the marketplace's and the DAI contract's views; writes go to `base`. */
async function request(args: { method: string; params?: unknown }): Promise<unknown> {
  if (args.method === "eth_getCode") {
    const [address] = args.params as [string];
    return address.toLowerCase() === dai.toLowerCase() || address.toLowerCase() === marketplace ? "0x6080" : "0x";
  }
  if (args.method === "eth_call") {
    const [{ to, data }] = args.params as [{ to: string; data: Hex }];
    const answer =
      to.toLowerCase() === marketplace
        ? viewCall(abis.Marketplace, marketplaceViews, data)
        : to.toLowerCase() === dai.toLowerCase()
          ? viewCall(abis.IERC20Metadata, daiViews, data)
          : undefined;
    if (answer) return answer;
    if (to.toLowerCase() !== marketplace) throw Object.assign(new Error("execution reverted"), { code: 3, data: "0x" });
  }
  return base.request(args);
}

const adminIndex: AdminQuery = {
  marketplace: {
    owner: owner.toLowerCase(),
    pendingOwner: null,
    treasury: treasury.toLowerCase(),
    platformFeeBps: 250,
    confirmationWindow: "604800",
    rulingWindow: "604800",
    paused: false,
    listingCount: 12,
    orderCount: 30,
    disputeCount: 2,
  },
  paymentTokens: [
    {
      ...eth,
      name: "Ether",
      tokenId: 0,
      allowed: true,
      volume: "2000000000000000000",
      escrow: "500000000000000000",
      platformFees: "0",
      feesSwept: "0",
    },
    {
      ...usdc,
      name: "USD Coin",
      tokenId: 1,
      allowed: true,
      volume: "90000000",
      escrow: "12500000",
      platformFees: "1500000",
      feesSwept: "0",
    },
  ],
  arbiters: [
    {
      id: arbiter.toLowerCase(),
      account: { profile: [{ name: "Fair Hearing" }] },
      arbiterId: 1,
      feeBps: 100,
      approved: true,
      disputeCount: 3,
      rulingCount: 2,
      expiredCount: 0,
    },
  ],
};

const indexer: IndexerClient = {
  request: async (document: { toString(): string }) =>
    (/query Admin/.test(document.toString()) ? adminIndex : { _meta: { block: { number: BLOCK } } }) as never,
};

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("admin");
});
beforeEach(() => {
  onChain = {
    owner,
    pendingOwner: zeroAddress,
    paused: false,
    platformFeeBps: 250,
    accrued: { [usdc.id]: 1_500_000n, [eth.id]: 0n },
  };
  base = fakeChain({ from: owner });
  // The mock connector sends the wallet's own requests over HTTP to the chain's RPC URL.
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: number; method: string; params: unknown };
      return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: await request(body) }));
    }),
  );
});
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  vi.unstubAllGlobals();
});

/** The island as `account` sees it (undefined: no wallet connected). */
async function renderGate(account: Address | undefined) {
  const { cleanup, ...view } = await renderWithWallet(<AdminGate />, {
    account: account ?? owner,
    chain: { request },
    indexer,
    connect: Boolean(account),
  });
  if (account) cleanups.push(cleanup);
  return view;
}

/** Waits until `within` shows an alert saying `text` (an earlier alert may still be there at first). */
const expectAlert = (container: HTMLElement, text: string) =>
  waitFor(() => expect(within(container).getByRole("alert").textContent).toContain(text), { timeout: 4000 });

/** The calls the wallet was asked to send, decoded. */
const sentCalls = () =>
  base.sent.map((data) => {
    const { functionName, args } = decodeFunctionData({ abi: abis.Marketplace, data });
    return { functionName, args: args ?? [] };
  });

/** Each review row as seen: "label: old → new" (screen-reader-only words left out). */
const reviewRows = () =>
  screen.getAllByTestId("admin-review-row").map((row) => {
    const seen = row.cloneNode(true) as HTMLElement;
    seen.querySelectorAll(".visually-hidden").forEach((hidden) => hidden.remove());
    const [label, value] = [seen.querySelector("dt"), seen.querySelector("dd")].map((part) =>
      part!.textContent!.replace(/\s+/g, " ").trim(),
    );
    return `${label}: ${value}`;
  });

describe("who sees the admin page", () => {
  it("shows the owner the console, with the state read from the chain", async () => {
    await renderGate(owner);
    expect(await screen.findByTestId("admin-console")).toBeTruthy();
    expect(screen.getByTestId("admin-pause-state").textContent).toBe("Open");
    expect(screen.getByTestId("admin-platform-fee-current").textContent).toBe("2.50% (250 bps)");
    expect(screen.getByTestId("admin-treasury-current").textContent).toBe(treasury);
    expect(screen.getByTestId("admin-pending-owner").textContent).toBe("none");
    expect((await screen.findByTestId("admin-figures")).textContent).toBe("Listings: 12 · Orders: 30 · Disputes: 2");
    const tokens = await screen.findAllByTestId("admin-token");
    expect(tokens.map((token) => token.dataset.token)).toEqual([eth.id, usdc.id]);
    await waitFor(() => expect(within(tokens[1]!).getByTestId("admin-token-accrued").textContent).toBe("1.5 USDC"));
    expect(tokens[1]!.textContent).toContain("12.5 USDC"); // in escrow
    expect(within(tokens[0]!).queryByRole("button")).toBeNull(); // native ETH stays
    const sweep = screen.getAllByTestId("admin-sweep-token");
    expect(sweep.map((item) => item.textContent)).toEqual(["Accrued: 1.5 USDCSweep to the treasury"]);
    const [row] = screen.getAllByTestId("admin-arbiter");
    expect(row!.textContent).toContain("Fair Hearing");
    expect(row!.textContent).toContain("1.00% (100 bps)");
    expect(screen.queryByTestId("admin-refusal")).toBeNull();
  });

  it("refuses anyone else, naming the owner, with nothing to change", async () => {
    await renderGate(stranger);
    const refusal = await screen.findByTestId("admin-refusal");
    expect(within(refusal).getByRole("heading").textContent).toBe("This page is for the marketplace's owner");
    expect(within(refusal).getByTestId("admin-owner").textContent).toBe(owner);
    expect(refusal.textContent).toContain(stranger);
    expect(screen.queryByTestId("admin-console")).toBeNull();
    expect(screen.queryByTestId("admin-accept")).toBeNull();
    expect(screen.queryAllByRole("button")).toHaveLength(0);
  });

  it("asks to connect when no wallet is connected", async () => {
    await renderGate(undefined);
    const prompt = await screen.findByTestId("admin-connect");
    expect(prompt.textContent).toContain("Connect the owner's wallet");
    expect(within(prompt).getByRole("button", { name: "RainbowKit connect" })).toBeTruthy();
    expect(screen.queryByTestId("admin-console")).toBeNull();
  });

  it("lets the pending owner accept, then shows them the console", async () => {
    onChain.pendingOwner = heir;
    base = fakeChain({ from: heir });
    await renderGate(heir);
    const accept = await screen.findByTestId("admin-accept");
    expect(screen.getByTestId("admin-refusal")).toBeTruthy();
    expect(accept.textContent).toContain(`The owner, ${owner}, has started transferring`);
    fireEvent.click(within(accept).getByRole("button", { name: "Accept ownership" }));
    expect(reviewRows()).toEqual([`Owner: ${owner} → ${heir}`]);
    expect(base.sent).toHaveLength(0);
    // Mined: the chain now names the heir, and the page follows it.
    const mined = new Promise<void>((resolve) => {
      const send = base.request;
      base.request = async (args) => {
        const result = await send(args);
        if (args.method === "eth_sendTransaction") {
          onChain = { ...onChain, owner: heir, pendingOwner: zeroAddress };
          resolve();
        }
        return result;
      };
    });
    fireEvent.click(screen.getByRole("button", { name: "Accept and become owner" }));
    await mined;
    expect(sentCalls()).toEqual([{ functionName: "acceptOwnership", args: [] }]);
    expect(await screen.findByTestId("admin-console")).toBeTruthy();
    expect(screen.queryByTestId("admin-refusal")).toBeNull();
  });
});

describe("changes, reviewed before they are sent", () => {
  it("refuses a platform fee above the contract's cap, naming it; sends a valid one after review", async () => {
    await renderGate(owner);
    const section = await screen.findByTestId("admin-platform-fee");
    const input = within(section).getByRole("textbox", { name: "New fee, in basis points" });
    fireEvent.change(input, { target: { value: "600" } });
    expect(within(section).getByTestId("admin-bps-percent").textContent).toBe("= 6.00%");
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    await expectAlert(section, "The fee can be at most 5.00% (500 bps).");
    expect(input.getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(input, { target: { value: "250" } });
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    await expectAlert(section, "The platform fee is already 2.50% (250 bps).");

    fireEvent.change(input, { target: { value: "300" } });
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    const review = await within(section).findByTestId("admin-review");
    expect(within(review).getByRole("heading").textContent).toBe("Change the platform fee");
    expect(reviewRows()).toEqual(["Platform fee: 2.50% (250 bps) → 3.00% (300 bps)"]);
    expect(review.textContent).toContain("orders already placed keep their fee");
    expect(base.sent).toHaveLength(0);

    fireEvent.click(within(review).getByRole("button", { name: "Change the fee" }));
    await waitFor(() => expect(within(section).queryByTestId("admin-review")).toBeNull());
    expect(sentCalls()).toEqual([{ functionName: "setPlatformFee", args: [300] }]);
    expect((input as HTMLInputElement).value).toBe("");
  });

  it("keeps the review and the typed value when the contract refuses, with the decoded sentence", async () => {
    await renderGate(owner);
    const section = await screen.findByTestId("admin-treasury");
    const input = within(section).getByRole("textbox", { name: "New treasury address" });
    fireEvent.change(input, { target: { value: "0x1234" } });
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    await expectAlert(section, "0x followed by 40 hexadecimal");
    fireEvent.change(input, { target: { value: treasury.toLowerCase() } });
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    await expectAlert(section, "This is already the treasury.");

    fireEvent.change(input, { target: { value: stranger } });
    fireEvent.click(within(section).getByRole("button", { name: "Review the change" }));
    expect(await within(section).findByTestId("admin-review")).toBeTruthy();
    expect(reviewRows()).toEqual([`Treasury: ${treasury} → ${stranger}`]);

    base.revertData = encodeErrorResult({
      abi: abis.Marketplace,
      errorName: "OwnableUnauthorizedAccount",
      args: [owner],
    });
    fireEvent.click(within(section).getByRole("button", { name: "Change the treasury" }));
    await expectAlert(section, "Only the marketplace's owner can do this.");
    expect(base.sent).toHaveLength(0);
    expect(within(section).getByTestId("admin-review")).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe(stranger);

    // Back: the form again, as it was typed.
    fireEvent.click(within(section).getByRole("button", { name: "Back" }));
    expect(within(section).queryByTestId("admin-review")).toBeNull();
    expect((input as HTMLInputElement).value).toBe(stranger);
  });

  it("pauses after stating open → paused and what keeps working", async () => {
    await renderGate(owner);
    const section = await screen.findByTestId("admin-pause");
    fireEvent.click(within(section).getByRole("button", { name: "Pause the marketplace" }));
    expect(reviewRows()).toEqual(["Status: Open → Paused"]);
    expect(within(section).getByTestId("admin-review").textContent).toContain("withdrawals keep working");
    onChain.paused = true; // what the chain answers once mined
    fireEvent.click(within(section).getByRole("button", { name: "Pause now" }));
    await waitFor(() => expect(within(section).getByTestId("admin-pause-state").textContent).toBe("Paused"));
    expect(sentCalls()).toEqual([{ functionName: "pause", args: [] }]);
    expect(within(section).getByRole("button", { name: "Reopen the marketplace" })).toBeTruthy();
  });

  it("checks a new token on chain before the review: no contract, then a real ERC-20", async () => {
    await renderGate(owner);
    const form = await screen.findByTestId("admin-allow-token");
    const input = within(form).getByRole("textbox", { name: "Token contract address" });
    fireEvent.change(input, { target: { value: usdc.id } });
    fireEvent.click(within(form).getByRole("button", { name: "Check and review" }));
    await expectAlert(form, "This token is already accepted.");

    fireEvent.change(input, { target: { value: nothingThere } });
    fireEvent.click(within(form).getByRole("button", { name: "Check and review" }));
    await expectAlert(form, "There is no contract at this address on this network.");

    fireEvent.change(input, { target: { value: dai } });
    fireEvent.click(within(form).getByRole("button", { name: "Check and review" }));
    const review = await screen.findByTestId("admin-review");
    expect(within(review).getByRole("heading").textContent).toBe("Accept DAI as a payment token");
    expect(reviewRows()).toEqual([
      "Token: DAI (Dai Stablecoin), 18 decimals",
      `Token contract address: ${dai}`,
      "Status: Not accepted → Accepted",
    ]);
    fireEvent.click(within(review).getByRole("button", { name: "Accept DAI" }));
    await waitFor(() => expect(sentCalls()).toEqual([{ functionName: "allowToken", args: [dai] }]));
  });

  it("caps an arbiter's fee at the contract's maximum, and reviews a fee change old → new", async () => {
    await renderGate(owner);
    const form = await screen.findByTestId("admin-approve-arbiter");
    const fee = within(form).getByRole("textbox", { name: "Fee, in basis points" });
    fireEvent.change(within(form).getByRole("textbox", { name: "Arbiter's address" }), { target: { value: stranger } });
    fireEvent.change(fee, { target: { value: "1001" } });
    fireEvent.click(within(form).getByRole("button", { name: "Review" }));
    await expectAlert(form, "The fee can be at most 10.00% (1,000 bps).");

    // "Change fee" on the listed arbiter fills the form with it.
    const [row] = screen.getAllByTestId("admin-arbiter");
    fireEvent.click(within(row!).getByRole("button", { name: "Change fee" }));
    expect((within(form).getByRole("textbox", { name: "Arbiter's address" }) as HTMLInputElement).value).toBe(arbiter);
    expect((fee as HTMLInputElement).value).toBe("100");
    fireEvent.click(within(form).getByRole("button", { name: "Review" }));
    await expectAlert(form, "This arbiter is already approved with this fee.");
    fireEvent.change(fee, { target: { value: "200" } });
    fireEvent.click(within(form).getByRole("button", { name: "Review" }));
    const review = await screen.findByTestId("admin-review");
    expect(within(review).getByRole("heading").textContent).toBe("Change the fee of Fair Hearing");
    expect(reviewRows()).toEqual([`Arbiter's address: ${arbiter}`, "Fee: 1.00% (100 bps) → 2.00% (200 bps)"]);
    fireEvent.click(within(review).getByRole("button", { name: "Change the fee" }));
    await waitFor(() => expect(sentCalls()).toEqual([{ functionName: "approveArbiter", args: [arbiter, 200] }]));
  });

  it("starts a two-step transfer, and cancels a pending one by naming no one", async () => {
    onChain.pendingOwner = heir;
    await renderGate(owner);
    const section = await screen.findByTestId("admin-ownership");
    expect(within(section).getByTestId("admin-pending-owner").textContent).toContain(heir);
    const input = within(section).getByRole("textbox", { name: "New owner's address" });
    fireEvent.change(input, { target: { value: heir } });
    fireEvent.click(within(section).getByRole("button", { name: "Start the transfer" }));
    await expectAlert(section, "This account is already the pending owner.");

    fireEvent.click(within(section).getByRole("button", { name: "Cancel the transfer" }));
    expect(reviewRows()).toEqual([`Pending owner: ${heir} → none`]);
    onChain.pendingOwner = zeroAddress;
    fireEvent.click(within(screen.getByTestId("admin-review")).getByRole("button", { name: "Cancel the transfer" }));
    await waitFor(() => expect(within(section).getByTestId("admin-pending-owner").textContent).toBe("none"));
    expect(sentCalls()).toEqual([{ functionName: "transferOwnership", args: [zeroAddress] }]);

    fireEvent.change(input, { target: { value: stranger } });
    fireEvent.click(within(section).getByRole("button", { name: "Start the transfer" }));
    await within(section).findByTestId("admin-review");
    expect(reviewRows()).toEqual([`Pending owner: none → ${stranger}`]);
    expect(within(section).getByTestId("admin-review").textContent).toContain(
      `You stay the owner until ${stranger} accepts`,
    );
  });

  it("sweeps a token's accrued fees to the treasury", async () => {
    await renderGate(owner);
    const [item] = await screen.findAllByTestId("admin-sweep-token");
    fireEvent.click(within(item!).getByRole("button", { name: "Sweep to the treasury" }));
    expect(reviewRows()).toEqual(["Held by the marketplace: 1.5 USDC → 0 USDC", `Sent to: ${treasury}`]);
    onChain.accrued = { ...onChain.accrued, [usdc.id]: 0n };
    fireEvent.click(within(item!).getByRole("button", { name: "Sweep 1.5 USDC" }));
    expect(await screen.findByTestId("admin-sweep-empty")).toBeTruthy();
    expect(sentCalls()).toEqual([{ functionName: "sweepFees", args: [getAddress(usdc.id)] }]);
  });
});
