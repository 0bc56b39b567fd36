import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../test/renderApp";

vi.mock("../lib/wallet/WalletLayer", async () => ({
  WalletLayer: (await import("../test/walletMocks")).FakeWalletLayer,
}));

describe("routing (hash history)", () => {
  it("shows the 404 page for an unknown address, with its title, inside the shell", async () => {
    await renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Page not found · Agora"));
    expect(screen.getByRole("banner")).toBeTruthy();
    expect(screen.getByRole("contentinfo")).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "Go to the home page" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Find something good" })).toBeTruthy();
    expect(window.location.hash).toBe("#/");
    await waitFor(() => expect(document.title).toBe("Browse · Agora"));
  });

  it("titles the listing and seller pages after their route", async () => {
    await renderApp("/listing/42");
    expect(await screen.findByRole("heading", { level: 1, name: "Listing 42" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("Listing 42 · Agora"));

    window.location.hash = "#/seller/0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
    expect(await screen.findByRole("heading", { level: 1, name: "Seller" })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe("0xf39F…2266 · Agora"));
  });

  it("searches and filters through the URL, so a search can be shared", async () => {
    await renderApp("/listing/1");
    await screen.findByRole("heading", { level: 1, name: "Listing 1" });
    const search = screen.getByRole("search");
    fireEvent.change(within(search).getByRole("searchbox", { name: "Search listings" }), {
      target: { value: "lamp" },
    });
    fireEvent.submit(search);
    expect(await screen.findByText("Search: “lamp”")).toBeTruthy();
    expect(window.location.hash).toBe("#/?q=lamp");

    const categories = screen.getByRole("navigation", { name: "Categories" });
    fireEvent.click(within(categories).getByRole("link", { name: "Books" }));
    expect(await screen.findByText("Category: Books")).toBeTruthy();
    expect(window.location.hash).toBe("#/?q=lamp&category=books");
    expect(within(categories).getByRole("link", { name: "Books" }).getAttribute("aria-current")).toBe("page");
    expect(within(categories).getAllByRole("link")).toHaveLength(12);
  });
});
