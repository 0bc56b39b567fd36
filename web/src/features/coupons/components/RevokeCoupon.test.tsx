// The revoke island against a fake chain (wagmi's mock connector): nothing is sent before the
// seller confirms; then revokeCoupon(coupon) with the coupon's exact terms, and the coupon reads refreshed.
import { abis } from "@agora/contracts";
import { QueryClient } from "@tanstack/react-query";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { couponDigest, type Coupon } from "../coupon";
import { sellerAccount, strangerAccount, testCoupon } from "../testCoupons";
import RevokeCoupon from "./RevokeCoupon";

let chain: FakeChain;

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("coupons");
});
beforeEach(() => {
  chain = fakeChain({ from: sellerAccount.address });
  serveJsonRpc(chain);
});
afterEach(() => vi.unstubAllGlobals());

function renderRevoke(coupon: Coupon, account = sellerAccount.address) {
  return renderWithWallet(<RevokeCoupon coupon={coupon} />, { account, chain, queryClient: new QueryClient() });
}

describe("<RevokeCoupon>", () => {
  it("revokes the coupon with its exact terms once the seller confirms, then refreshes the coupon reads", async () => {
    const coupon = testCoupon({ maxRedemptions: 5, expiry: 1_900_000_000n });
    const { invalidate, cleanup } = await renderRevoke(coupon);
    fireEvent.click(await screen.findByRole("button", { name: "Revoke…" }));
    expect(screen.getByText(/No one will be able to use it again/)).toBeTruthy();
    expect(chain.sent).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: "Revoke coupon" }));
    await waitFor(() => expect(screen.getByText("All done.")).toBeTruthy());
    expect(chain.sent).toHaveLength(1);
    const call = decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[0]! });
    expect(call.functionName).toBe("revokeCoupon");
    // Every term as signed (the digest covers them all), so the contract revokes this very coupon.
    expect(couponDigest((call.args as [Coupon])[0])).toBe(couponDigest(coupon));
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([indexerKeys.coupons()]);
    await cleanup();
  });

  it("sends nothing when the seller keeps the coupon", async () => {
    const { cleanup } = await renderRevoke(testCoupon());
    fireEvent.click(await screen.findByRole("button", { name: "Revoke…" }));
    fireEvent.click(screen.getByRole("button", { name: "Keep it" }));
    expect(await screen.findByRole("button", { name: "Revoke…" })).toBeTruthy();
    expect(chain.sent).toHaveLength(0);
    await cleanup();
  });

  it("offers nothing to another account (the contract would refuse it)", async () => {
    const { container, cleanup } = await renderRevoke(testCoupon(), strangerAccount.address);
    await waitFor(() => expect(container.textContent).toBe(""));
    expect(screen.queryByRole("button")).toBeNull();
    await cleanup();
  });
});
