import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { IndexerError } from "../../../lib/indexer/client";
import type { CouponQuery } from "../../../lib/indexer/generated/graphql";
import { fakeIndexer, renderPage } from "../../../test/pageHarness";
import { usdc } from "../../../test/fixtures";
import { COUPON_FIXED, couponDigest, type CouponTerms } from "../coupon";
import { encodeCoupon } from "../couponCode";
import { buyerAccount, listingOf, sellerAccount, signedTestCoupon, testSite } from "../testCoupons";
import type { ValidatedCoupon } from "../validateCoupon";
import { CouponField } from "./CouponField";

const line = { listingId: listingOf(sellerAccount.address, 12n), token: usdc, lineTotal: 25_000_000n };
const buyer = buyerAccount.address.toLowerCase();

/** The index's answer to the `Coupon` query: the entity as graph-node returns it, or null. */
function couponEntity(digest: string, entity?: { revoked?: boolean; contractRedemptions?: string }): CouponQuery {
  if (!entity) return { coupon: null };
  return {
    coupon: {
      id: digest,
      revoked: entity.revoked ?? false,
      contractRedemptions: entity.contractRedemptions ?? "0",
    },
  };
}

async function codeFor(terms: Partial<CouponTerms> = {}) {
  const signed = await signedTestCoupon(terms);
  return { signed, code: encodeCoupon(signed, testSite), digest: couponDigest(signed.coupon) };
}

/** The field as the checkout holds it: the applied code in state, both callbacks spied on. */
async function renderField({
  code,
  entity,
  disconnected = false,
  language = "en",
  answer,
}: {
  code?: string;
  entity?: { revoked?: boolean; contractRedemptions?: string };
  /** No wallet connected. */
  disconnected?: boolean;
  language?: "en" | "zh";
  answer?: (variables: Record<string, unknown>) => unknown;
}) {
  const onChange = vi.fn();
  const onValidated = vi.fn<(coupon: ValidatedCoupon | undefined) => void>();
  const indexer = fakeIndexer((operation, variables) => {
    expect(operation).toBe("Coupon");
    return answer ? answer(variables) : couponEntity(String(variables.id), entity);
  });
  function Checkout() {
    const [applied, setApplied] = useState(code);
    const [quantity, setQuantity] = useState(1n);
    return (
      <>
        <button type="button" onClick={() => setQuantity(quantity + 1n)}>
          One more
        </button>
        <CouponField
          line={{ ...line, lineTotal: line.lineTotal * quantity }}
          buyer={disconnected ? undefined : buyer}
          code={applied}
          onChange={(next) => {
            onChange(next);
            setApplied(next);
          }}
          onValidated={onValidated}
        />
      </>
    );
  }
  await renderPage(<Checkout />, { path: "/checkout", client: indexer.client, language });
  return { onChange, onValidated, request: indexer.request };
}

