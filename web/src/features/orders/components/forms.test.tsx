import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { I18nextProvider } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ConfigProvider } from "../../../config/ConfigContext";
import { initI18n } from "../../../lib/i18n/i18n";
import { testConfig } from "../../../test/renderApp";
import { draftKey } from "../forms";
import { orderHex } from "../orderFixtures";
import { ReviewForm } from "./ReviewForm";
import { StatementForm } from "./StatementForm";

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("orders");
});
afterEach(() => sessionStorage.clear());

const wrap = (element: React.ReactElement) => (
  <ConfigProvider config={testConfig}>
    <I18nextProvider i18n={i18next}>{element}</I18nextProvider>
  </ConfigProvider>
);
const photo = (name: string, type = "image/jpeg") => new File([new Uint8Array([0xff, 0xd8])], name, { type });

function renderStatement(onSubmit: (values: { statement: string }, photos: File[]) => Promise<boolean>) {
  return render(
    wrap(
      <StatementForm
        orderId={orderHex}
        kind="dispute"
        submitLabel="Open the dispute"
        busy={false}
        onSubmit={onSubmit}
        onClose={() => {}}
      />,
    ),
  );
}

describe("<StatementForm>", () => {
  it("needs a statement, and says so next to the field", async () => {
    const onSubmit = vi.fn(async () => true);
    renderStatement(onSubmit);
    fireEvent.click(screen.getByRole("button", { name: "Open the dispute" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Please write something here.");
    expect(screen.getByLabelText("What happened?").getAttribute("aria-invalid")).toBe("true");
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("keeps text and photos through a failed write and the text through a reload; clears all on success", async () => {
    let succeed = false;
    const onSubmit = vi.fn(async () => succeed);
    const first = renderStatement(onSubmit);
    fireEvent.change(screen.getByLabelText("What happened?"), { target: { value: "  The shade arrived cracked.  " } });
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(draftKey(31337, orderHex, "dispute"))!)).toEqual({
        statement: "  The shade arrived cracked.  ",
      }),
    );
    // A reload: the draft comes back into a new form.
    first.unmount();
    renderStatement(onSubmit);
    const field = screen.getByLabelText<HTMLTextAreaElement>("What happened?");
    expect(field.value).toBe("  The shade arrived cracked.  ");

    fireEvent.change(screen.getByTestId("photo-input"), {
      target: { files: [photo("crack.jpg"), photo("notes.txt", "text/plain")] },
    });
    expect(screen.getAllByTestId("picked-photo")).toHaveLength(1);
    expect(screen.getByRole("alert").textContent).toContain("“notes.txt” is not a photo");

    // The wallet refused: everything stays.
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Open the dispute" })));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]).toEqual([{ statement: "The shade arrived cracked." }, [expect.any(File)]]);
    expect((onSubmit.mock.calls[0] as unknown as [unknown, File[]])[1][0]!.name).toBe("crack.jpg");
    expect(field.value).toBe("  The shade arrived cracked.  ");
    expect(screen.getAllByTestId("picked-photo")).toHaveLength(1);
    expect(sessionStorage.getItem(draftKey(31337, orderHex, "dispute"))).not.toBeNull();

    // Sent: the form empties and the draft is gone.
    succeed = true;
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Open the dispute" })));
    await waitFor(() => expect(field.value).toBe(""));
    expect(screen.queryAllByTestId("picked-photo")).toHaveLength(0);
    expect(sessionStorage.getItem(draftKey(31337, orderHex, "dispute"))).toBeNull();
  });

  it("takes at most six photos", () => {
    renderStatement(async () => true);
    fireEvent.change(screen.getByTestId("photo-input"), {
      target: { files: Array.from({ length: 8 }, (_, index) => photo(`p${index}.png`, "image/png")) },
    });
    expect(screen.getAllByTestId("picked-photo")).toHaveLength(6);
    expect(screen.getByRole("alert").textContent).toBe("At most 6 photos.");
    expect(screen.queryByTestId("photo-input")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Remove photo 2" }));
    expect(screen.getAllByTestId("picked-photo")).toHaveLength(5);
  });
});

describe("<ReviewForm>", () => {
  const renderReview = (onSubmit: (values: unknown, photos: File[]) => Promise<boolean>) =>
    render(
      wrap(
        <ReviewForm
          orderId={orderHex}
          submitLabel="Publish the review"
          busy={false}
          onSubmit={onSubmit}
          onClose={() => {}}
        />,
      ),
    );

  it("asks for 1 to 5 stars as an accessible radio group, then sends rating, title and text", async () => {
    const onSubmit = vi.fn(async () => false);
    renderReview(onSubmit);
    const group = screen.getByRole("radiogroup", { name: "Rating" });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole("radio").map((radio) => radio.getAttribute("value"))).toEqual(["1", "2", "3", "4", "5"]);
    fireEvent.click(screen.getByRole("button", { name: "Publish the review" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Choose from 1 to 5 stars.");
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("radio", { name: "4 stars" }));
    fireEvent.change(screen.getByLabelText("Title (optional)"), { target: { value: "Lovely lamp " } });
    await act(async () => void fireEvent.click(screen.getByRole("button", { name: "Publish the review" })));
    expect(onSubmit).toHaveBeenCalledWith({ rating: "4", title: "Lovely lamp", body: "" }, []);
    // Four stars lit.
    expect(document.querySelectorAll(".star-rating__star[data-on]")).toHaveLength(4);
  });

  it("restores the stars and text of a draft after a reload", () => {
    sessionStorage.setItem(
      draftKey(31337, orderHex, "review"),
      JSON.stringify({ rating: "2", title: "Hm", body: "Dim." }),
    );
    renderReview(async () => true);
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "2 stars" }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>("Title (optional)").value).toBe("Hm");
    expect(screen.getByLabelText<HTMLTextAreaElement>("Your review (optional)").value).toBe("Dim.");
  });
});
