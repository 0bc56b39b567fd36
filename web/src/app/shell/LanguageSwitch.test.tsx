import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { LANGUAGE_STORAGE_KEY } from "../../lib/i18n/i18n";
import { renderApp } from "../../test/renderApp";

vi.mock("../../lib/wallet/WalletLayer", async () => ({
  WalletLayer: (await import("../../test/walletMocks")).FakeWalletLayer,
}));

describe("language switch", () => {
  it("switches the whole shell to Simplified Chinese and remembers the choice", async () => {
    await renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Find something good" })).toBeTruthy();

    fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh" } });

    expect(await screen.findByRole("heading", { level: 1, name: "发现好物" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
    expect(screen.getByRole("searchbox", { name: "搜索商品" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "电子产品" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "连接钱包" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "购物车，0 件商品" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("浏览 · Agora"));
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe("zh");
  });

  it("renders every page in Chinese", async () => {
    await renderApp("/nowhere", { language: "zh" });
    expect(await screen.findByRole("heading", { level: 1, name: "页面不存在" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "返回首页" })).toBeTruthy();
  });
});
