import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeIndexer, renderPage } from "../../../test/pageHarness";
import { ShipForm } from "./ShipForm";

const draftKey = "agora.sales.shipDraft.31337.3";
/** Renders the form once its namespace has loaded (the feature's strings load lazily). */
async function renderForm(onShip: (values: unknown) => Promise<boolean>) {
  const view = await renderPage(<ShipForm draftKey={draftKey} busy={false} onShip={onShip} />, {
    path: "/sales",
    client: fakeIndexer(() => ({})).client,
  });
  await screen.findByLabelText("Carrier");
  return view;
}
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const submit = () => fireEvent.click(screen.getByRole("button", { name: "Mark as shipped" }));

afterEach(() => sessionStorage.clear());

describe("ship form", () => {
  it("shows each field's error next to it and does not ship", async () => {
    const onShip = vi.fn(async () => true);
    await renderForm(onShip);
    type("Carrier", "x".repeat(61));
    type("Tracking link (optional)", "http://track.example/1");
    submit();
    expect((await screen.findByTestId("ship-error-carrier")).textContent).toBe("At most 60 characters.");
    expect(screen.getByTestId("ship-error-trackingNumber").textContent).toBe("Required.");
    expect(screen.getByTestId("ship-error-trackingUrl").textContent).toBe("Must be an https:// address.");
    expect(onShip).not.toHaveBeenCalled();
  });

  it("keeps what was typed as a draft through a failed ship and a reload; clears it once shipped", async () => {
    let shipped = false;
    const onShip = vi.fn(async (_values: unknown) => shipped);
    const view = await renderForm(onShip);
    type("Carrier", " SF Express ");
    type("Tracking number", "SF1234567890");
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(draftKey) ?? "{}")).toMatchObject({ carrier: " SF Express " }),
    );

    // A failed (or rejected) ship keeps everything.
    submit();
    await waitFor(() => expect(onShip).toHaveBeenCalledTimes(1));
    expect(onShip.mock.calls[0]![0]).toEqual({
      carrier: "SF Express",
      trackingNumber: "SF1234567890",
      trackingUrl: "",
    });
    expect((screen.getByLabelText("Tracking number") as HTMLInputElement).value).toBe("SF1234567890");

    // A reload restores the draft.
    view.unmount();
    await renderForm(onShip);
    expect((screen.getByLabelText("Carrier") as HTMLInputElement).value).toBe(" SF Express ");
    expect((screen.getByLabelText("Tracking number") as HTMLInputElement).value).toBe("SF1234567890");

    shipped = true;
    submit();
    await waitFor(() => expect((screen.getByLabelText("Carrier") as HTMLInputElement).value).toBe(""));
    expect(sessionStorage.getItem(draftKey)).toBeNull();
  });
});
