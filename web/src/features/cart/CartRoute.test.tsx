import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { IndexerError } from "../../lib/indexer/client";
import { eth, listingCard, testSeller, usdc } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { cartStorageKey } from "./cartStore";
import CartRoute from "./CartRoute";
import type { CartListing } from "./hooks/useCartCheck";

const cartListing = (id: string, options: Parameters<typeof listingCard>[1] = {}): CartListing => {
  const card = listingCard(id, options);
  return {
    ...card,
    arbiter: { id: "0xarbiter", approved: true },
    seller: { ...card.seller, profile: [{ ...card.seller.profile[0]!, encryptionPublicKey: "key" }] },
  };
};

function putInCart(lines: { listingId: string; quantity: number; price: string; token: string }[]) {
  localStorage.setItem(
    cartStorageKey({ chainId: 31337 }),
    JSON.stringify({ version: 1, lines: lines.map((line) => ({ ...line, addedAt: 0 })) }),
  );
}

describe("cart page", () => {
  it("groups lines by payment token with totals, re-checked against the index in one query", async () => {
    putInCart([
      { listingId: "0x01", quantity: 2, price: "12500000", token: usdc.id },
      { listingId: "0x02", quantity: 1, price: "1000000000000000", token: eth.id },
      { listingId: "0x03", quantity: 1, price: "2500000", token: usdc.id },
    ]);
    const { client, request } = fakeIndexer(() => ({
      listings: [
        cartListing("0x01"),
        cartListing("0x02", { token: eth, price: "1000000000000000" }),
        cartListing("0x03", { price: "2500000" }),
      ],
    }));
    await renderPage(<CartRoute />, { path: "/cart", client });
    const groups = await screen.findAllByTestId("cart-group");
    expect(groups.map((g) => within(g).getByRole("heading").textContent)).toEqual(["Paid in USDC", "Paid in ETH"]);
    expect(within(groups[0]!).getByTestId("cart-group-total").textContent).toBe("Total 27.5 USDC");
    expect(within(groups[1]!).getByTestId("cart-group-total").textContent).toBe("Total 0.001 ETH");
    expect(
      screen.getByText("Your cart is paid in 2 tokens: each is its own checkout, one transaction per token."),
    ).toBeTruthy();
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![1]).toEqual({ ids: ["0x01", "0x02", "0x03"] });

    // The quantity is bounded by stock (3) and changes the total.
    const first = screen.getAllByTestId("cart-line")[0]!;
    const quantity = within(first).getByTestId("cart-line-quantity") as HTMLSelectElement;
    expect([...quantity.options].map((o) => [o.value, o.disabled])).toEqual([
      ["1", false],
      ["2", false],
      ["3", false],
    ]);
    fireEvent.change(quantity, { target: { value: "3" } });
    await waitFor(() => expect(within(groups[0]!).getByTestId("cart-group-total").textContent).toBe("Total 40 USDC"));
    fireEvent.click(within(first).getByRole("button", { name: "Remove Item 0x01 from the cart" }));
    await waitFor(() => expect(screen.getAllByTestId("cart-line")).toHaveLength(2));
  });

  it("says what changed: price, stock, closed, gone; and offers the fix", async () => {
    putInCart([
      { listingId: "0x01", quantity: 5, price: "12500000", token: usdc.id },
      { listingId: "0x02", quantity: 1, price: "10000000", token: usdc.id },
      { listingId: "0x03", quantity: 1, price: "12500000", token: usdc.id },
      { listingId: "0x04", quantity: 1, price: "12500000", token: usdc.id },
    ]);
    const { client } = fakeIndexer(() => ({
      listings: [cartListing("0x01"), cartListing("0x02"), cartListing("0x03", { status: "Closed", stock: "0" })],
    }));
    await renderPage(<CartRoute />, { path: "/cart", client });
    const lines = await screen.findAllByTestId("cart-line");
    const text = (index: number) => lines[index]!.textContent ?? "";
    expect(text(0)).toContain("Only 3 left.");
    expect(text(1)).toContain("The price changed from 10 USDC to 12.5 USDC.");
    expect(text(2)).toContain("The seller closed this listing.");
    expect(
      within(screen.getByTestId("cart-group-unknown")).getByText("This listing is not in the catalogue any more."),
    ).toBeTruthy();
    expect(screen.getByText("Resolve the notes above before checking out.")).toBeTruthy();

    fireEvent.click(within(lines[0]!).getByRole("button", { name: "Take 3" }));
    fireEvent.click(within(lines[1]!).getByRole("button", { name: "OK" }));
    await waitFor(() => expect(screen.queryByText("Only 3 left.")).toBeNull());
    expect(screen.queryByText(/The price changed/)).toBeNull();
    const stored = JSON.parse(localStorage.getItem(cartStorageKey({ chainId: 31337 }))!).lines;
    expect(stored.slice(0, 2).map((l: { quantity: number; price: string }) => [l.quantity, l.price])).toEqual([
      [3, "12500000"],
      [1, "12500000"],
    ]);
  });

  it("has an empty state, and an index error with a retry", async () => {
    const { client, request } = fakeIndexer(() => ({ listings: [] }));
    const empty = await renderPage(<CartRoute />, { path: "/cart", client });
    expect(screen.getByTestId("cart-empty").textContent).toContain("Your cart is empty.");
    expect(request).not.toHaveBeenCalled();
    empty.unmount();

    putInCart([{ listingId: "0x01", quantity: 1, price: "12500000", token: usdc.id }]);
    let fail = true;
    const flaky = fakeIndexer(() => {
      if (fail) throw new IndexerError("timeout", "slow");
      return {
        listings: [
          cartListing("0x01", { seller: { id: testSeller, ratingAverage: "0", ratingCount: 0, profile: [] } }),
        ],
      };
    });
    await renderPage(<CartRoute />, { path: "/cart", client: flaky.client });
    const error = await screen.findByTestId("cart-error");
    fail = false;
    fireEvent.click(within(error).getByRole("button", { name: "Retry" }));
    expect(await screen.findByTestId("cart-group")).toBeTruthy();
  });
});
