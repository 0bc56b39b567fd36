// Listing metadata through the file data source: valid documents (CIDv1 and CIDv0), full-text
// search, a new version, and malformed documents indexed as invalid.
import {
  DAY0,
  SELLER,
  SELLER2,
  blocks,
  cid,
  deployment,
  ev,
  expect,
  listingCreated,
  listingDocument,
  listingHex,
  listingId,
  metadataFile,
  type TestCase,
} from "../../scripts/testing/dsl.js";

export default async function metadata(): Promise<TestCase> {
  const lamp = await cid("lamp");
  const lamp2 = await cid("lamp v2");
  const chair = await cid("chair", 0);
  const broken = await cid("broken json");
  const wrongCategory = await cid("wrong category");
  const notObject = await cid("array");
  const chairDocument = listingDocument("Oak chair", "A sturdy chair made of oak", "home");
  return {
    name: "metadata: valid (CIDv1, CIDv0), search, new version, malformed documents",
    files: [
      metadataFile(lamp, listingDocument("Brass lamp", "A brass desk lamp with a green shade", "home")),
      metadataFile(lamp2, listingDocument("Brass lamp", "A polished brass desk lamp, now with a bulb", "home")),
      metadataFile(chair, chairDocument),
      metadataFile(broken, '{"schema": "agora/listing@1", "name": '),
      metadataFile(wrongCategory, { ...listingDocument("Boat", "A boat"), category: "boats" }),
      metadataFile(notObject, "[1, 2, 3]"),
    ],
    blocks: blocks(
      {
        timestamp: DAY0,
        events: [
          ...deployment(),
          listingCreated({ number: 1, price: 1000, stock: 1, metadata: lamp }),
          listingCreated({ number: 2, price: 2000, stock: 1, metadata: chair }),
          listingCreated({ seller: SELLER2, number: 3, price: 5, stock: 1, metadata: broken }),
          listingCreated({ seller: SELLER2, number: 4, price: 5, stock: 1, metadata: wrongCategory }),
          listingCreated({ seller: SELLER2, number: 5, price: 5, stock: 1, metadata: notObject }),
        ],
      },
      {
        timestamp: DAY0 + 60,
        events: [
          ev("ListingMetadataUpdated", { listingId: listingId(SELLER, 1), seller: SELLER, metadataCid: lamp2.bytes }),
        ],
      },
    ),
    assertions: [
      expect(
        `{ listing(id: "${listingHex(2)}") { metadataCid metadata { id listing { id } version source valid error schema name
          description category condition kind images imageAlts coverImage } } }`,
        {
          listing: {
            metadataCid: chair.text,
            metadata: {
              id: `${listingHex(2)}-1`,
              listing: { id: listingHex(2) },
              version: 1,
              source: `${chair.text}/metadata.json`,
              valid: true,
              error: null,
              schema: "agora/listing@1",
              name: "Oak chair",
              description: "A sturdy chair made of oak",
              category: "home",
              condition: "new",
              kind: "physical",
              images: ["photo-1.jpg", "img/photo-2.webp"],
              imageAlts: ["Oak chair, front", "Oak chair, back"],
              coverImage: "photo-1.jpg",
            },
          },
        },
      ),
      expect(`{ listing(id: "${listingHex(1)}") { metadataVersion metadata { version description source } } }`, {
        listing: {
          metadataVersion: 2,
          metadata: {
            version: 2,
            description: "A polished brass desk lamp, now with a bulb",
            source: `${lamp2.text}/metadata.json`,
          },
        },
      }),
      expect(
        `{ listingMetadata_collection(where: { valid: false }, orderBy: id) { listing { id } valid error name category } }`,
        {
          listingMetadata_collection: [
            {
              listing: { id: listingHex(3, SELLER2) },
              valid: false,
              error: "not a JSON object",
              name: null,
              category: null,
            },
            {
              listing: { id: listingHex(4, SELLER2) },
              valid: false,
              error: "category is not a known category",
              name: null,
              category: null,
            },
            {
              listing: { id: listingHex(5, SELLER2) },
              valid: false,
              error: "not a JSON object",
              name: null,
              category: null,
            },
          ],
        },
      ),
      expect(`{ listingSearch(text: "oak") { name listing { id } } }`, {
        listingSearch: [{ name: "Oak chair", listing: { id: listingHex(2) } }],
      }),
      expect(`{ listingSearch(text: "polished") { version listing { id metadata { version } } } }`, {
        listingSearch: [{ version: 2, listing: { id: listingHex(1), metadata: { version: 2 } } }],
      }),
      expect(`{ listings(where: { metadata_: { category: "home", valid: true } }, orderBy: listingNumber) { id } }`, {
        listings: [{ id: listingHex(1) }, { id: listingHex(2) }],
      }),
    ],
  };
}
