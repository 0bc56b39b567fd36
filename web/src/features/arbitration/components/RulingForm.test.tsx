// The ruling form alone (no wallet): the slider, the percentage and both amounts edit one share and
// show it again; the breakdown is the contract's arithmetic; the reason is checked; a review step
// comes before `onRule`; the draft survives a failed send and a reload.
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import { usdc } from "../../../test/fixtures";
import { rulingDraftKey } from "../ruling";
import { splitRuling, type SplitTerms } from "../split";
import { RulingForm, type RulingDecision } from "./RulingForm";

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("arbitration");
});
afterEach(() => sessionStorage.clear());

/** 20 USDC in escrow, 1% arbiter fee, 2.5% platform fee. */
const terms: SplitTerms = { escrow: 20_000_000n, arbiterFeeBps: 100, feeBps: 250 };
const draftKey = rulingDraftKey(31337, "42");
const REASON = "The photos show a crack the seller's packing photo does not.";

function renderForm(onRule: (decision: RulingDecision) => Promise<boolean> = vi.fn(async () => true), busy = false) {
  return render(
    <I18nextProvider i18n={i18next}>
      <RulingForm terms={terms} token={usdc} draftKey={draftKey} busy={busy} onRule={onRule} />
    </I18nextProvider>,
  );
}

const input = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);
const shown = () => ({
  slider: input("ruling-slider").value,
  percent: input("ruling-percent").value,
  buyer: input("ruling-buyer").value,
  seller: input("ruling-seller").value,
});

