import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { SellerListingsQuery } from "../../../lib/indexer/generated/graphql";
import { setAccountState } from "../../../lib/wallet/account";
import { fakeIndexer, renderPage } from "../../../test/pageHarness";
import SellRoute from "../SellRoute";
import {
  closed,
  hubAnswer,
  hubListing,
  hubListingId,
  hubProfile,
  hubSeller,
  hubSellerChecksummed,
  inEth,
  sold,
} from "./hubFixtures";

const connect = () => setAccountState({ status: "connected", address: hubSellerChecksummed, chainId: 31337 });

async function renderHub(answer: (variables: Record<string, unknown>) => SellerListingsQuery, path = "/sell") {
  const indexer = fakeIndexer((operation, variables) => {
    if (operation !== "SellerListings") throw new Error(`unexpected query ${operation}`);
    return answer(variables);
  });
  const language = path.includes("lang=zh") ? "zh" : "en";
  const view = await renderPage(<SellRoute />, { path, route: "/sell", client: indexer.client, language });
  return { ...indexer, view };
}

const step = (id: string) => screen.getByTestId(`sell-step-${id}`);
const stepState = (id: string) => step(id).getAttribute("data-state");
const cards = () => screen.getAllByTestId("sell-listing");

afterEach(() => setAccountState({ status: "unknown" }));

