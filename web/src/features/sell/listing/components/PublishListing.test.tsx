// The publish island against a fake chain (wagmi's mock connector) and a fake IPFS node: the CAR's
// root shown, uploaded with progress, createListing sent with that root's bytes, the index awaited,
// the listing's id handed on; a node answering another root stops everything with a sentence; an
// edit sends only what changed.
import { abis } from "@agora/contracts";
import { cidToHex, readVerifiedCar, type CarBytes, type UploadTarget } from "@agora/content";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import i18next from "i18next";
import { decodeFunctionData, encodeAbiParameters, encodeEventTopics, parseEther, zeroAddress, type Hex } from "viem";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { chromiumJpeg } from "../../../../lib/content/testJpeg";
import { initI18n } from "../../../../lib/i18n/i18n";
import type { IndexerClient } from "../../../../lib/indexer/client";
import { BLOCK, fakeChain, type FakeChain, serveJsonRpc } from "../../../../test/fakeChain";
import { renderWithWallet } from "../../../../test/walletHarness";
import type { EditedListing } from "../hooks/useSellForm";
import { buildListing } from "../listingCar";
import { emptyListingForm, listingDocument, listingFormSchema, type ListingFormValues } from "../listingForm";
import { photoFiles, type ListingPhoto } from "../photos";
import type { PreparedListing } from "./ListingEditor";
import PublishListing from "./PublishListing";

// jsdom's TextEncoder makes arrays of another realm than this one's Uint8Array, which the UnixFS
// importer checks with instanceof (browsers and Node have one realm): encode into this realm's.
vi.hoisted(() => {
  const Encoder = globalThis.TextEncoder;
  globalThis.TextEncoder = class extends Encoder {
    override encode(text?: string) {
      return new Uint8Array(super.encode(text));
    }
  } as typeof TextEncoder;
});

const node = vi.hoisted(() => ({ target: undefined as unknown as UploadTarget }));
vi.mock("../listingCar", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../listingCar")>()),
  kuboTarget: vi.fn(async () => node.target),
}));

const seller = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const ARBITER = "0xa0Ee7A142d267C1f36714E4a8F75612F20a79720";
const MARKETPLACE = "0xb7f8bc63bbcad18155201308c8f3540b07f84f5e";
const LISTING_ID = (BigInt(seller) << 96n) | (12n << 48n);
const LISTING = `0x${LISTING_ID.toString(16).padStart(64, "0")}`;
const ETH = { id: zeroAddress, symbol: "ETH", decimals: 18, native: true };

const values: ListingFormValues = listingFormSchema({
  mode: "create",
  seller: seller.toLowerCase(),
  tokens: [ETH],
  arbiters: [ARBITER.toLowerCase()],
}).parse({
  ...emptyListingForm([ETH], [ARBITER.toLowerCase()]),
  title: "Celadon teapot",
  description: "Holds four cups.",
  category: "home",
  price: "0.05",
  stock: "3",
  shipDays: "4",
});
const photos: ListingPhoto[] = [
  { id: "a", name: "front.jpg", type: "image/jpeg", bytes: chromiumJpeg() },
  { id: "b", name: "side.png", type: "image/png", bytes: Uint8Array.from({ length: 4096 }, (_, i) => i % 251) },
];

const concat = (car: CarBytes) => {
  const parts = car instanceof Uint8Array ? [car] : car;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};

/** A node that verifies what it is sent, reports progress and answers its root (or `answer`). */
function fakeNode(answer?: string) {
  const received: string[] = [];
  const progress: number[] = [];
  const target: UploadTarget = {
    name: "fake node",
    async uploadCar(car, options = {}) {
      const bytes = concat(car);
      for (const loaded of [bytes.length / 2, bytes.length]) {
        progress.push(loaded / bytes.length);
        options.onProgress?.({ loaded, total: bytes.length });
      }
      const root = (await readVerifiedCar(bytes)).roots[0]!.toString();
      received.push(root);
      return { roots: [answer ?? root] };
    },
  };
  node.target = target;
  return { received, progress };
}

