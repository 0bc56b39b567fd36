import { act, fireEvent, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../test/renderApp";
import { runIdleCallbacks } from "../../test/setup";
import { resetWalletLoader, walletLoadState } from "./walletLoader";

const loaded = vi.hoisted(() => vi.fn());

// The wallet layer and its islands' contents, replaced: the test sees when they are imported.
vi.mock("./WalletLayer", async () => {
  loaded();
  return { WalletLayer: (await import("../../test/walletMocks")).FakeWalletLayer };
});
vi.mock("./ConnectButton", async () => ({ default: (await import("../../test/walletMocks")).FakeConnectButton }));
vi.mock("./AccountSync", () => ({ default: () => null }));
vi.mock("../../features/status/ContractStatus", async () => ({
  default: (await import("../../test/walletMocks")).FakeContractStatus,
}));

beforeEach(() => {
  resetWalletLoader();
});

describe("wallet layer loading", () => {
  it("renders the shell without the wallet module, then loads it when the browser is idle", async () => {
    await renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Find something good" });
    expect(screen.getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
    expect(screen.getByText("Connecting to the network…")).toBeTruthy();
    await act(async () => runIdleCallbacks());
    // Not before the first page has its data: this site has no index, so at most 2.5 s.
    expect(loaded).not.toHaveBeenCalled();

    await act(() => new Promise((resolve) => setTimeout(resolve, 2_600)));
    await act(async () => runIdleCallbacks());

    expect(loaded).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("button", { name: "RainbowKit connect" })).toBeTruthy();
    expect(await screen.findByText("contract status")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Connect Wallet" })).toBeNull();
  });

  it("loads it on the first click on Connect and opens the connect modal", async () => {
    await renderApp("/");
    const placeholder = await screen.findByRole("button", { name: "Connect Wallet" });
    // (The module itself was imported by the test above; the loader was reset, so nothing asked for it.)
    expect(walletLoadState().status).toBe("idle");

    fireEvent.click(placeholder);

    expect(await screen.findByRole("button", { name: "RainbowKit modal open" })).toBeTruthy();
    expect(walletLoadState().status).toBe("ready");
  });
});
