import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { eth, listingCard, usdc } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { cartStorageKey } from "../cart/cartStore";
import type { CartListing } from "../cart/hooks/useCartCheck";
import CheckoutRoute from "./CheckoutRoute";
import { readDraft } from "../../lib/forms/formDraft";
import { addressDraftKey } from "./addressForm";

const KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

const cartListing = (
  id: string,
  options: Parameters<typeof listingCard>[1] & { key?: string | null; kind?: string } = {},
): CartListing => {
  const { key = KEY, kind = "physical", ...card } = options;
  const base = listingCard(id, card);
  return {
    ...base,
    current: base.current.map((version) => ({ ...version, kind })),
    arbiter: { id: "0xarbiter", approved: true },
    seller: { ...base.seller, profile: [{ ...base.seller.profile[0]!, encryptionPublicKey: key }] },
  };
};

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe("checkout page", () => {
  it("buys one listing now: its line at today's price, the quantity in the link, the total and an address form", async () => {
    const { client, request } = fakeIndexer(() => ({ listings: [cartListing("0x01")] }));
    await renderPage(<CheckoutRoute />, { path: "/checkout?listing=0x01&qty=2", client });
    const line = await screen.findByTestId("checkout-line");
    expect(within(line).getByTestId("checkout-line-subtotal").textContent).toBe("25 USDC");
    expect((within(line).getByTestId("checkout-quantity") as HTMLSelectElement).value).toBe("2");
    expect(screen.getByTestId("checkout-total").textContent).toBe("25 USDC");
    expect(request.mock.calls[0]![1]).toEqual({ ids: ["0x01"] });
    expect(screen.getByRole("group", { name: "Shipping address" })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: "Full name" })).toBeTruthy();
    // Without the wallet layer the island shows the Connect placeholder.
    expect(screen.getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
  });

  it("keeps what the buyer typed in the tab's draft, so a reload or a failed purchase loses nothing", async () => {
    const { client } = fakeIndexer(() => ({ listings: [cartListing("0x01")] }));
    const first = await renderPage(<CheckoutRoute />, { path: "/checkout?listing=0x01&qty=1", client });
    fireEvent.change(await screen.findByRole("textbox", { name: "Full name" }), { target: { value: "Ada Lovelace" } });
    fireEvent.change(screen.getByRole("combobox", { name: "Country" }), { target: { value: "PT" } });
    await waitFor(() => expect(readDraft(addressDraftKey(31337)).name).toBe("Ada Lovelace"));
    first.unmount();

    await renderPage(<CheckoutRoute />, { path: "/checkout?listing=0x01&qty=1", client });
    expect(((await screen.findByRole("textbox", { name: "Full name" })) as HTMLInputElement).value).toBe(
      "Ada Lovelace",
    );
    expect((screen.getByRole("combobox", { name: "Country" }) as HTMLSelectElement).value).toBe("PT");
  });

  it("says why a physical good cannot be bought from a seller without a published key", async () => {
    const { client } = fakeIndexer(() => ({ listings: [cartListing("0x01", { key: null })] }));
    await renderPage(<CheckoutRoute />, { path: "/checkout?listing=0x01&qty=1", client });
    expect((await screen.findByTestId("checkout-no-key")).textContent).toMatch(/has not published an encryption key/);
  });

  it("needs no address for digital goods", async () => {
    const { client } = fakeIndexer(() => ({ listings: [cartListing("0x01", { kind: "digital", key: null })] }));
    await renderPage(<CheckoutRoute />, { path: "/checkout?listing=0x01&qty=1", client });
    expect((await screen.findByTestId("checkout-line-kind")).textContent).toMatch(/Digital good/);
    expect(screen.queryByTestId("shipping-address")).toBeNull();
    expect(screen.queryByTestId("checkout-no-key")).toBeNull();
  });

  it("checks out the cart's lines in one token only, from several sellers", async () => {
    localStorage.setItem(
      cartStorageKey({ chainId: 31337 }),
      JSON.stringify({
        version: 1,
        lines: [
          { listingId: "0x01", quantity: 1, price: "12500000", token: usdc.id, addedAt: 0 },
          { listingId: "0x02", quantity: 1, price: "1000", token: eth.id, addedAt: 0 },
          { listingId: "0x03", quantity: 2, price: "12500000", token: usdc.id, addedAt: 0 },
        ],
      }),
    );
    const { client, request } = fakeIndexer(() => ({
      listings: [
        cartListing("0x01"),
        cartListing("0x03", { seller: { ...listingCard("0x03").seller, id: "0xother" } }),
      ],
    }));
    await renderPage(<CheckoutRoute />, { path: `/checkout?token=${usdc.id}`, client });
    expect(await screen.findAllByTestId("checkout-line")).toHaveLength(2);
    expect(request.mock.calls[0]![1]).toEqual({ ids: ["0x01", "0x03"] });
    expect(screen.getByTestId("checkout-total").textContent).toBe("37.5 USDC");
  });

  it("explains an incomplete link", async () => {
    const { client } = fakeIndexer(() => ({ listings: [] }));
    await renderPage(<CheckoutRoute />, { path: "/checkout?listing=nope", client });
    expect(await screen.findByText(/This checkout link is incomplete/)).toBeTruthy();
  });
});
