import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetChainClock } from "../../lib/chain/chainClock";
import type { SellerCouponsQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { eth, usdc } from "../../test/fixtures";
import { fakeIndexer, renderPage } from "../../test/pageHarness";
import { couponDigest, type SignedCoupon } from "./coupon";
import { encodeCoupon } from "./couponCode";
import { addStoredCoupon, readStoredCoupons } from "./couponStore";
import type { IndexedCoupon } from "./sellerCoupons";
import SellerCouponsRoute from "./SellerCouponsRoute";
import { buyerAccount, listingOf, sellerAccount, signedTestCoupon, strangerAccount, testSite } from "./testCoupons";

const seller = sellerAccount.address.toLowerCase();
const owner = { chainId: 31337, seller };
const usdcListing = listingOf(sellerAccount.address, 12n);
const ethListing = listingOf(sellerAccount.address, 13n);
const closedListing = listingOf(sellerAccount.address, 14n);
const now = () => Math.floor(Date.now() / 1000);
const DAY = 86_400;

const listing = (id: string, token: string, name: string, price: string, status: "Active" | "Closed" = "Active") => ({
  id,
  status,
  price,
  stock: "3",
  token: { id: token },
  current: [{ id: `${id}-1`, name }],
});

/** The page's answer: `stored` as asked by digest; the seller's indexed coupons are those and `others`. */
function page(stored: IndexedCoupon[], others: IndexedCoupon[] = []): SellerCouponsQuery {
  return {
    _meta: { block: { number: 10, timestamp: now() - 5 } },
    stored,
    indexed: [...stored, ...others],
    account: {
      id: seller,
      listings: [
        listing(usdcListing, usdc.id, "Oak tray", "12500000"),
        listing(ethListing, eth.id, "Brass lamp", "20000000000000000"),
        listing(closedListing, usdc.id, "Old stool", "1000000", "Closed"),
      ],
    },
    tokens: [
      { ...eth, allowed: true },
      { ...usdc, allowed: true },
      { id: "0x000000000000000000000000000000000000da1a", symbol: "OLD", decimals: 18, native: false, allowed: false },
    ],
  };
}

const indexed = (signed: SignedCoupon, fields: Partial<IndexedCoupon>): IndexedCoupon => ({
  id: couponDigest(signed.coupon).toLowerCase(),
  redemptionCount: 0,
  contractRedemptions: "0",
  totalDiscount: "0",
  revoked: false,
  revokedAt: null,
  ...fields,
});

function connect() {
  setAccountState({ status: "connected", address: sellerAccount.address, chainId: 31337 });
}

async function renderCoupons(answer: () => SellerCouponsQuery, language: "en" | "zh" = "en") {
  const indexer = fakeIndexer((operation) => {
    if (operation !== "SellerCoupons") throw new Error(`unexpected ${operation}`);
    return answer();
  });
  const view = await renderPage(<SellerCouponsRoute />, { path: "/sell/coupons", client: indexer.client, language });
  return { ...view, request: indexer.request };
}

const row = (signed: SignedCoupon) =>
  document.querySelector<HTMLElement>(
    `[data-testid="seller-coupon"][data-digest="${couponDigest(signed.coupon).toLowerCase()}"]`,
  )!;

afterEach(() => {
  setAccountState({ status: "unknown" });
  resetChainClock();
  sessionStorage.clear();
});

describe("the seller's coupons page", () => {
  it("asks a visitor without a wallet to connect", async () => {
    setAccountState({ status: "disconnected" });
    await renderCoupons(() => page([]));
    expect((await screen.findByTestId("seller-coupons-connect")).textContent).toContain(
      "Connect your wallet to create and manage your coupons.",
    );
  });

  it("lists the coupons kept in this browser with what the index counted, and the seller's other coupons", async () => {
    const spring = await signedTestCoupon({ salt: 1n, maxRedemptions: 5, expiry: BigInt(now() + 30 * DAY) });
    const revoked = await signedTestCoupon({
      salt: 2n,
      kind: 1,
      value: 2_000_000n,
      listingId: BigInt(usdcListing),
      buyer: buyerAccount.address,
    });
    const usedUp = await signedTestCoupon({ salt: 3n, value: 500n, maxRedemptions: 1 });
    const expired = await signedTestCoupon({ salt: 4n, value: 500n, expiry: BigInt(now() - 100) });
    addStoredCoupon(owner, expired, { addedAt: 1 });
    addStoredCoupon(owner, usedUp, { addedAt: 2 });
    addStoredCoupon(owner, revoked, { addedAt: 3 });
    addStoredCoupon(owner, spring, { addedAt: 4, label: "Spring sale" });
    const revokedAt = now() - DAY;
    connect();
    const { request } = await renderCoupons(() =>
      page(
        [
          indexed(spring, { redemptionCount: 1, contractRedemptions: "1", totalDiscount: "1250000" }),
          indexed(revoked, { revoked: true, revokedAt: String(revokedAt) }),
          indexed(usedUp, { redemptionCount: 1, contractRedemptions: "1", totalDiscount: "62500" }),
        ],
        [{ ...indexed(spring, { redemptionCount: 3 }), id: `0x${"ab".repeat(32)}` }],
      ),
    );
    await screen.findByTestId("seller-coupon-list");

    // One query: by the seller and the stored digests.
    expect(request).toHaveBeenCalledTimes(1);
    expect(request.mock.calls[0]![1]).toEqual({
      seller,
      sellerRef: seller,
      ids: [spring, revoked, usedUp, expired].map((signed) => couponDigest(signed.coupon).toLowerCase()).sort(),
    });

    // Newest first, each with its status, uses against its limit, expiry and scope.
    expect(screen.getAllByTestId("seller-coupon").map((item) => item.dataset.status)).toEqual([
      "active",
      "revoked",
      "usedUp",
      "expired",
    ]);
    const first = within(row(spring));
    expect(first.getByRole("heading").textContent).toBe("Spring sale");
    expect(row(spring).textContent).toContain("10.00% off · Any listing in USDC · for anyone");
    expect(first.getByTestId("coupon-status").textContent).toBe("Active");
    expect(first.getByTestId("coupon-redemptions").textContent).toBe("1 of 5 used");
    expect(row(spring).textContent).toContain("Valid until");
    expect(row(spring).textContent).toContain("1.25 USDC off in all");
    expect(first.getByRole("button", { name: "Share" })).toBeTruthy();

    const second = within(row(revoked));
    expect(second.getByRole("heading").textContent).toBe("2 USDC off");
    expect(row(revoked).textContent).toContain("Listing #12: Oak tray · only for 0x3C44…93BC");
    expect(second.getByTestId("coupon-status").textContent).toBe("Revoked");
    expect(second.getByTestId("coupon-redemptions").textContent).toBe("0 uses, no limit");
    expect(row(revoked).textContent).toContain("Revoked on");

    expect(within(row(usedUp)).getByTestId("coupon-status").textContent).toBe("Used up");
    expect(within(row(usedUp)).getByTestId("coupon-redemptions").textContent).toBe("1 of 1 used");
    expect(within(row(expired)).getByTestId("coupon-status").textContent).toBe("Expired");
    expect(row(expired).textContent).toContain("Expired on");

    // Indexed coupons of the seller whose codes this browser lacks.
    const unknown = screen.getByTestId("unknown-coupons");
    expect(unknown.textContent).toContain("Coupons this browser does not have");
    expect(unknown.textContent).toContain("0xabab…abab · 3 uses");

    // A coupon that can no longer be used can be taken off the list (only here).
    fireEvent.click(within(row(expired)).getByRole("button", { name: "Remove from list" }));
    await waitFor(() => expect(screen.getAllByTestId("seller-coupon")).toHaveLength(3));
    expect(readStoredCoupons(owner).map((entry) => entry.digest)).not.toContain(couponDigest(expired.coupon));
  });

  it("shares a coupon as its code, a link to this site's cart and the link's QR code", async () => {
    const signed = await signedTestCoupon({ salt: 9n });
    addStoredCoupon(owner, signed);
    connect();
    await renderCoupons(() => page([]));
    fireEvent.click(await screen.findByRole("button", { name: "Share" }));
    const code = encodeCoupon(signed, testSite);
    expect((screen.getByTestId("coupon-share-code") as HTMLTextAreaElement).value).toBe(code);
    const link = (screen.getByTestId("coupon-share-link") as HTMLInputElement).value;
    expect(link).toBe(`${window.location.origin}/#/cart?coupon=${code}`);
    expect(await screen.findByRole("img", { name: "QR code of the coupon link" })).toBeTruthy();

    const writeText = vi.fn(async () => {});
    Object.assign(navigator, { clipboard: { writeText } });
    fireEvent.click(screen.getByRole("button", { name: "Copy code" }));
    expect(await screen.findByText("Copied.")).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(code);
  });

  it("adds a coupon made elsewhere from its code or link, and refuses others' and mistyped ones", async () => {
    connect();
    await renderCoupons(() => page([]));
    expect(await screen.findByTestId("seller-coupons-empty")).toBeTruthy();
    const input = screen.getByLabelText("Add a coupon you already made");
    const add = (text: string) => {
      fireEvent.change(input, { target: { value: text } });
      fireEvent.click(screen.getByRole("button", { name: "Add to list" }));
    };
    const message = async (kind: string) => {
      await waitFor(() => expect(screen.getByTestId("add-coupon-message").dataset.kind).toBe(kind));
      return screen.getByTestId("add-coupon-message").textContent;
    };

    const mine = await signedTestCoupon({ salt: 5n, value: 2_500n });
    add(`https://shop.example/#/cart?coupon=${encodeCoupon(mine, testSite)}`);
    expect(await message("added")).toBe("Added to your list.");
    expect(await screen.findByTestId("seller-coupon")).toBeTruthy();
    expect(readStoredCoupons(owner).map((entry) => entry.digest)).toEqual([couponDigest(mine.coupon)]);

    add(encodeCoupon(mine, testSite));
    expect(await message("duplicate")).toBe("This coupon is already in your list.");

    const theirs = await signedTestCoupon({ seller: strangerAccount.address, salt: 6n });
    add(encodeCoupon(theirs, testSite));
    expect(await message("notYours")).toBe("This coupon was signed by another seller (0x90F7…b906).");

    // Signed by someone else in the seller's name: the chain says the seller is no contract wallet.
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body)) as { id: number; method: string };
        expect(body.method).toBe("eth_getCode");
        return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: "0x" }));
      }),
    );
    const forged = { coupon: { ...mine.coupon, salt: 7n }, signature: mine.signature };
    add(encodeCoupon(forged, testSite));
    expect(await message("badSignature")).toBe("This coupon's signature is not valid.");

    add(encodeCoupon(mine, testSite).slice(0, -4));
    expect(await message("refused")).toBe("This code looks mistyped. Check it, or open the seller's link again.");
    expect(screen.getAllByTestId("seller-coupon")).toHaveLength(1);
  });
});

