import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createMemoryRouter, RouterProvider, useLocation } from "react-router";
import { describe, expect, it } from "vitest";
import { SearchForm } from "../../app/shell/SearchForm";
import { ConfigProvider } from "../../config/ConfigContext";
import { ContentProvider } from "../../lib/content/ContentProvider";
import { IndexerProvider } from "../../lib/indexer/IndexerProvider";
import { eth, listingCard, testSeller, usdc } from "../../test/fixtures";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { testConfig } from "../../test/renderApp";
import BrowseRoute from "./BrowseRoute";

const tokens = [eth, usdc];

const listing = (id: string, sellerRating = "4.5") =>
  listingCard(id, { seller: { id: testSeller, ratingAverage: sellerRating, ratingCount: 2, profile: [] } });

/** The router's current search, to see what the page wrote to the URL. */
function Location() {
  const { search } = useLocation();
  return <output data-testid="location">{search}</output>;
}
const location = () => new URLSearchParams(screen.getByTestId("location").textContent ?? "");

/** Renders the browse page (and the header's search) at `path`; the fake index answers each query. */
async function renderBrowse(path: string, config = {}) {
  const indexer = fakeIndexer((operation) => {
    if (operation === "Tokens") return { tokens };
    if (operation === "Search") return { listingSearch: [], tokens };
    return { listings: [listing("0x01")], tokens };
  });
  const view = await renderPage(
    <>
      <SearchForm />
      <BrowseRoute />
      <Location />
    </>,
    { path, client: indexer.client, config },
  );
  await screen.findByTestId("catalog-filters");
  return { ...view, ...indexer };
}

const calls = (request: ReturnType<typeof fakeIndexer>["request"], operation: string) =>
  request.mock.calls
    .filter(([document]) => document.toString().includes(`query ${operation}`))
    .map(([, variables]) => variables as Record<string, unknown>);

