import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { SellerQuery } from "../../lib/indexer/generated/graphql";
import { setAccountState } from "../../lib/wallet/account";
import { fakeContent, fakeIndexer, renderPage } from "../../test/pageHarness";
import { profileDraftKey } from "./profileForm";
import ProfileRoute from "./ProfileRoute";

const address = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const id = address.toLowerCase();
const connect = () => setAccountState({ status: "connected", address, chainId: 31337 });

/** The Seller query's answer in its real shape, with the account's newest valid profile. */
function sellerAnswer(profile: NonNullable<SellerQuery["account"]>["profile"]): SellerQuery {
  return {
    account: {
      id,
      ratingAverage: "0",
      ratingCount: 0,
      salesCount: 0,
      completedSalesCount: 0,
      activeListingCount: 0,
      firstListing: [],
      profile,
      listings: [],
      reviewsReceived: [],
    },
  };
}

const published = {
  id: `${id}-2`,
  version: 2,
  cid: "bafyprofile",
  name: "Lin's Workshop",
  avatar: "avatar.png",
  bio: "Lamps and prints from Hangzhou.",
  encryptionPublicKey: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
};

const renderProfile = (answer: SellerQuery, language?: "en" | "zh") => {
  const indexer = fakeIndexer((operation) => {
    if (operation !== "Seller") throw new Error(`unexpected query ${operation}`);
    return answer;
  });
  const content = fakeContent();
  const view = renderPage(<ProfileRoute />, {
    path: "/sell/profile",
    route: "/sell/profile",
    client: indexer.client,
    content,
    language,
  });
  return { ...indexer, content, view };
};

const nameInput = () => screen.getByLabelText<HTMLInputElement>("Name");
const bioInput = () => screen.getByLabelText<HTMLTextAreaElement>("About you");
const pick = (file: File) => fireEvent.change(screen.getByTestId("avatar-input"), { target: { files: [file] } });

beforeEach(() => sessionStorage.clear());
afterEach(() => {
  setAccountState({ status: "unknown" });
  sessionStorage.clear();
});

describe("seller profile page", () => {
  it("asks a disconnected visitor to connect, and reads nothing", async () => {
    setAccountState({ status: "disconnected" });
    const { request, view } = renderProfile(sellerAnswer([published]));
    await view;
    expect((await screen.findByTestId("sell-profile-connect")).textContent).toContain(
      "Connect your wallet to edit your seller profile.",
    );
    expect(request).not.toHaveBeenCalled();
  });

  it("shows the published profile from the Seller query and prefills the form with it", async () => {
    connect();
    const { request, view } = renderProfile(sellerAnswer([published]));
    await view;
    expect(await screen.findByTestId("sell-profile-loading")).toBeTruthy();
    const current = await screen.findByTestId("current-profile");
    expect(within(current).getByTestId("current-profile-name").textContent).toBe("Lin's Workshop");
    expect(within(current).getByTestId("current-profile-bio").textContent).toBe("Lamps and prints from Hangzhou.");
    expect(within(current).getByTestId("current-profile-key").textContent).toContain("Encryption key published");
    const avatar = await within(current).findByRole("img", { name: "Lin's Workshop’s avatar" });
    expect(avatar.getAttribute("src")).toBe("blob:test/bafyprofile/avatar.png");
    expect(nameInput().value).toBe("Lin's Workshop");
    expect(bioInput().value).toBe("Lamps and prints from Hangzhou.");
    expect(screen.getByTestId("profile-key-explain").textContent).toContain("never leaves your browser");
    // The account is looked up lowercased, through the seller page's query.
    expect(request.mock.calls[0]![1]).toMatchObject({ id });
    // Without the wallet layer, the publish island shows the Connect placeholder.
    expect(within(screen.getByTestId("profile-form")).getByRole("button", { name: "Connect Wallet" })).toBeTruthy();
  });

  it("starts empty for an account the index does not know, saying there is no profile or key", async () => {
    connect();
    const { view } = renderProfile({ account: null });
    await view;
    expect((await screen.findByTestId("current-profile-none")).textContent).toBe(
      "You have not published a profile yet.",
    );
    expect(screen.getByTestId("current-profile-key").textContent).toContain("No encryption key yet");
    expect(nameInput().value).toBe("");
  });

  it("says what is wrong with the name next to the field", async () => {
    connect();
    const { view } = renderProfile(sellerAnswer([published]));
    await view;
    await screen.findByTestId("profile-form");
    fireEvent.change(nameInput(), { target: { value: "" } });
    fireEvent.blur(nameInput());
    expect((await screen.findByRole("alert")).textContent).toBe("Enter a name.");
    expect(nameInput().getAttribute("aria-invalid")).toBe("true");
    fireEvent.change(nameInput(), { target: { value: "x".repeat(61) } });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toBe("At most 60 characters."));
    fireEvent.change(nameInput(), { target: { value: "Lin" } });
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("refuses a 3 MB picture and a GIF with a message before anything is read or uploaded", async () => {
    connect();
    const { view, content } = renderProfile(sellerAnswer([published]));
    await view;
    await screen.findByTestId("profile-form");
    pick(new File([new Uint8Array(3 * 1024 * 1024)], "huge.png", { type: "image/png" }));
    expect(screen.getByTestId("avatar-error").textContent).toBe("“huge.png” is 3 MB: a picture can be at most 2 MB.");
    pick(new File([new Uint8Array(10)], "cat.gif", { type: "image/gif" }));
    expect(screen.getByTestId("avatar-error").textContent).toBe("“cat.gif” is not a PNG, JPEG or WebP image.");
    expect(screen.queryByTestId("avatar-preview")).toBeNull();
    expect(content.bytes).not.toHaveBeenCalled();
    // A good picture clears the message and is previewed.
    URL.createObjectURL ??= () => "blob:preview";
    URL.revokeObjectURL ??= () => undefined;
    pick(new File([new Uint8Array(10)], "me.webp", { type: "image/webp" }));
    expect(screen.queryByTestId("avatar-error")).toBeNull();
    expect(await screen.findByTestId("avatar-preview")).toBeTruthy();
  });

  it("keeps what was typed across a remount (a reload or a failed write), over the published profile", async () => {
    connect();
    const first = renderProfile(sellerAnswer([published]));
    const { unmount } = await first.view;
    await screen.findByTestId("profile-form");
    fireEvent.change(nameInput(), { target: { value: "Lin & Co" } });
    fireEvent.change(bioInput(), { target: { value: "Now with ceramics." } });
    await waitFor(() =>
      expect(JSON.parse(sessionStorage.getItem(profileDraftKey(31337, id)) ?? "{}")).toMatchObject({
        name: "Lin & Co",
      }),
    );
    unmount();

    const second = renderProfile(sellerAnswer([published]));
    await second.view;
    await screen.findByTestId("profile-form");
    expect(nameInput().value).toBe("Lin & Co");
    expect(bioInput().value).toBe("Now with ceramics.");
    // The published profile is still what the page shows as current.
    expect(screen.getByTestId("current-profile-name").textContent).toBe("Lin's Workshop");
  });

  it("is translated into Chinese", async () => {
    connect();
    const { view } = renderProfile(sellerAnswer([published]), "zh");
    await view;
    expect(await screen.findByText("已发布的资料")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("名称").value).toBe("Lin's Workshop");
  });
});