describe("CouponField", () => {
  it("shows a valid coupon's saving and reports it for the cart line", async () => {
    const { signed, code, digest } = await codeFor({ maxRedemptions: 5, expiry: 4_102_488_000n });
    const { onValidated, request, onChange } = await renderField({ code, entity: { contractRedemptions: "2" } });

    const saving = await screen.findByTestId("coupon-discount");
    expect(saving.textContent).toBe("10.00% off: you save 2.5 USDC");
    expect(screen.getByTestId("coupon-field").textContent).toContain("3 uses left");
    expect(screen.getByTestId("coupon-field").textContent).toContain("Valid until Jan 1, 2100");
    expect(request).toHaveBeenCalledWith(expect.anything(), { id: digest }, expect.anything());
    await waitFor(() =>
      expect(onValidated).toHaveBeenLastCalledWith(expect.objectContaining({ discount: 2_500_000n })),
    );
    const reported = onValidated.mock.lastCall![0]!;
    expect(reported.signature).toBe(signed.signature);
    expect(reported.digest).toBe(digest);
    expect(reported.coupon.salt).toBe(signed.coupon.salt);
    // Once while checking (none yet), once valid: not on every render.
    expect(onValidated.mock.calls.map(([coupon]) => coupon?.discount)).toEqual([undefined, 2_500_000n]);
    const reports = onValidated.mock.calls.length;

    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(onChange).toHaveBeenLastCalledWith(undefined);
    await waitFor(() => expect(onValidated).toHaveBeenLastCalledWith(undefined));
    expect(onValidated.mock.calls.length).toBe(reports + 1);
    expect(screen.getByLabelText<HTMLInputElement>("Coupon code").value).toBe("");
  });

  it("follows the line total without checking again", async () => {
    const { code } = await codeFor();
    const { onValidated, request } = await renderField({ code });
    expect((await screen.findByTestId("coupon-discount")).textContent).toBe("10.00% off: you save 2.5 USDC");
    fireEvent.click(screen.getByRole("button", { name: "One more" }));
    expect(screen.getByTestId("coupon-discount").textContent).toBe("10.00% off: you save 5 USDC");
    await waitFor(() =>
      expect(onValidated).toHaveBeenLastCalledWith(expect.objectContaining({ discount: 5_000_000n })),
    );
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("checks a code typed or pasted as a link, and shows a fixed amount with its share of the line", async () => {
    const { code } = await codeFor({ kind: COUPON_FIXED, value: 5_000_000n });
    const { onChange, request } = await renderField({});
    const input = await screen.findByLabelText<HTMLInputElement>("Coupon code");

    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(screen.getByTestId("coupon-field").textContent).toContain("Enter a coupon code first.");
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: ` https://shop.example/#/cart?coupon=${code} ` } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(onChange).toHaveBeenCalledWith(code);
    expect((await screen.findByTestId("coupon-discount")).textContent).toBe("You save 5 USDC (20.00% of this item)");
    expect(request).toHaveBeenCalledTimes(1);
  });

  it("says why a coupon is refused, and reports none", async () => {
    const usedUp = await codeFor({ maxRedemptions: 5 });
    const first = await renderField({ code: usedUp.code, entity: { contractRedemptions: "5" } });
    const refusal = await screen.findByTestId("coupon-refusal");
    expect(refusal.textContent).toBe("Used up (5 of 5).");
    expect(screen.getByLabelText("Coupon code").getAttribute("aria-invalid")).toBe("true");
    expect(first.onValidated).not.toHaveBeenCalledWith(expect.objectContaining({ discount: expect.anything() }));

    // The field keeps the refused code for editing; Remove clears it.
    expect(screen.getByLabelText<HTMLInputElement>("Coupon code").value).toBe(usedUp.code);
    fireEvent.click(screen.getByRole("button", { name: "Remove" }));
    expect(first.onChange).toHaveBeenLastCalledWith(undefined);
  });

  // Expiry times at noon UTC, so the date reads the same in any test machine's time zone.
  it.each([
    ["revoked", {}, { revoked: true }, "Revoked by the seller."],
    ["expired", { expiry: 1_700_049_600n }, undefined, "This coupon expired on Nov 15, 2023"],
    ["for listing 7", { listingId: BigInt(listingOf(sellerAccount.address, 7n)) }, undefined, "Only for listing #7."],
  ] as const)("refuses a %s coupon", async (_, terms, entity, sentence) => {
    const { code } = await codeFor(terms);
    await renderField({ code, entity });
    expect((await screen.findByTestId("coupon-refusal")).textContent).toContain(sentence);
  });

  it("says mistyped without asking the index", async () => {
    const { code } = await codeFor();
    const { request } = await renderField({ code: `${code.slice(0, 30)}Q${code.slice(31)}` });
    const refusal = await screen.findByTestId("coupon-refusal");
    expect(refusal.dataset.reason).toBe("mistyped");
    expect(refusal.textContent).toBe("This code looks mistyped. Check it, or open the seller's link again.");
    expect(request).not.toHaveBeenCalled();
  });

  it("asks for the wallet a buyer-bound coupon was issued to", async () => {
    const { code } = await codeFor({ buyer: buyerAccount.address });
    await renderField({ code, disconnected: true });
    expect((await screen.findByTestId("coupon-refusal")).textContent).toBe(
      "This coupon was issued to one wallet (0x3C44…93BC): connect the wallet it was issued to.",
    );
  });

  it("offers a retry when the index fails", async () => {
    const { code } = await codeFor();
    let fail = true;
    await renderField({
      code,
      answer: (variables) => {
        if (fail) throw new IndexerError("unreachable", "down");
        return couponEntity(String(variables.id));
      },
    });
    expect(await screen.findByText("The coupon could not be checked right now.")).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect((await screen.findByTestId("coupon-discount")).textContent).toBe("10.00% off: you save 2.5 USDC");
  });

  it("speaks Chinese", async () => {
    const { code } = await codeFor({ maxRedemptions: 5 });
    await renderField({ code, entity: { contractRedemptions: "5" }, language: "zh" });
    expect((await screen.findByTestId("coupon-refusal")).textContent).toBe("已用完（5/5 次）。");
    expect(screen.getByLabelText("优惠码")).toBeTruthy();
  });
});