/** The fake chain, createListing answering its id and its receipt carrying the ListingCreated event. */
function chainWithEvents(): FakeChain {
  const chain = fakeChain({ from: seller });
  const request = chain.request.bind(chain);
  chain.request = async (args) => {
    // createListing's simulation answers the new listing's id.
    const call = (args.params as [{ data?: Hex }] | undefined)?.[0]?.data;
    if (args.method === "eth_call" && call?.startsWith("0x") && call.length > 10) {
      const called = decodeFunctionData({ abi: abis.Marketplace, data: call });
      if (called.functionName === "createListing") return encodeAbiParameters([{ type: "uint256" }], [LISTING_ID]);
    }
    const result = await request(args);
    if (args.method !== "eth_getTransactionReceipt" || !result) return result;
    const sent = decodeFunctionData({ abi: abis.Marketplace, data: chain.sent.at(-1)! });
    if (sent.functionName !== "createListing") return result;
    const [token, price, stock, arbiter, shippingWindow, metadataCid] = sent.args as [
      Hex,
      bigint,
      number,
      Hex,
      number,
      Hex,
    ];
    const log = {
      address: MARKETPLACE,
      topics: encodeEventTopics({
        abi: abis.Marketplace,
        eventName: "ListingCreated",
        args: { listingId: LISTING_ID, seller },
      }),
      data: encodeAbiParameters(
        [
          { type: "address" },
          { type: "uint96" },
          { type: "uint32" },
          { type: "address" },
          { type: "uint32" },
          { type: "bytes" },
        ],
        [token, price, stock, arbiter, shippingWindow, metadataCid],
      ),
      blockNumber: `0x${BLOCK.toString(16)}`,
      blockHash: `0x${"cd".repeat(32)}`,
      transactionHash: `0x${"ab".repeat(32)}`,
      transactionIndex: "0x0",
      logIndex: "0x0",
      removed: false,
    };
    return { ...(result as object), logs: [log] };
  };
  return chain;
}

let chain: FakeChain;
/** The index: at the receipt's block; the listing's current metadata is `indexed.cid` once set. */
const indexed = { cid: undefined as string | undefined, price: "0" };
const indexer: IndexerClient = {
  request: async (document: { toString(): string }) =>
    (/query SellForm/.test(document.toString())
      ? { listing: indexed.cid ? { current: [{ cid: indexed.cid }], price: indexed.price } : null }
      : { _meta: { block: { number: BLOCK } } }) as never,
};

beforeAll(async () => {
  await initI18n();
  await i18next.changeLanguage("en");
  await i18next.loadNamespaces("sell");
});
beforeEach(() => {
  indexed.cid = undefined;
  chain = chainWithEvents();
  serveJsonRpc(chain);
});
afterEach(() => vi.unstubAllGlobals());

async function renderPublish(props: Partial<Parameters<typeof PublishListing>[0]> = {}) {
  const onPublished = vi.fn();
  const prepare = vi.fn(async (): Promise<PreparedListing | "invalid"> => ({ values, photos }));
  const view = await renderWithWallet(
    <PublishListing mode="create" prepare={prepare} onPublished={onPublished} {...props} />,
    { account: seller, chain, indexer, config: { ipfsUploadUrl: "http://127.0.0.1:5001" } },
  );
  return { ...view, onPublished, prepare };
}

/** The directory the form's values and photos build (what an unchanged edit builds again). */
async function directoryOf(formValues: ListingFormValues, formPhotos: readonly ListingPhoto[]) {
  const { images, files } = photoFiles(formPhotos, formValues.title);
  return buildListing(listingDocument(formValues, images), files);
}

function edited(cid: string): EditedListing {
  return {
    id: LISTING,
    status: "Active",
    price: String(parseEther("0.05")),
    stock: "3",
    shippingWindow: String(4 * 86_400),
    metadataVersion: 1,
    seller: { id: seller.toLowerCase() },
    token: ETH,
    arbiter: { id: ARBITER.toLowerCase(), feeBps: 250, approved: true, account: { profile: [] } },
    latestMetadata: { version: 1, valid: true },
    current: [{ id: `${LISTING}-1`, version: 1, cid, name: "Celadon teapot" }],
  };
}