describe("browse filters", () => {
  it("a shared link with a price range reads the token's decimals first, then asks in base units", async () => {
    const { request } = await renderBrowse(
      `/?token=${usdc.id}&min=12.5&max=40&rating=4&stock=all&sort=price-desc&page=2`,
    );
    await screen.findAllByTestId("listing-card");
    const operations = request.mock.calls.map(([document]) => /query (\w+)/.exec(document.toString())?.[1]);
    expect(operations).toEqual(["Tokens", "Browse"]);
    expect(calls(request, "Browse")[0]).toEqual({
      first: 24,
      skip: 24,
      orderBy: "price",
      orderDirection: "desc",
      where: {
        status: "Active",
        token: usdc.id,
        price_gte: "12500000",
        price_lte: "40000000",
        seller_: { ratingAverage_gte: "4" },
      },
    });
    // The controls show the URL's state, and a chip for each active filter.
    expect((screen.getByLabelText("Payment token") as HTMLSelectElement).value).toBe(usdc.id);
    expect((screen.getByLabelText("Min price") as HTMLInputElement).value).toBe("12.5");
    expect((screen.getByLabelText("Seller rating") as HTMLSelectElement).value).toBe("4");
    expect((screen.getByLabelText("In stock only") as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText("Sort by") as HTMLSelectElement).value).toBe("price-desc");
    const chips = within(screen.getByRole("list", { name: "Active filters" })).getAllByRole("listitem");
    expect(chips.map((chip) => chip.textContent?.replace("×", ""))).toEqual([
      "Paid in USDC",
      "Price: 12.5–40 USDC",
      "Seller rating: ★ 4 and up",
      "Sold-out listings included",
    ]);
  });

  it("leaves the hoster's hidden listings and sellers out of the query", async () => {
    const seller = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc";
    const { request } = await renderBrowse("/", { hidden: { listings: ["42"], sellers: [seller] } });
    await screen.findAllByTestId("listing-card");
    expect(calls(request, "Browse")[0]!.where).toEqual({
      status: "Active",
      stock_gt: "0",
      listingId_not_in: ["42"],
      seller_not_in: [seller],
    });
  });

  it("writes each control to the URL and goes back to page 1", async () => {
    const { request } = await renderBrowse("/?page=3");
    await screen.findAllByTestId("listing-card");
    // No token yet: price range and price sorts are off, and say why.
    expect((screen.getByLabelText("Min price") as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByText("Choose a payment token to set a price range.")).toBeTruthy();
    expect(
      (screen.getByRole("option", { name: "Price: low to high (choose a token first)" }) as HTMLOptionElement).disabled,
    ).toBe(true);
    expect(screen.getByRole("option", { name: "Price: high to low (choose a token first)" })).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Payment token"), { target: { value: usdc.id } });
    await waitFor(() => expect(location().toString()).toBe(`token=${usdc.id}`));
    expect((screen.getByLabelText("Min price") as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByRole("group", { name: "Price range in USDC" })).toBeTruthy();

    fireEvent.change(screen.getByLabelText("Sort by"), { target: { value: "price-asc" } });
    fireEvent.change(screen.getByLabelText("Seller rating"), { target: { value: "4.5" } });
    fireEvent.click(screen.getByLabelText("In stock only"));
    fireEvent.change(screen.getByLabelText("Category"), { target: { value: "music" } });
    await waitFor(() =>
      expect(location().toString()).toBe(`token=${usdc.id}&sort=price-asc&rating=4.5&stock=all&category=music`),
    );
    await waitFor(() =>
      expect(calls(request, "Browse").at(-1)).toEqual({
        first: 24,
        skip: 0,
        orderBy: "price",
        orderDirection: "asc",
        where: {
          status: "Active",
          token: usdc.id,
          seller_: { ratingAverage_gte: "4.5" },
          metadataVersions_: { valid: true, category: "music" },
        },
      }),
    );
  });

  it("applies a valid price range in token units and refuses invalid input with a message", async () => {
    const { request } = await renderBrowse(`/?token=${usdc.id}&page=2`);
    await screen.findAllByTestId("listing-card");
    const min = screen.getByLabelText("Min price");
    const max = screen.getByLabelText("Max price");
    const apply = screen.getByRole("button", { name: "Apply" });

    fireEvent.change(min, { target: { value: "abc" } });
    fireEvent.click(apply);
    expect(await screen.findByText("Enter an amount such as 12.5 (digits and one point).")).toBeTruthy();
    expect(min.getAttribute("aria-invalid")).toBe("true");
    expect(location().get("min")).toBeNull();

    fireEvent.change(min, { target: { value: "50" } });
    fireEvent.change(max, { target: { value: "10" } });
    fireEvent.click(apply);
    expect(await screen.findByText("The maximum is below the minimum.")).toBeTruthy();
    expect(location().get("min")).toBeNull();

    fireEvent.change(max, { target: { value: "1.0000001" } });
    fireEvent.click(apply);
    expect(await screen.findByText("USDC has at most 6 decimal places.")).toBeTruthy();
    expect(location().get("max")).toBeNull();

    fireEvent.change(max, { target: { value: "75.50" } });
    fireEvent.click(apply);
    await waitFor(() => expect(location().toString()).toBe(`token=${usdc.id}&min=50&max=75.5`));
    await waitFor(() =>
      expect(calls(request, "Browse").at(-1)).toMatchObject({
        skip: 0,
        where: { token: usdc.id, price_gte: "50000000", price_lte: "75500000" },
      }),
    );
    expect(screen.queryByText("The maximum is below the minimum.")).toBeNull();
  });

  it("shows an invalid range from a link with its message and does not apply it", async () => {
    const { request } = await renderBrowse(`/?token=${usdc.id}&min=9&max=3`);
    await screen.findAllByTestId("listing-card");
    expect(screen.getByText("The maximum is below the minimum.")).toBeTruthy();
    expect(calls(request, "Browse")[0]!.where).toEqual({ status: "Active", stock_gt: "0", token: usdc.id });
  });

  it("removes one filter with its chip, or all of them", async () => {
    await renderBrowse(`/?q=lamp&category=home&token=${usdc.id}&min=1&sort=price-asc`);
    fireEvent.click(await screen.findByRole("button", { name: "Remove filter: Paid in USDC" }));
    // Without a token the price range and the price sort go too.
    await waitFor(() => expect(location().toString()).toBe("q=lamp&category=home"));
    fireEvent.click(screen.getByRole("button", { name: "Remove filter: Category: Home & garden" }));
    await waitFor(() => expect(location().toString()).toBe("q=lamp"));
    fireEvent.change(screen.getByLabelText("Seller rating"), { target: { value: "3" } });
    await waitFor(() => expect(location().toString()).toBe("q=lamp&rating=3"));
    fireEvent.click(within(screen.getByTestId("catalog-filters")).getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(location().toString()).toBe(""));
  });

  it("search is in relevance order, takes the filters under listing_ and keeps well-rated sellers only", async () => {
    const indexer = fakeIndexer((operation) =>
      operation === "Search"
        ? {
            tokens,
            listingSearch: [
              { id: "a", version: 1, listing: listing("0x0a", "5") },
              { id: "b", version: 1, listing: listing("0x0b", "3.5") },
            ],
          }
        : { listings: [], tokens },
    );
    await renderPage(
      <>
        <SearchForm />
        <BrowseRoute />
        <Location />
      </>,
      { path: `/?q=lamp&token=${usdc.id}&rating=4&stock=all&sort=price-asc`, client: indexer.client },
    );
    const cards = await screen.findAllByTestId("listing-card");
    expect(cards.map((card) => card.getAttribute("data-listing-id"))).toEqual(["0x0a"]);
    expect(calls(indexer.request, "Search")[0]).toEqual({
      text: "lamp",
      first: 24,
      skip: 0,
      where: { valid: true, listing_: { status: "Active", token: usdc.id } },
    });
    const sort = screen.getByLabelText("Sort by") as HTMLSelectElement;
    expect(sort.disabled).toBe(true);
    expect(sort.value).toBe("relevance");
    expect(screen.getByText("Search results are sorted by relevance.")).toBeTruthy();

    // The header's search keeps the filters and starts on page 1.
    const box = screen.getByRole("searchbox", { name: "Search listings" });
    fireEvent.change(box, { target: { value: "brass" } });
    fireEvent.submit(box.closest("form")!);
    await waitFor(() =>
      expect(location().toString()).toBe(`q=brass&token=${usdc.id}&rating=4&stock=all&sort=price-asc`),
    );
  });

  it("folds the filters into a disclosure button that says how many are active", async () => {
    await renderBrowse(`/?token=${usdc.id}&rating=3`);
    const toggle = screen.getByRole("button", { name: "Filters (2)" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const panel = document.getElementById(toggle.getAttribute("aria-controls")!)!;
    expect(panel.getAttribute("data-open")).toBe("false");
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(panel.getAttribute("data-open")).toBe("true");
  });

  it("keeps both of two quick changes under the app's data router, whose navigations are transitions", async () => {
    const { client } = fakeIndexer((operation) => (operation === "Tokens" ? { tokens } : { listings: [], tokens }));
    // renderPage's MemoryRouter navigates at once; the app's router (createHashRouter) does not.
    const router = createMemoryRouter([{ path: "*", element: <BrowseRoute /> }], {
      initialEntries: [`/?token=${usdc.id}`],
    });
    await renderPage(<></>, { path: "/", client }); // initialises i18n in English
    render(
      <ConfigProvider config={testConfig}>
        <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
          <IndexerProvider client={client}>
            <ContentProvider reader={fakeContent()}>
              <RouterProvider router={router} />
            </ContentProvider>
          </IndexerProvider>
        </QueryClientProvider>
      </ConfigProvider>,
    );
    await screen.findByTestId("catalog-empty");
    fireEvent.change(screen.getByLabelText("Min price"), { target: { value: "5" } });
    // Both changes before React renders (as a quick user can): events outside act(), which would
    // flush the first navigation before the second.
    const previousAct = (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
    try {
      screen.getByRole("button", { name: "Apply" }).click();
      const sort = screen.getByLabelText("Sort by") as HTMLSelectElement;
      sort.value = "price-asc";
      sort.dispatchEvent(new Event("change", { bubbles: true }));
      await waitFor(() => expect(router.state.location.search).toBe(`?token=${usdc.id}&min=5&sort=price-asc`));
    } finally {
      (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = previousAct;
    }
  });
});
