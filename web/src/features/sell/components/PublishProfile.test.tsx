// The publish island against a fake chain (wagmi's mock connector): the key's signature, the
// profile document and its avatar uploaded, setProfile sent with the CID's bytes, the index awaited.
import { abis } from "@agora/contracts";
import { cidToHex, deriveKeypairFromSignature } from "@agora/content";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { initI18n } from "../../../lib/i18n/i18n";
import type { IndexerClient } from "../../../lib/indexer/client";
import { indexerKeys } from "../../../lib/indexer/queryKeys";
import { forgetEncryptionKeys } from "../../../lib/wallet/encryptionKey";
import { fakeContent } from "../../../test/pageHarness";
import { BLOCK, fakeChain, type FakeChain, serveJsonRpc } from "../../../test/fakeChain";
import { renderWithWallet } from "../../../test/walletHarness";
import type { AvatarChoice, ProfileFormValues, PublishedProfile } from "../profileForm";
import PublishProfile from "./PublishProfile";

const publish = vi.fn();
vi.mock("../../../lib/content/useContentWriter", () => ({
  useContentWriter: () => ({ publish, sealText: vi.fn(), uploadJson: vi.fn() }),
}));

const seller = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const SIGNATURE = `0x${"11".repeat(32)}${"22".repeat(32)}1b` as Hex;
const PROFILE_CID = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

let chain: FakeChain;
/** The index: at the receipt's block, and already showing the published profile (its CID). */
const indexer: IndexerClient = {
  request: async (document: { toString(): string }) =>
    (/query Seller/.test(document.toString())
      ? { account: { profile: [{ cid: PROFILE_CID }] } }
      : { _meta: { block: { number: BLOCK } } }) as never,
};
const published: PublishedProfile = { cid: "bafyold", version: 1, name: "Lin", avatar: "avatar.png" };
const values: ProfileFormValues = { name: "Lin & Co", bio: "Lamps." };

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("sell");
});
beforeEach(() => {
  publish.mockReset();
  publish.mockResolvedValue(PROFILE_CID);
  chain = fakeChain({ from: seller, signature: SIGNATURE });
  serveJsonRpc(chain);
});
afterEach(() => {
  vi.unstubAllGlobals();
  forgetEncryptionKeys();
});

async function renderPublish(avatar: AvatarChoice, prepare: () => Promise<ProfileFormValues | "invalid">) {
  const content = fakeContent({ bytes: vi.fn(async () => new Uint8Array([7, 7, 7])) });
  const onPublished = vi.fn();
  const view = await renderWithWallet(
    <PublishProfile published={published} avatar={avatar} prepare={prepare} onPublished={onPublished} />,
    { account: seller, chain, indexer, content },
  );
  return { ...view, content, onPublished };
}

describe("<PublishProfile>", () => {
  it("unlocks the key, publishes the profile with the kept avatar, and records its CID on chain", async () => {
    const { invalidate, content, onPublished, cleanup } = await renderPublish({ kind: "keep" }, async () => values);
    fireEvent.click(await screen.findByRole("button", { name: "Publish profile" }));
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith(values));

    expect(chain.signed).toHaveLength(1);
    expect(content.bytes).toHaveBeenCalledWith("bafyold/avatar.png", expect.anything());
    const key = deriveKeypairFromSignature(SIGNATURE);
    expect(publish).toHaveBeenCalledTimes(1);
    const [kind, document, files] = publish.mock.calls[0]!;
    expect(kind).toBe("profile");
    expect(document).toEqual({
      schema: "agora/profile@1",
      name: "Lin & Co",
      bio: "Lamps.",
      avatar: "avatar.png",
      encryptionPublicKey: key.publicKeyBase64,
    });
    expect(files).toEqual([{ path: "avatar.png", content: new Uint8Array([7, 7, 7]) }]);
    expect(decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[0]! })).toEqual({
      functionName: "setProfile",
      args: [cidToHex(PROFILE_CID)],
    });
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([indexerKeys.accounts()]);
    expect(await screen.findByText("All done.")).toBeTruthy();
    await cleanup();
  });

  it("uploads a newly chosen picture as avatar.<ext>, and none when removed", async () => {
    const file = new File([new Uint8Array([1, 2])], "me.webp", { type: "image/webp" });
    const chosen = await renderPublish({ kind: "new", file, extension: "webp" }, async () => values);
    fireEvent.click(await screen.findByRole("button", { name: "Publish profile" }));
    await waitFor(() => expect(chosen.onPublished).toHaveBeenCalled());
    expect(publish.mock.calls[0]![1]).toMatchObject({ avatar: "avatar.webp" });
    expect(publish.mock.calls[0]![2]).toEqual([{ path: "avatar.webp", content: new Uint8Array([1, 2]) }]);
    expect(chosen.content.bytes).not.toHaveBeenCalled();
    await chosen.cleanup();
    chosen.unmount();

    publish.mockClear();
    const removed = await renderPublish({ kind: "remove" }, async () => ({ name: "Lin", bio: "" }));
    fireEvent.click(await screen.findByRole("button", { name: "Publish profile" }));
    await waitFor(() => expect(removed.onPublished).toHaveBeenCalled());
    expect(publish.mock.calls[0]![1]).not.toHaveProperty("avatar");
    expect(publish.mock.calls[0]![1]).not.toHaveProperty("bio");
    expect(publish.mock.calls[0]![2]).toEqual([]);
    await removed.cleanup();
  });

  it("asks for nothing while the form is invalid", async () => {
    const prepare = vi.fn(async () => "invalid" as const);
    const { onPublished, cleanup } = await renderPublish({ kind: "keep" }, prepare);
    fireEvent.click(await screen.findByRole("button", { name: "Publish profile" }));
    await waitFor(() => expect(prepare).toHaveBeenCalled());
    expect(chain.signed).toHaveLength(0);
    expect(publish).not.toHaveBeenCalled();
    expect(onPublished).not.toHaveBeenCalled();
    await cleanup();
  });
});