describe("<PublishListing>", () => {
  it("shows the CID built in the browser, uploads it with progress, creates the listing with it and opens it once indexed", async () => {
    const ipfs = fakeNode();
    const { onPublished, cleanup } = await renderPublish();
    fireEvent.click(await screen.findByRole("button", { name: "Publish listing" }));
    const shown = await screen.findByTestId("listing-cid");
    const root = shown.dataset.cid!;
    expect(root).toMatch(/^bafy/);
    expect(shown.textContent).toContain(root);
    indexed.cid = root;
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith(LISTING), { timeout: 5_000 });

    expect(ipfs.received).toEqual([root]);
    expect(ipfs.progress).toEqual([0.5, 1]);
    expect(chain.sent).toHaveLength(1);
    expect(decodeFunctionData({ abi: abis.Marketplace, data: chain.sent[0]! })).toEqual({
      functionName: "createListing",
      args: [zeroAddress, parseEther("0.05"), 3, ARBITER, 4 * 86_400, cidToHex(root)],
    });
    expect(screen.getByText(/^Upload the listing \(\d+ kB\) to IPFS$/)).toBeTruthy();
    expect(await screen.findByText("All done.")).toBeTruthy();
    await cleanup();
  });

  it("stops with a sentence when the node answers another root: nothing is sent", async () => {
    fakeNode("bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    const { onPublished, cleanup } = await renderPublish();
    fireEvent.click(await screen.findByRole("button", { name: "Publish listing" }));
    const root = (await screen.findByTestId("listing-cid")).dataset.cid!;
    expect(
      await screen.findByText(
        `The IPFS node did not store your listing as it was built (it answered with another address than ${root}). Nothing was sent to the chain; try again, or tell the site’s host.`,
      ),
    ).toBeTruthy();
    expect(chain.sent).toEqual([]);
    expect(onPublished).not.toHaveBeenCalled();
    await cleanup();
  });

  it("asks for nothing while the form is invalid", async () => {
    const ipfs = fakeNode();
    const prepare = vi.fn(async () => "invalid" as const);
    const { cleanup } = await renderPublish({ prepare });
    fireEvent.click(await screen.findByRole("button", { name: "Publish listing" }));
    await waitFor(() => expect(prepare).toHaveBeenCalled());
    expect(ipfs.received).toEqual([]);
    expect(chain.sent).toEqual([]);
    expect(screen.queryByTestId("listing-cid")).toBeNull();
    await cleanup();
  });

  it("edits: sends nothing when nothing changed, only updateListing for a new price and stock", async () => {
    const ipfs = fakeNode();
    const current = await directoryOf(values, photos);
    const listing = edited(current.root);
    const unchanged = await renderPublish({ mode: "edit", listing });
    fireEvent.click(await screen.findByRole("button", { name: "Save changes" }));
    expect((await screen.findByTestId("listing-publish-notice")).textContent).toBe(
      "Nothing has changed since the listing was published.",
    );
    expect(chain.sent).toEqual([]);
    await unchanged.cleanup();
    unchanged.unmount();

    const repriced = { ...values, price: parseEther("0.07"), stock: 0 };
    const priced = await renderPublish({
      mode: "edit",
      listing,
      prepare: vi.fn(async () => ({ values: repriced, photos })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Save changes" }));
    await waitFor(() => expect(priced.onPublished).toHaveBeenCalledWith(LISTING));
    expect(chain.sent.map((data) => decodeFunctionData({ abi: abis.Marketplace, data }))).toEqual([
      { functionName: "updateListing", args: [LISTING_ID, parseEther("0.07"), 0] },
    ]);
    expect(ipfs.received).toEqual([]);
    expect(screen.queryByTestId("listing-cid")).toBeNull();
    await priced.cleanup();
  });

  it("edits: a changed photo order publishes a new directory with updateListingMetadata, and no price update", async () => {
    const ipfs = fakeNode();
    const listing = edited((await directoryOf(values, photos)).root);
    const reordered = [photos[1]!, photos[0]!];
    const { onPublished, cleanup } = await renderPublish({
      mode: "edit",
      listing,
      prepare: vi.fn(async () => ({ values, photos: reordered })),
    });
    fireEvent.click(await screen.findByRole("button", { name: "Save changes" }));
    const root = (await screen.findByTestId("listing-cid")).dataset.cid!;
    expect(root).not.toBe(listing.current[0]!.cid);
    indexed.cid = root;
    await waitFor(() => expect(onPublished).toHaveBeenCalledWith(LISTING));
    expect(ipfs.received).toEqual([root]);
    expect(chain.sent.map((data) => decodeFunctionData({ abi: abis.Marketplace, data }))).toEqual([
      { functionName: "updateListingMetadata", args: [LISTING_ID, cidToHex(root)] },
    ]);
    await cleanup();
  });
});
