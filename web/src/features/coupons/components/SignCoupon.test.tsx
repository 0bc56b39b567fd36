// The signing island against a wallet (wagmi's mock connector) whose eth_signTypedData_v4 really
// signs with a dev key: what the wallet is asked to sign is the Marketplace's Coupon typed data,
// the signature recovers to the seller, and the coupon joins the seller's list. No transaction.
import { QueryClient } from "@tanstack/react-query";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import {
  getAddress,
  hashTypedData,
  recoverTypedDataAddress,
  zeroAddress,
  type LocalAccount,
  type TypedDataDefinition,
} from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import type { IndexerClient } from "../../../lib/indexer/client";
import { fakeChain, type FakeChain } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import { couponDigest, couponTypedData, COUPON_PERCENT, type Coupon } from "../coupon";
import type { CouponFormValues } from "../couponForm";
import { readStoredCoupons, type StoredCoupon } from "../couponStore";
import { sellerAccount, strangerAccount, testSite, usdcAddress } from "../testCoupons";
import SignCoupon from "./SignCoupon";

const seller = sellerAccount.address;
const indexer: IndexerClient = { request: async () => ({ _meta: { block: { number: 1 } } }) as never };
const values: CouponFormValues = {
  terms: {
    kind: COUPON_PERCENT,
    value: 1_000n,
    token: getAddress(usdcAddress),
    listingId: 0n,
    expiry: 2_000_000_000n,
    maxRedemptions: 5,
  },
  label: "Ten off",
};

let chain: FakeChain;
/** The key the wallet signs with (the connected account's, unless a test says otherwise). */
let walletKey: LocalAccount;
/** What the wallet was asked to sign, as JSON typed data. */
let asked: { address: string; json: string }[];

/** EIP-712 JSON (numbers as strings, EIP712Domain listed) back into viem's typed data. */
function fromJson(json: string): TypedDataDefinition {
  const parsed = JSON.parse(json) as {
    domain: { chainId: string | number } & Record<string, unknown>;
    types: Record<string, { name: string; type: string }[]>;
    primaryType: string;
    message: Record<string, unknown>;
  };
  const { EIP712Domain: _domainType, ...types } = parsed.types;
  const fields = types[parsed.primaryType]!;
  const message = Object.fromEntries(
    Object.entries(parsed.message).map(([name, value]) => {
      const type = fields.find((field) => field.name === name)!.type;
      return [name, /^u?int/.test(type) ? BigInt(value as string) : value];
    }),
  );
  return {
    domain: { ...parsed.domain, chainId: BigInt(parsed.domain.chainId) },
    types,
    primaryType: parsed.primaryType,
    message,
  } as unknown as TypedDataDefinition;
}

async function request(args: { method: string; params?: unknown }): Promise<unknown> {
  if (args.method === "eth_signTypedData_v4") {
    const [address, json] = args.params as [string, string];
    asked.push({ address, json });
    return walletKey.signTypedData(fromJson(json));
  }
  // The seller is an account without code (not a contract wallet).
  if (args.method === "eth_getCode") return "0x";
  return chain.request(args);
}

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("coupons");
});
beforeEach(() => {
  chain = fakeChain({ from: seller });
  walletKey = sellerAccount;
  asked = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { id: number; method: string; params: unknown };
      return new Response(JSON.stringify({ jsonrpc: "2.0", id: body.id, result: await request(body) }));
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function renderSign(prepare: () => Promise<CouponFormValues | "invalid">) {
  const onSigned = vi.fn<(stored: StoredCoupon, kept: boolean) => void>();
  const view = await renderWithWallet(
    <SignCoupon seller={seller.toLowerCase()} site={testSite} prepare={prepare} onSigned={onSigned} />,
    { account: seller, chain: { request }, indexer, queryClient: new QueryClient() },
  );
  return { ...view, onSigned };
}

describe("<SignCoupon>", () => {
  it("has the seller's wallet sign the Marketplace's Coupon typed data, recoverable to the seller, and keeps it", async () => {
    const { onSigned, cleanup } = await renderSign(async () => values);
    fireEvent.click(await screen.findByRole("button", { name: "Sign coupon" }));
    await waitFor(() => expect(onSigned).toHaveBeenCalledTimes(1));
    const [stored, kept] = onSigned.mock.calls[0]!;
    expect(kept).toBe(true);
    const { coupon, signature } = stored.signed;

    // The coupon: the form's terms, this seller, this site, a random salt.
    expect(coupon).toMatchObject({
      seller,
      listingId: 0n,
      token: getAddress(usdcAddress),
      kind: 0,
      value: 1_000n,
      buyer: zeroAddress,
      expiry: 2_000_000_000n,
      maxRedemptions: 5,
      chainId: 31337n,
      marketplace: testSite.marketplace,
    } satisfies Partial<Coupon>);

    // One request to the wallet, for the connected account: the Marketplace's domain and Coupon type.
    expect(asked).toHaveLength(1);
    expect(asked[0]!.address.toLowerCase()).toBe(seller.toLowerCase());
    const json = JSON.parse(asked[0]!.json) as { primaryType: string; domain: unknown };
    expect(json.primaryType).toBe("Coupon");
    expect(json.domain).toEqual({
      name: "Agora Marketplace",
      version: "1",
      chainId: "31337",
      verifyingContract: testSite.marketplace,
    });
    const typedData = fromJson(asked[0]!.json);
    expect(typedData.types).toEqual(couponTypedData(coupon).types);
    // What the wallet signed hashes to the coupon's digest (the contract's couponHash)…
    expect(hashTypedData(typedData)).toBe(couponDigest(coupon));
    // …and its signature recovers to the seller from the contract's typed data.
    expect(await recoverTypedDataAddress({ ...couponTypedData(coupon), signature })).toBe(seller);

    // Kept in this browser's list under the seller, with its note; nothing was sent to the chain.
    const list = readStoredCoupons({ chainId: 31337, seller });
    expect(list.map((entry) => [entry.digest, entry.signed.signature, entry.addedAt, entry.label])).toEqual([
      [couponDigest(coupon), signature, stored.addedAt, "Ten off"],
    ]);
    expect(chain.sent).toHaveLength(0);
    await cleanup();
  });

  it("asks the wallet for nothing while the form is invalid", async () => {
    const prepare = vi.fn(async () => "invalid" as const);
    const { onSigned, cleanup } = await renderSign(prepare);
    fireEvent.click(await screen.findByRole("button", { name: "Sign coupon" }));
    await waitFor(() => expect(prepare).toHaveBeenCalled());
    expect(asked).toHaveLength(0);
    expect(onSigned).not.toHaveBeenCalled();
    await cleanup();
  });

  it("refuses a signature made by another account, and keeps nothing", async () => {
    walletKey = strangerAccount;
    const { onSigned, cleanup } = await renderSign(async () => values);
    fireEvent.click(await screen.findByRole("button", { name: "Sign coupon" }));
    expect((await screen.findByRole("alert")).textContent).toContain(
      "The wallet signed with another account: switch to 0x7099…79c8 and try again.",
    );
    expect(onSigned).not.toHaveBeenCalled();
    expect(readStoredCoupons({ chainId: 31337, seller })).toEqual([]);
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
    await cleanup();
  });
});
