import { screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { setAccountState } from "../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import AdminRoute from "./AdminRoute";

afterEach(() => setAccountState({ status: "unknown" }));

describe("admin page, before the wallet island", () => {
  it("waits for the wallet, then asks a disconnected visitor to connect, reading nothing", async () => {
    const { client, request } = fakeIndexer(() => ({}));
    await renderPage(<AdminRoute />, { path: "/admin", client });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("Marketplace admin");
    expect(screen.getByTestId("admin-checking").textContent).toBe("Checking who owns the marketplace…");
    setAccountState({ status: "disconnected" });
    const prompt = await screen.findByTestId("admin-connect");
    expect(prompt.textContent).toContain("Connect the owner's wallet to manage the marketplace.");
    expect(screen.getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it("checks ownership on chain once connected (the island decides), in Chinese too", async () => {
    setAccountState({ status: "connected", address: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266", chainId: 31337 });
    const { client } = fakeIndexer(() => ({}));
    await renderPage(<AdminRoute />, { path: "/admin", client, language: "zh" });
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("市场管理");
    expect(screen.getByTestId("admin-checking").textContent).toBe("正在确认市场的所有者…");
    expect(screen.queryByTestId("admin-connect")).toBeNull();
    expect(document.title).toContain("市场管理");
  });
});
