import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { THEME_STORAGE_KEY } from "../../lib/theme/theme";
import { renderApp } from "../../test/renderApp";

vi.mock("../../lib/wallet/WalletLayer", async () => ({
  WalletLayer: (await import("../../test/walletMocks")).FakeWalletLayer,
}));

function systemPrefersDark(dark: boolean) {
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({
      matches: dark && query === "(prefers-color-scheme: dark)",
      media: query,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    })),
  );
}

describe("theme switch", () => {
  it("follows the system until used, then applies and persists the choice", async () => {
    systemPrefersDark(true);
    const view = await renderApp("/");
    await screen.findByRole("heading", { level: 1 });
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Switch to light theme" }));
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");
    expect(screen.getByRole("button", { name: "Switch to dark theme" })).toBeTruthy();

    // A new visit keeps the choice although the system still prefers dark.
    view.unmount();
    await renderApp("/");
    await screen.findByRole("heading", { level: 1 });
    expect(document.documentElement.dataset.theme).toBe("light");
    expect(document.documentElement.style.colorScheme).toBe("light");
  });

  it("is light on a light system and switches to dark", async () => {
    systemPrefersDark(false);
    await renderApp("/");
    await screen.findByRole("heading", { level: 1 });
    expect(document.documentElement.dataset.theme).toBe("light");
    fireEvent.click(screen.getByRole("button", { name: "Switch to dark theme" }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");
  });
});