describe("<RulingForm>", () => {
  it("starts at half and keeps the slider, percentage and both amounts in step", () => {
    renderForm();
    // 50% of 19.8 USDC (after the 0.2 fee) = 9.9; the seller's 9.9 minus 2.5% = 9.6525.
    expect(shown()).toEqual({ slider: "5000", percent: "50", buyer: "9.9", seller: "9.6525" });

    fireEvent.change(input("ruling-slider"), { target: { value: "7000" } });
    expect(shown()).toEqual({ slider: "7000", percent: "70", buyer: "13.86", seller: "5.7915" });
    expect(screen.getByTestId("ruling-share").textContent).toBe("70.00% to the buyer, 30.00% to the seller");

    fireEvent.change(input("ruling-percent"), { target: { value: "25.5" } });
    expect(input("ruling-slider").value).toBe("2550");
    expect(input("ruling-buyer").value).toBe(String(Number(splitRuling(terms, 2_550).buyerAmount) / 1e6));

    // An exact buyer amount: the share follows, and the seller's amount with it.
    fireEvent.change(input("ruling-buyer"), { target: { value: "4.95" } });
    expect(shown()).toMatchObject({ slider: "2500", percent: "25", buyer: "4.95", seller: "14.47875" });

    // An exact seller amount moves everything else.
    fireEvent.change(input("ruling-seller"), { target: { value: "0" } });
    fireEvent.blur(input("ruling-seller"));
    expect(shown()).toEqual({ slider: "10000", percent: "100", buyer: "19.8", seller: "0" });

    // The quick splits set it too.
    fireEvent.click(screen.getByRole("button", { name: "0%" }));
    expect(shown()).toEqual({ slider: "0", percent: "0", buyer: "0", seller: "19.305" });
  });

  it("shows what each side receives, to the base unit, as the contract computes it", () => {
    renderForm();
    fireEvent.change(input("ruling-slider"), { target: { value: "7000" } });
    const split = splitRuling(terms, 7_000);
    const cell = (key: string) => screen.getByTestId(`split-${key}`).textContent;
    expect(cell("escrow")).toBe("20 USDC");
    expect(cell("arbiter-fee")).toBe("0.2 USDC");
    expect(cell("buyer")).toBe("13.86 USDC");
    expect(cell("seller-share")).toBe("5.94 USDC");
    expect(cell("platform-fee")).toBe("0.1485 USDC");
    expect(cell("seller")).toBe("5.7915 USDC");
    expect(split.buyerAmount + split.sellerAmount + split.platformFee + split.arbiterFee).toBe(terms.escrow);
  });

  it("moves an amount no share pays exactly to the closest, and says so", () => {
    renderForm();
    // Shares move in steps of 0.00198 USDC here: 5 USDC is between two of them.
    fireEvent.change(input("ruling-buyer"), { target: { value: "5" } });
    const closest = splitRuling(terms, Number(input("ruling-slider").value)).buyerAmount;
    expect(closest).not.toBe(5_000_000n);
    expect(screen.getByTestId("ruling-buyer-problem").textContent).toBe(
      `Closest possible: ${Number(closest) / 1e6} USDC (shares move in steps of 0.01%).`,
    );
    // The typed text stays while typing; leaving the field shows the amount that will be paid.
    expect(input("ruling-buyer").value).toBe("5");
    fireEvent.blur(input("ruling-buyer"));
    expect(input("ruling-buyer").value).toBe(String(Number(closest) / 1e6));
    expect(screen.queryByTestId("ruling-buyer-problem")).toBeNull();
  });

  it("refuses numbers it cannot read, with the reason next to the field", async () => {
    const onRule = vi.fn(async () => true);
    renderForm(onRule);
    fireEvent.change(input("ruling-percent"), { target: { value: "101" } });
    expect(screen.getByTestId("ruling-percent-problem").textContent).toBe(
      "Enter a percentage between 0 and 100, with at most two decimals.",
    );
    fireEvent.change(input("ruling-percent"), { target: { value: "12.345" } });
    expect(input("ruling-percent").getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(input("ruling-buyer"), { target: { value: "1.0000001" } });
    expect(screen.getByTestId("ruling-buyer-problem").textContent).toBe("At most 6 decimals.");
    fireEvent.change(input("ruling-buyer"), { target: { value: "abc" } });
    expect(screen.getByTestId("ruling-buyer-problem").textContent).toBe("Enter an amount like 12.5.");
    fireEvent.change(input("ruling-seller"), { target: { value: "19.4" } });
    expect(screen.getByTestId("ruling-seller-problem").textContent).toBe("At most 19.305 USDC.");
    // An unreadable number blocks the review even with a good reason.
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: REASON } });
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));
    expect(screen.queryByTestId("ruling-confirm")).toBeNull();
    expect(onRule).not.toHaveBeenCalled();
  });

  it("needs a reason of at least 20 characters", async () => {
    const onRule = vi.fn(async () => true);
    renderForm(onRule);
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));
    expect(screen.getByTestId("ruling-reason-error").textContent).toBe("Write the reason for your ruling.");
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "Too short." } });
    await waitFor(() =>
      expect(screen.getByTestId("ruling-reason-error").textContent).toBe(
        "Explain the ruling in at least 20 characters.",
      ),
    );
    expect(screen.queryByTestId("ruling-confirm")).toBeNull();
    expect(onRule).not.toHaveBeenCalled();
  });

  it("asks for confirmation with every amount, then rules; a failed send keeps the draft, a reload restores it", async () => {
    let succeed = false;
    const onRule = vi.fn(async () => succeed);
    const first = renderForm(onRule);
    fireEvent.change(input("ruling-percent"), { target: { value: "70" } });
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: `  ${REASON}  ` } });
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));
    expect(screen.getByTestId("ruling-confirm").textContent).toContain(
      "70.00% to the buyer: the buyer receives 13.86 USDC, the seller 5.7915 USDC, you 0.2 USDC and the platform 0.1485 USDC.",
    );
    expect(onRule).not.toHaveBeenCalled();

    await act(async () => void fireEvent.click(screen.getByTestId("ruling-send")));
    expect(onRule).toHaveBeenCalledWith({ share: 7_000, reason: REASON, split: splitRuling(terms, 7_000) });
    expect(JSON.parse(sessionStorage.getItem(draftKey)!)).toEqual({ share: "7000", reason: `  ${REASON}  ` });

    // A reload: the share and reason come back.
    first.unmount();
    renderForm(onRule);
    expect(input("ruling-percent").value).toBe("70");
    expect(screen.getByLabelText<HTMLTextAreaElement>("Reason").value).toBe(`  ${REASON}  `);

    succeed = true;
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-send")));
    expect(onRule).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(sessionStorage.getItem(draftKey)).toBeNull());
    expect(screen.queryByTestId("ruling-confirm")).toBeNull();
  });

  it("changing the split after the review asks to review again", async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: REASON } });
    await act(async () => void fireEvent.click(screen.getByTestId("ruling-review")));
    expect(screen.getByTestId("ruling-confirm")).toBeTruthy();
    fireEvent.change(input("ruling-slider"), { target: { value: "6000" } });
    expect(screen.queryByTestId("ruling-confirm")).toBeNull();
  });
});
