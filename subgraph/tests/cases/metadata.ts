// Listing metadata through file data sources: valid documents (CIDv1 and CIDv0), malformed ones
// indexed as invalid, edits (valid, rejected, changing category) with the listing showing its newest
// valid version throughout, and search with the browse filters after edits. (gnd test refuses a file
// it has no mock for, so a pending or late file is tested on the real stack: stack-test/.)
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

/** What pages show: the newest valid version. */
const CURRENT = "current: metadataVersions(where: { valid: true }, orderBy: version, orderDirection: desc, first: 1)";

export default async function metadata(): Promise<TestCase> {
  const lamp = await cid("lamp");
  const lamp2 = await cid("lamp v2");
  const chair = await cid("chair", 0);
  const chairRejected = await cid("chair v2, no images");
  const vase = await cid("vase");
  const vaseArt = await cid("vase v2, art");
  const broken = await cid("broken json");
  const wrongCategory = await cid("wrong category");
  const notObject = await cid("array");
  const chairDocument = listingDocument("Oak chair", "A sturdy chair made of oak", "home");
  const edit = (number: number, seller: string, at: { bytes: string }) =>
    ev("ListingMetadataUpdated", { listingId: listingId(seller, number), seller, metadataCid: at.bytes });
  return {
    name: "metadata: versions (valid, rejected, recategorised) shown newest valid; search with filters after edits; malformed documents",
    files: [
      metadataFile(lamp, listingDocument("Brass lamp", "A brass desk lamp with a green shade", "home")),
      metadataFile(lamp2, listingDocument("Brass lamp", "A polished brass desk lamp, now with a bulb", "home")),
      metadataFile(chair, chairDocument),
      metadataFile(chairRejected, { ...chairDocument, name: "Oak chair (new)", images: [] }),
      metadataFile(vase, listingDocument("Blue vase", "A brass-rimmed blue vase", "home")),
      metadataFile(vaseArt, listingDocument("Blue vase", "A brass-rimmed blue vase, signed", "art")),
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
          listingCreated({ number: 6, price: 3000, stock: 2, metadata: vase }),
          listingCreated({ seller: SELLER2, number: 3, price: 5, stock: 1, metadata: broken }),
          listingCreated({ seller: SELLER2, number: 4, price: 5, stock: 1, metadata: wrongCategory }),
          listingCreated({ seller: SELLER2, number: 5, price: 5, stock: 1, metadata: notObject }),
        ],
      },
      {
        timestamp: DAY0 + 60,
        events: [edit(1, SELLER, lamp2), edit(2, SELLER, chairRejected), edit(6, SELLER, vaseArt)],
      },
    ),
    assertions: [
      expect(
        `{ listing(id: "${listingHex(2)}") { metadataCid metadataVersion latestMetadata { id version valid error name }
          ${CURRENT} { id listing { id } version cid source valid error schema name description category condition kind
          images imageAlts coverImage } } }`,
        {
          listing: {
            metadataCid: chairRejected.text,
            metadataVersion: 2,
            // The edit was rejected (no images): it says why, and the listing keeps version 1.
            latestMetadata: {
              id: `${listingHex(2)}-2`,
              version: 2,
              valid: false,
              error: "images must be 1-12 objects with an image path and alt text",
              name: null,
            },
            current: [
              {
                id: `${listingHex(2)}-1`,
                listing: { id: listingHex(2) },
                version: 1,
                cid: chair.text,
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
            ],
          },
        },
      ),
      expect(
        `{ listing(id: "${listingHex(1)}") { metadataVersion latestMetadata { version } ${CURRENT} { version description cid } } }`,
        {
          listing: {
            metadataVersion: 2,
            latestMetadata: { version: 2 },
            current: [{ version: 2, description: "A polished brass desk lamp, now with a bulb", cid: lamp2.text }],
          },
        },
      ),
      expect(
        `{ listingMetadata_collection(where: { valid: false }, orderBy: id) { listing { id } version valid error name category } }`,
        {
          listingMetadata_collection: [
            {
              listing: { id: listingHex(2) },
              version: 2,
              valid: false,
              error: "images must be 1-12 objects with an image path and alt text",
              name: null,
              category: null,
            },
            {
              listing: { id: listingHex(3, SELLER2) },
              version: 1,
              valid: false,
              error: "not a JSON object",
              name: null,
              category: null,
            },
            {
              listing: { id: listingHex(4, SELLER2) },
              version: 1,
              valid: false,
              error: "category is not a known category",
              name: null,
              category: null,
            },
            {
              listing: { id: listingHex(5, SELLER2) },
              version: 1,
              valid: false,
              error: "not a JSON object",
              name: null,
              category: null,
            },
          ],
        },
      ),
      // Search matches valid versions; the stale lamp v1 matches beside v2, and the listing's current
      // version tells the reader which one to keep (each listing once).
      expect(
        `{ listingSearch(text: "brass", where: { valid: true }) { id version listing { id ${CURRENT} { version } } } }`,
        {
          listingSearch: [
            { id: `${listingHex(1)}-1`, version: 1, listing: { id: listingHex(1), current: [{ version: 2 }] } },
            { id: `${listingHex(1)}-2`, version: 2, listing: { id: listingHex(1), current: [{ version: 2 }] } },
            { id: `${listingHex(6)}-1`, version: 1, listing: { id: listingHex(6), current: [{ version: 2 }] } },
            { id: `${listingHex(6)}-2`, version: 2, listing: { id: listingHex(6), current: [{ version: 2 }] } },
          ],
        },
      ),
      // Text of an old version only: "green" is gone from the lamp's current text.
      expect(
        `{ listingSearch(text: "green", where: { valid: true }) { version listing { id ${CURRENT} { version } } } }`,
        {
          listingSearch: [{ version: 1, listing: { id: listingHex(1), current: [{ version: 2 }] } }],
        },
      ),
      // The browse filters nest in the search: category on the version, price and stock on the listing.
      expect(
        `{ listingSearch(text: "brass", where: { valid: true, category: "art", listing_: { status: Active, stock_gt: 0, price_gte: 2500 } }) { id } }`,
        { listingSearch: [{ id: `${listingHex(6)}-2` }] },
      ),
      expect(`{ listingSearch(text: "brass", where: { valid: true, listing_: { price_lte: 2000 } }) { id } }`, {
        listingSearch: [{ id: `${listingHex(1)}-1` }, { id: `${listingHex(1)}-2` }],
      }),
      // Browse by category: any valid version matches (the vase was "home" before), the current
      // version lets the reader drop it; the chair stays listed through its rejected edit.
      expect(
        `{ listings(where: { metadataVersions_: { category: "home", valid: true } }, orderBy: listingNumber) { id ${CURRENT} { category } } }`,
        {
          listings: [
            { id: listingHex(1), current: [{ category: "home" }] },
            { id: listingHex(2), current: [{ category: "home" }] },
            { id: listingHex(6), current: [{ category: "art" }] },
          ],
        },
      ),
    ],
  };
}