describe("the new-coupon form", () => {
  const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement | HTMLSelectElement;
  const type = (label: string, value: string) => {
    fireEvent.change(field(label), { target: { value } });
    fireEvent.blur(field(label));
  };

  it("shows each field's error next to it, in the chosen token's decimals", async () => {
    connect();
    await renderCoupons(() => page([]));
    await screen.findByTestId("coupon-form");
    type("Percentage", "150");
    type("Redemption limit (optional)", "0");
    type("Only for this buyer (optional)", "0x1234");
    expect((await screen.findByTestId("coupon-error-percent")).textContent).toBe("Between 0.01 and 100.");
    expect(screen.getByTestId("coupon-error-limit").textContent).toBe("From 1 to 4,294,967,295.");
    expect(screen.getByTestId("coupon-error-buyer").textContent).toContain("Not a wallet address");
    expect(field("Percentage").getAttribute("aria-invalid")).toBe("true");

    type("Only for this buyer (optional)", sellerAccount.address);
    await waitFor(() =>
      expect(screen.getByTestId("coupon-error-buyer").textContent).toBe(
        "That is your own address: you cannot buy from yourself.",
      ),
    );

    // A fixed amount: in the chosen token, at most its decimals.
    fireEvent.click(screen.getByLabelText("Fixed amount off"));
    fireEvent.change(field("Payment token"), { target: { value: usdc.id } });
    expect(screen.getByText("In USDC, at most 6 decimals. Never more than the item's total.")).toBeTruthy();
    type("Amount", "1.1234567");
    expect((await screen.findByTestId("coupon-error-amount")).textContent).toBe(
      "USDC has 6 decimals: use at most that many.",
    );

    const past = new Date((now() - DAY) * 1000);
    const pad = (value: number) => String(value).padStart(2, "0");
    type(
      "Valid until (optional)",
      `${past.getFullYear()}-${pad(past.getMonth() + 1)}-${pad(past.getDate())}T${pad(past.getHours())}:${pad(past.getMinutes())}`,
    );
    expect((await screen.findByTestId("coupon-error-expiry")).textContent).toMatch(
      /^Must be in the future \(it is now .+ on the chain\)\.$/,
    );
  });

  it("offers only the allowed tokens, and the chosen token's open listings", async () => {
    connect();
    await renderCoupons(() => page([]));
    await screen.findByTestId("coupon-form");
    const tokens = [...(field("Payment token") as HTMLSelectElement).options].map((option) => option.textContent);
    expect(tokens).toEqual(["ETH", "USDC"]);
    const listings = () => [...(field("Listing") as HTMLSelectElement).options].map((option) => option.textContent);
    expect(listings()).toEqual(["Any of your listings in ETH", "#13 Brass lamp · 0.02 ETH"]);
    fireEvent.change(field("Payment token"), { target: { value: usdc.id } });
    expect(listings()).toEqual(["Any of your listings in USDC", "#12 Oak tray · 12.5 USDC"]);

    // A listing chosen in one token is dropped when the token changes.
    fireEvent.change(field("Listing"), { target: { value: usdcListing } });
    fireEvent.change(field("Payment token"), { target: { value: eth.id } });
    await waitFor(() => expect(field("Listing").value).toBe(""));
  });

  it("keeps what was typed as a draft through a reload", async () => {
    connect();
    const first = await renderCoupons(() => page([]));
    await screen.findByTestId("coupon-form");
    type("Percentage", "15");
    fireEvent.change(field("Payment token"), { target: { value: usdc.id } });
    type("Note (optional)", "Launch week");
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(`agora.coupons.draft.31337.${seller}`) ?? "{}")).toMatchObject({
        percent: "15",
        label: "Launch week",
      }),
    );
    first.unmount();
    await renderCoupons(() => page([]));
    await screen.findByTestId("coupon-form");
    expect(field("Percentage").value).toBe("15");
    expect(field("Payment token").value).toBe(usdc.id);
    expect(field("Note (optional)").value).toBe("Launch week");
  });

  it("reads in Chinese", async () => {
    const signed = await signedTestCoupon({ salt: 3n });
    addStoredCoupon(owner, signed);
    connect();
    await renderCoupons(() => page([indexed(signed, { revoked: true, revokedAt: String(now()) })]), "zh");
    expect((await screen.findByRole("heading", { level: 1 })).textContent).toBe("优惠券");
    expect((await screen.findByTestId("coupon-status")).textContent).toBe("已撤回");
    expect(screen.getByLabelText("百分比")).toBeTruthy();
  });
});
