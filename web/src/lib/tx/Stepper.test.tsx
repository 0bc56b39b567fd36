import { fireEvent, render, screen } from "@testing-library/react";
import i18next from "i18next";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../i18n/i18n";
import type { TxState } from "./runner";
import { Stepper } from "./Stepper";

beforeEach(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
});

const running: TxState = {
  status: "running",
  steps: [
    { id: "encrypt", label: "Encrypt", status: "done" },
    { id: "upload", label: "Upload to IPFS", status: "active", progress: 0.4 },
    { id: "send", label: "Confirm in your wallet", status: "pending" },
  ],
};

describe("Stepper", () => {
  it("lists the steps with their status, the upload's progress, and announces the current step", () => {
    render(<Stepper state={running} />);
    const items = screen.getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "✓Encrypt (Done)",
      "Upload to IPFS (In progress)",
      "3Confirm in your wallet (Not started)",
    ]);
    expect(items[1]!.getAttribute("aria-current")).toBe("step");
    expect(screen.getByRole("progressbar", { name: "40.00% uploaded" })).toBeTruthy();
    expect(screen.getByText("Step 2 of 3: Upload to IPFS").getAttribute("aria-live")).toBe("polite");
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("shows the error as an alert with a Retry button", () => {
    const retry = vi.fn();
    const failed: TxState = {
      status: "failed",
      steps: [{ id: "send", label: "Confirm in your wallet", status: "failed" }],
      error: { kind: "revert", name: "InsufficientStock", message: "Only 2 left." },
    };
    render(<Stepper state={failed} onRetry={retry} />);
    expect(screen.getByRole("alert").textContent).toContain("Only 2 left.");
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it("renders nothing for an idle write", () => {
    const { container } = render(<Stepper state={{ status: "idle", steps: [] }} />);
    expect(container.innerHTML).toBe("");
  });
});
