import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fakeContent, renderPage } from "../../test/pageHarness";
import { ContentOutageNotice } from "./ContentOutageNotice";
import { IpfsImage } from "./IpfsImage";
import { ContentError } from "./reader";

describe("IPFS outage banner", () => {
  it("shows when reads fail for want of a gateway, stays up while Retry reads again, and clears on success", async () => {
    let answer: (address: string) => Promise<string> = (address) =>
      Promise.reject(new ContentError("unavailable", `${address}: connection refused`));
    const pending: (() => void)[] = [];
    const content = fakeContent({ blobUrl: (address) => answer(address) });
    await renderPage(
      <>
        <ContentOutageNotice />
        <IpfsImage address="bafyroot/a.png" alt="A lamp" />
      </>,
      { path: "/", client: undefined, content },
    );
    // One automatic retry for a gateway failure (about a second), then the banner.
    const banner = await screen.findByTestId("content-outage", {}, { timeout: 4_000 });
    expect(banner.textContent).toContain("no gateway is answering");
    expect(screen.getByRole("img", { name: "A lamp: Photo unavailable" })).toBeTruthy();

    // Retry: the read is in flight (no error on it any more), and the banner stays.
    answer = () => new Promise((resolve) => pending.push(() => resolve("blob:test/ok")));
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() => expect(pending).toHaveLength(1));
    expect(screen.getByTestId("content-outage")).toBeTruthy();

    await act(async () => pending[0]!());
    await waitFor(() => expect(screen.queryByTestId("content-outage")).toBeNull());
    expect(screen.getByRole("img", { name: "A lamp" }).getAttribute("src")).toBe("blob:test/ok");
  });

  it("stays away when a photo is merely missing", async () => {
    const content = fakeContent({
      blobUrl: (address) => Promise.reject(new ContentError("notFound", `${address} was not found`)),
    });
    await renderPage(
      <>
        <ContentOutageNotice />
        <IpfsImage address="bafyroot/a.png" alt="A lamp" />
      </>,
      { path: "/", client: undefined, content },
    );
    expect(await screen.findByRole("img", { name: "A lamp: Photo not found on IPFS" })).toBeTruthy();
    expect(screen.queryByTestId("content-outage")).toBeNull();
  });
});
