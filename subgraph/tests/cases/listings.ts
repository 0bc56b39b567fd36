// Listings: create (ETH and USDC; CIDv0, CIDv1 and non-CID bytes), update, new metadata, close.
import {
  ARBITER,
  DAY,
  DAY0,
  ETH,
  SELLER,
  SELLER2,
  USDC,
  blocks,
  cid,
  dayId,
  deployment,
  ev,
  expect,
  listingCreated,
  listingDocument,
  listingHex,
  listingId,
  metadataFile,
  rawCid,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function listings(): Promise<TestCase> {
  const v1 = await cid("lamp");
  const v0 = await cid("chair", 0);
  const raw = await rawCid("poster");
  const v1b = await cid("lamp, second edition");
  return {
    name: "listings: create, update, metadata, close; CID bytes to text",
    files: [
      metadataFile(v1, listingDocument("Lamp", "A brass lamp")),
      metadataFile(v0, listingDocument("Chair", "An oak chair")),
      metadataFile(raw, listingDocument("Poster", "A concert poster", "art")),
      metadataFile(v1b, listingDocument("Lamp", "A brass lamp, polished")),
    ],
    blocks: blocks(
      {
        timestamp: DAY0 + 100,
        events: [
          ...deployment(),
          listingCreated({ number: 1, price: 1000, stock: 5, metadata: v1 }),
          listingCreated({ number: 2, token: USDC, price: 25_000_000, stock: 1, metadata: v0 }),
          listingCreated({ seller: SELLER2, number: 3, price: 7, stock: 100, metadata: raw }),
          listingCreated({ seller: SELLER2, number: 4, price: 9, stock: 1, metadata: "0xdeadbeef" }),
        ],
      },
      {
        timestamp: DAY0 + DAY + 5,
        events: [
          ev("ListingUpdated", { listingId: listingId(SELLER, 1), seller: SELLER, price: 1200n, stock: 4 }),
          ev("ListingMetadataUpdated", { listingId: listingId(SELLER, 1), seller: SELLER, metadataCid: v1b.bytes }),
          ev("ListingClosed", { listingId: listingId(SELLER, 2), seller: SELLER }),
        ],
      },
    ),
    assertions: [
      expect(
        `{ listings(orderBy: listingNumber) { id listingId listingNumber seller { id } token { id } price stock status
          arbiter { id } shippingWindow metadataCid metadataVersion createdAt updatedAt closedAt latestMetadata { id } } }`,
        {
          listings: [
            {
              id: listingHex(1),
              listingId: listingId(SELLER, 1).toString(),
              listingNumber: "1",
              seller: { id: SELLER },
              token: { id: ETH },
              price: "1200",
              stock: "4",
              status: "Active",
              arbiter: { id: ARBITER },
              shippingWindow: String(3 * DAY),
              metadataCid: v1b.text,
              metadataVersion: 2,
              createdAt: String(DAY0 + 100),
              updatedAt: String(DAY0 + DAY + 5),
              closedAt: null,
              latestMetadata: { id: `${listingHex(1)}-2` },
            },
            {
              id: listingHex(2),
              listingId: listingId(SELLER, 2).toString(),
              listingNumber: "2",
              seller: { id: SELLER },
              token: { id: USDC },
              price: "25000000",
              stock: "0",
              status: "Closed",
              arbiter: { id: ARBITER },
              shippingWindow: String(3 * DAY),
              metadataCid: v0.text,
              metadataVersion: 1,
              createdAt: String(DAY0 + 100),
              updatedAt: String(DAY0 + DAY + 5),
              closedAt: String(DAY0 + DAY + 5),
              latestMetadata: { id: `${listingHex(2)}-1` },
            },
            {
              id: listingHex(3, SELLER2),
              listingId: listingId(SELLER2, 3).toString(),
              listingNumber: "3",
              seller: { id: SELLER2 },
              token: { id: ETH },
              price: "7",
              stock: "100",
              status: "Active",
              arbiter: { id: ARBITER },
              shippingWindow: String(3 * DAY),
              metadataCid: raw.text,
              metadataVersion: 1,
              createdAt: String(DAY0 + 100),
              updatedAt: String(DAY0 + 100),
              closedAt: null,
              latestMetadata: { id: `${listingHex(3, SELLER2)}-1` },
            },
            {
              id: listingHex(4, SELLER2),
              listingId: listingId(SELLER2, 4).toString(),
              listingNumber: "4",
              seller: { id: SELLER2 },
              token: { id: ETH },
              price: "9",
              stock: "1",
              status: "Active",
              arbiter: { id: ARBITER },
              shippingWindow: String(3 * DAY),
              metadataCid: null,
              metadataVersion: 1,
              createdAt: String(DAY0 + 100),
              updatedAt: String(DAY0 + 100),
              closedAt: null,
              latestMetadata: null,
            },
          ],
        },
      ),
      expect(`{ listing(id: "${listingHex(4, SELLER2)}") { metadataCidBytes } }`, {
        listing: { metadataCidBytes: "0xdeadbeef" },
      }),
      expect(`{ listingChanges(where: { listing: "${listingHex(1)}" }) { kind price stock metadataCid } }`, {
        listingChanges: [
          { kind: "ListingCreated", price: "1000", stock: "5", metadataCid: v1.text },
          { kind: "ListingUpdated", price: "1200", stock: "4", metadataCid: v1.text },
          { kind: "ListingMetadataUpdated", price: "1200", stock: "4", metadataCid: v1b.text },
        ],
      }),
      expect(`{ accounts { id listingCount activeListingCount } }`, {
        accounts: [
          { id: SELLER, listingCount: 2, activeListingCount: 1 },
          { id: SELLER2, listingCount: 2, activeListingCount: 2 },
          { id: ARBITER, listingCount: 0, activeListingCount: 0 },
        ],
      }),
      expect(`{ paymentTokens { id listingCount native allowed tokenId } arbiters { listingCount } }`, {
        paymentTokens: [
          { id: ETH, listingCount: 3, native: true, allowed: true, tokenId: 0 },
          { id: USDC, listingCount: 1, native: false, allowed: true, tokenId: 1 },
        ],
        arbiters: [{ listingCount: 4 }],
      }),
      expect(`{ marketDayDatas { id date listingsCreated } }`, {
        marketDayDatas: [{ id: dayId("0x", DAY0), date: DAY0, listingsCreated: 4 }],
      }),
    ],
  };
}
