import type { ListingMetadata } from "@agora/content";
import { CID } from "multiformats/cid";
import { bytesToHex, parseEther, toHex, zeroAddress } from "viem";
import { afterEach, describe, expect, it, vi } from "vitest";
import { chainClient, LOG_BLOCK_RANGE } from "../../../lib/chain/chainReads";
import { serveJsonRpc } from "../../../test/fakeChain";
import { fakeMarketChain } from "../../../test/fakeMarketChain";
import { readListingFromChain } from "./chainListing";

const seller = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
const arbiter = "0x90f79bf6eb2c4f870365e785982e1f101e93b906";
const listingId = (BigInt(seller) << 96n) | (7n << 48n);
const first = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
const edited = "bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
const cidHex = (cid: string) => bytesToHex(CID.parse(cid).bytes);
const profileCid = "bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy";
const brokenProfileCid = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4";
const key = "0Z1VOSVxmW1hUrsJZmQRdGx8Rz5bJW0hHYTXzGOGGnA=";
/** The seller's profiles: a readable one, then an unreadable edit (the index would keep the first). */
const readProfile = vi.fn(async (cid: string) =>
  cid === profileCid
    ? {
        ok: true as const,
        document: {
          schema: "agora/profile@1" as const,
          name: "Lamp Works",
          avatar: "me.png",
          encryptionPublicKey: key,
        },
        files: [],
      }
    : { ok: false as const, issues: ["/name: required"] },
);

const metadata: ListingMetadata = {
  schema: "agora/listing@1",
  name: "Brass lantern",
  description: "A lantern that was read from the chain.",
  category: "home",
  condition: "new",
  images: [
    { path: "photo-1.jpg", alt: "The lantern, lit" },
    { path: "photo-2.jpg", alt: "Its base" },
  ],
  attributes: [],
  variants: [],
  kind: "physical",
  shipping: { regions: ["worldwide"], handlingDays: 2 },
};

function market(status = 1) {
  const chain = fakeMarketChain({
    head: 25_000n,
    views: {
      getListing: ([id]) => {
        expect(id).toBe(listingId);
        return {
          seller,
          token: zeroAddress,
          arbiter,
          price: parseEther("0.02"),
          stock: 3n,
          orderCount: 1n,
          shippingWindow: 259_200n,
          status,
        };
      },
      arbiterInfo: () => [1, 150, true],
      reputationOf: () => [2n, 9n],
    },
  });
  // The listing's events far apart (three log ranges), and another listing's in between.
  chain.emit(
    "ListingCreated",
    {
      listingId,
      seller,
      token: zeroAddress,
      price: parseEther("0.03"),
      stock: 4,
      arbiter,
      shippingWindow: 259_200,
      metadataCid: cidHex(first),
    },
    10n,
  );
  chain.emit(
    "ListingMetadataUpdated",
    { listingId: listingId + (1n << 48n), seller, metadataCid: cidHex(first) },
    12_000n,
  );
  chain.emit("ListingMetadataUpdated", { listingId, seller, metadataCid: cidHex(edited) }, 21_000n);
  chain.emit("ProfileUpdated", { account: seller, profileCid: cidHex(profileCid) }, 5n);
  chain.emit("ProfileUpdated", { account: arbiter, profileCid: cidHex(edited) }, 6n);
  chain.emit("ProfileUpdated", { account: seller, profileCid: cidHex(brokenProfileCid) }, 22_000n);
  return chain;
}

afterEach(() => vi.unstubAllGlobals());

describe("readListingFromChain", () => {
  it("maps the contract's views, the newest metadata CID from the events and the IPFS document into the page's shape", async () => {
    const chain = market();
    serveJsonRpc(chain);
    const readDocument = vi.fn(async () => ({ ok: true as const, document: metadata, files: [] }));
    const listing = await readListingFromChain({
      client: chainClient("http://127.0.0.1:8545"),
      chainId: 31337,
      id: toHex(listingId, { size: 32 }),
      readDocument,
      readProfile,
    });
    expect(readDocument).toHaveBeenCalledWith(edited);
    expect(readProfile.mock.calls.map(([cid]) => cid)).toEqual([brokenProfileCid, profileCid]);
    expect(listing?.seller.profile).toEqual([
      {
        id: `${seller}-1`,
        version: 1,
        cid: profileCid,
        name: "Lamp Works",
        avatar: "me.png",
        bio: null,
        encryptionPublicKey: key,
      },
    ]);
    expect(listing).toMatchObject({
      id: toHex(listingId, { size: 32 }),
      price: parseEther("0.02").toString(),
      stock: "3",
      status: "Active",
      metadataVersion: 2,
      metadataCid: edited,
      shippingWindow: "259200",
      createdAt: String(1_700_000_000 + 20),
      token: { id: zeroAddress, symbol: "ETH", decimals: 18, native: true },
      arbiter: { id: arbiter, feeBps: 150, approved: true },
      seller: { id: seller, ratingCount: 2, ratingAverage: "4.5" },
      latestMetadata: { version: 2, valid: true },
      reviews: [],
    });
    expect(listing?.current[0]).toMatchObject({
      cid: edited,
      name: "Brass lantern",
      description: "A lantern that was read from the chain.",
      coverImage: "photo-1.jpg",
      images: ["photo-1.jpg", "photo-2.jpg"],
      imageAlts: ["The lantern, lit", "Its base"],
      kind: "physical",
    });
    // From the deployment block (1) to the head, in ranges public RPCs accept.
    expect(chain.ranges[0]).toEqual([1n, LOG_BLOCK_RANGE]);
    expect(chain.ranges.every(([from, to]) => to - from < LOG_BLOCK_RANGE)).toBe(true);
    expect(chain.ranges.at(-1)![1]).toBe(25_000n);
  });

  it("shows an unreadable document as such, and an unknown listing as not found", async () => {
    serveJsonRpc(market());
    const options = {
      client: chainClient("http://127.0.0.1:8545"),
      chainId: 31337,
      id: toHex(listingId, { size: 32 }),
      readProfile,
    };
    const unreadable = await readListingFromChain({
      ...options,
      readDocument: async () => ({ ok: false as const, issues: ["/name: required"] }),
    });
    expect(unreadable?.current).toEqual([]);
    expect(unreadable?.latestMetadata).toMatchObject({ valid: false, error: "/name: required" });

    vi.unstubAllGlobals();
    serveJsonRpc(market(0));
    await expect(readListingFromChain({ ...options, readDocument: vi.fn() })).resolves.toBeNull();
  });
});