describe("Sell hub", () => {
  it("waits for the wallet, then asks a disconnected visitor to connect without reading the index", async () => {
    const { request } = await renderHub(() => hubAnswer(undefined));
    expect(await screen.findByTestId("sell-account-loading")).toBeTruthy();
    setAccountState({ status: "disconnected" });
    expect((await screen.findByTestId("sell-connect")).textContent).toContain("Connect your wallet to start selling.");
    expect(request).not.toHaveBeenCalled();
  });

  it("walks an account the index has never seen through step 1 first", async () => {
    connect();
    const { request } = await renderHub(() => ({ account: null }));
    expect(await screen.findByTestId("sell-hub-loading")).toBeTruthy();
    await screen.findByTestId("sell-walkthrough");
    expect(request.mock.calls[0]![1]).toEqual({ id: hubSeller, first: 13, skip: 0 });

    expect([stepState("profile"), stepState("listing"), stepState("tools")]).toEqual(["current", "todo", "todo"]);
    expect(step("profile").getAttribute("aria-current")).toBe("step");
    expect(screen.getByTestId("sell-step-profile-state").textContent).toBe("Next");
    expect(screen.getByTestId("sell-step-profile-text").textContent).toContain("publish your encryption key");
    const publish = screen.getByRole("link", { name: "Publish your profile" });
    expect(publish.getAttribute("href")).toBe("/sell/profile");
    // A physical listing waits for the key; a digital one may go now.
    expect(screen.getByTestId("sell-step-listing-locked").textContent).toContain("A physical good needs step 1 first");
    expect(screen.queryByTestId("sell-step-listing-action")).toBeNull();
    expect(screen.getByRole("link", { name: "List a digital good" }).getAttribute("href")).toBe(
      "/sell/new?kind=digital",
    );
    expect(screen.queryByTestId("sell-listings")).toBeNull();
  });

  it("says a profile without an encryption key is not step 1 done", async () => {
    connect();
    await renderHub(() => hubAnswer(hubProfile({ encryptionPublicKey: null })));
    await screen.findByTestId("sell-walkthrough");
    expect([stepState("profile"), stepState("listing")]).toEqual(["current", "todo"]);
    expect(screen.getByTestId("sell-step-profile-text").textContent).toBe(
      "Your profile “Lin's Workshop” is published, but without an encryption key, so buyers cannot send you their address. Publish it again to add the key.",
    );
    expect(screen.getByTestId("sell-step-profile-action").textContent).toBe("Add your encryption key");
    expect(screen.getByTestId("sell-step-listing-locked")).toBeTruthy();
  });

  it("ticks step 1 once the profile has its key, and opens the listing editor as the next step", async () => {
    connect();
    await renderHub(() => hubAnswer(hubProfile()));
    await screen.findByTestId("sell-walkthrough");
    expect([stepState("profile"), stepState("listing"), stepState("tools")]).toEqual(["done", "current", "todo"]);
    expect(within(step("profile")).getByText("✓")).toBeTruthy();
    expect(screen.getByTestId("sell-step-profile-state").textContent).toBe("Done");
    expect(screen.getByTestId("sell-step-profile-text").textContent).toBe(
      "Published as “Lin's Workshop”, with your encryption key.",
    );
    expect(screen.getByTestId("sell-step-profile-action").textContent).toBe("Edit your profile");
    expect(step("listing").getAttribute("aria-current")).toBe("step");
    expect(screen.getByRole("link", { name: "Create a listing" }).getAttribute("href")).toBe("/sell/new");
    expect(screen.queryByTestId("sell-step-listing-locked")).toBeNull();
    // Step 3 already links the seller's tools.
    const tools = within(step("tools"));
    expect(tools.getByTestId("sell-tool-sales").getAttribute("href")).toBe("/sales");
    expect(tools.getByTestId("sell-tool-page").getAttribute("href")).toBe(`/seller/${hubSeller}`);
  });

  it("lists every listing of a seller with their state, figures and links, and the tools", async () => {
    connect();
    const listings = [hubListing(4), sold(3), closed(2), inEth(1)];
    await renderHub(() => hubAnswer(hubProfile(), listings));
    await screen.findByTestId("sell-listings");
    expect(screen.queryByTestId("sell-walkthrough")).toBeNull();
    expect(screen.getByTestId("sell-listings-summary").textContent).toBe("4 listings, 3 on sale");
    expect(screen.getByTestId("sell-new-listing").getAttribute("href")).toBe("/sell/new");
    expect(screen.queryByTestId("sell-key-missing")).toBeNull();

    const rows = cards().map((card) => {
      const inCard = within(card);
      return {
        id: card.getAttribute("data-listing-id"),
        title: inCard.getByTestId("sell-listing-title").textContent,
        price: inCard.getByTestId("sell-listing-price").textContent,
        stock: inCard.getByTestId("sell-listing-stock").textContent,
        sold: inCard.getByTestId("sell-listing-sold").textContent,
        state: inCard.getByTestId("sell-listing-state").textContent,
        edit: inCard.queryByTestId("sell-listing-edit")?.getAttribute("href") ?? null,
        view: inCard.getByTestId("sell-listing-view").getAttribute("href"),
      };
    });
    expect(rows).toEqual([
      {
        id: hubListingId(4),
        title: "Item 4",
        price: "12.5 USDC",
        stock: "3 in stock",
        sold: "2 sold",
        state: "On sale",
        edit: `/sell/listings/${hubListingId(4)}`,
        view: `/listing/${hubListingId(4)}`,
      },
      {
        id: hubListingId(3),
        title: "Item 3",
        price: "12.5 USDC",
        stock: "0 in stock",
        sold: "4 sold",
        state: "Sold out",
        edit: `/sell/listings/${hubListingId(3)}`,
        view: `/listing/${hubListingId(3)}`,
      },
      {
        id: hubListingId(2),
        title: "Item 2",
        price: "12.5 USDC",
        stock: "0 in stock",
        sold: "2 sold",
        state: "Closed",
        edit: null,
        view: `/listing/${hubListingId(2)}`,
      },
      {
        id: hubListingId(1),
        title: "Item 1",
        price: "0.02 ETH",
        stock: "3 in stock",
        sold: "2 sold",
        state: "On sale",
        edit: `/sell/listings/${hubListingId(1)}`,
        view: `/listing/${hubListingId(1)}`,
      },
    ]);
    expect(cards().map((card) => card.getAttribute("data-state"))).toEqual(["active", "soldOut", "closed", "active"]);
    // The number, when it was listed, or closed.
    expect(within(cards()[0]!).getByText(/#4 · listed/)).toBeTruthy();
    expect(within(cards()[2]!).getByText(/#2 · closed/)).toBeTruthy();
    // Photos come verified from IPFS, from the listing's current metadata.
    const photo = await within(cards()[0]!).findByRole("img", { name: "Item 4, front" });
    expect(photo.getAttribute("src")).toBe("blob:test/bafylisting4/photo-1.png");
    // Close is a wallet island: without the wallet layer a closed listing has none, the others a placeholder.
    expect(within(cards()[0]!).getByRole("button", { name: "Close listing" })).toBeTruthy();
    expect(within(cards()[2]!).queryByRole("button", { name: "Close listing" })).toBeNull();

    const tools = screen.getByRole("region", { name: "Your tools" });
    expect(
      within(tools)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["/sales", "/sell/coupons", "/sell/dashboard", "/sell/profile", `/seller/${hubSeller}`]);
  });

  it("names a listing whose metadata cannot be read by its number", async () => {
    connect();
    await renderHub(() => hubAnswer(hubProfile(), [hubListing(9, { name: null })]));
    const card = (await screen.findAllByTestId("sell-listing"))[0]!;
    expect(within(card).getByTestId("sell-listing-title").textContent).toBe("Listing #9 (its details cannot be read)");
    expect(within(card).getByTestId("sell-listing-edit").getAttribute("aria-label")).toBe("Edit “Listing #9”");
  });

  it("warns a seller with listings but no key that physical goods cannot be sold yet", async () => {
    connect();
    await renderHub(() => hubAnswer(undefined, [inEth(1)]));
    expect((await screen.findByTestId("sell-key-missing")).textContent).toContain(
      "buyers cannot send you a shipping address",
    );
    expect(within(screen.getByTestId("sell-key-missing")).getByRole("link").getAttribute("href")).toBe("/sell/profile");
  });

  it("pages through the listings: one more is asked than shown to know whether a page follows", async () => {
    connect();
    const all = Array.from({ length: 15 }, (_, index) => hubListing(15 - index));
    const { request } = await renderHub(({ first, skip }) =>
      hubAnswer(hubProfile(), all.slice(Number(skip), Number(skip) + Number(first)), { listingCount: 15 }),
    );
    await screen.findByTestId("sell-listings");
    expect(cards()).toHaveLength(12);
    expect(screen.getByRole("link", { name: /Next/ }).getAttribute("href")).toBe("/sell?page=2");
    expect(request.mock.calls[0]![1]).toMatchObject({ first: 13, skip: 0 });
  });

  it("shows the second page's listings", async () => {
    connect();
    const all = Array.from({ length: 15 }, (_, index) => hubListing(15 - index));
    const { request } = await renderHub(
      ({ first, skip }) =>
        hubAnswer(hubProfile(), all.slice(Number(skip), Number(skip) + Number(first)), { listingCount: 15 }),
      "/sell?page=2",
    );
    await screen.findByTestId("sell-listings");
    expect(request.mock.calls[0]![1]).toMatchObject({ first: 13, skip: 12 });
    expect(cards().map((card) => within(card).getByTestId("sell-listing-title").textContent)).toEqual([
      "Item 3",
      "Item 2",
      "Item 1",
    ]);
    expect(screen.queryByRole("link", { name: /Next/ })).toBeNull();
    expect(screen.getByRole("link", { name: /Previous/ }).getAttribute("href")).toBe("/sell");
  });

  it("says when the index cannot be read, and reads again on Retry", async () => {
    connect();
    let fail = true;
    const { request } = await renderHub(() => {
      if (fail) throw new Error("network down");
      return hubAnswer(hubProfile(), [hubListing(1)]);
    });
    const error = await screen.findByTestId("sell-hub-error");
    fail = false;
    fireEvent.click(within(error).getByRole("button"));
    await screen.findByTestId("sell-listings");
    expect(request).toHaveBeenCalledTimes(2);
  });

  it("is translated into Chinese", async () => {
    connect();
    await renderHub(() => hubAnswer(hubProfile(), [sold(2), closed(1)]), "/sell?lang=zh");
    await screen.findByTestId("sell-listings");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("我的店铺");
    expect(cards().map((card) => within(card).getByTestId("sell-listing-state").textContent)).toEqual([
      "已售罄",
      "已下架",
    ]);
    expect(within(cards()[0]!).getByTestId("sell-listing-sold").textContent).toBe("已售 4");
  });
});

describe("Sell hub walkthrough in Chinese", () => {
  it("shows the steps in Chinese", async () => {
    connect();
    await renderHub(() => hubAnswer(undefined), "/sell?lang=zh");
    await screen.findByTestId("sell-walkthrough");
    await waitFor(() => expect(screen.getByText("发布你的资料和加密公钥")).toBeTruthy());
    expect(screen.getByTestId("sell-step-profile-state").textContent).toBe("下一步");
  });
});
